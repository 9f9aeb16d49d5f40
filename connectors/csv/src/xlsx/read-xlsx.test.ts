import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CsvConnectorError } from '../errors/csv-connector-error';
import type { CsvRow } from '../parse/csv-parser';
import { cellToString } from './cell-to-string';
import { readXlsx } from './read-xlsx';

let dir: string;
let file: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chiase-xlsx-'));
  file = join(dir, 'register.xlsx');
  const workbook = new ExcelJS.Workbook();
  const notes = workbook.addWorksheet('Ghi chú');
  notes.addRow(['không phải dữ liệu']);
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(['họ_tên', 'ngày_sinh', 'số_tiền', 'đã_duyệt', 'ghi_chú']);
  sheet.addRow([
    'Nguyễn Văn Ánh',
    new Date(Date.UTC(1990, 0, 5)),
    0.1 + 0.2,
    true,
    { formula: '1+1', result: 2 },
  ]);
  sheet.addRow([
    { richText: [{ text: 'Trần ' }, { text: 'Thị Bé' }] },
    new Date(Date.UTC(2001, 11, 31, 8, 30, 0)),
    123456789012,
    false,
  ]);
  sheet.addRow([]);
  sheet.addRow(['Lê Hoa', null, 1500.5, null, 'x']);
  sheet.getColumn(2).numFmt = 'dd/mm/yyyy';
  await workbook.xlsx.writeFile(file);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function all(source: AsyncIterable<CsvRow[]>): Promise<CsvRow[]> {
  const rows: CsvRow[] = [];
  for await (const batch of source) rows.push(...batch);
  return rows;
}

describe('readXlsx', () => {
  it('reads a named sheet as rows of predictable strings, with sheet row numbers', async () => {
    const progress = { bytes: 0, rows: 0 };
    const rows = await all(readXlsx(file, { sheet: 'Danh sách', progress }));
    expect(rows).toEqual([
      { line: 1, fields: ['họ_tên', 'ngày_sinh', 'số_tiền', 'đã_duyệt', 'ghi_chú'] },
      { line: 2, fields: ['Nguyễn Văn Ánh', '05/01/1990', '0.3', 'TRUE', '2'] },
      { line: 3, fields: ['Trần Thị Bé', '31/12/2001 08:30:00', '123456789012', 'FALSE', ''] },
      { line: 5, fields: ['Lê Hoa', '', '1500.5', '', 'x'] },
    ]);
    expect(progress.rows).toBe(4);
    expect(progress.bytes).toBeGreaterThan(0);
  });

  it('reads the first sheet by default and a sheet by position', async () => {
    expect((await all(readXlsx(file)))[0]?.fields).toEqual(['không phải dữ liệu']);
    expect((await all(readXlsx(file, { sheet: 2 })))[0]?.fields[0]).toBe('họ_tên');
  });

  it('names the sheets it has when the wanted one is missing', async () => {
    const error = await all(readXlsx(file, { sheet: 'Sheet9' })).catch((e: unknown) => e);
    expect(CsvConnectorError.isInstance(error)).toBe(true);
    expect((error as CsvConnectorError).message).toContain('Danh sách');
  });
});

describe('cellToString', () => {
  it('writes numbers without float noise or exponents', () => {
    expect(cellToString(0.1 + 0.2)).toBe('0.3');
    expect(cellToString(1e-7)).toBe('0.0000001');
    expect(cellToString(-42)).toBe('-42');
    expect(cellToString(1234567.891)).toBe('1234567.891');
  });

  it('keeps error codes and hyperlink text', () => {
    expect(cellToString({ error: '#N/A' })).toBe('#N/A');
    expect(cellToString({ text: 'trang chủ', hyperlink: 'https://example.vn' })).toBe('trang chủ');
  });
});
