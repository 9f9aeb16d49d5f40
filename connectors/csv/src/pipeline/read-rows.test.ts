import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorReportWriter } from '../report/error-report-writer';
import { loadDatasetSchema } from '../schema/load-dataset-schema';
import type { ValidRecord } from '../schema/row-validator';
import { validateRows } from '../schema/validate-rows';
import { readRows } from './read-rows';

// A register as a legacy TCVN3 file from a Windows office: semicolons, CRLF, lowercase toned
// letters only (TCVN3 has no toned capitals), two bad rows.
const REGISTER = [
  'id;citizen_id;full_name;dob;gender;province_code;ward_code;address;phone;email;amount;status',
  '1;001090123456;NguyÔn V¨n An;05/01/1990;Nam;01;00004;"Sè 1, phè Hµng Bµi, Hµ Néi";0912345678;an@example.vn;1500.50;§ang ho¹t ®éng',
  '2;079195001234;TrÇn ThÞ B×nh;31/02/1995;N÷;79;26734;"Sè 2, ®­êng Lª Lîi";0987654321;;20;T¹m dõng',
  '3;0790950012;Lª V¨n C­êng;01/01/1995;Nam;79;26734;"Sè 3";09876;x at y;;§· hñy',
].join('\r\n');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chiase-rows-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readRows + validateRows + ErrorReportWriter', () => {
  it('turns a TCVN3 semicolon CSV into typed records and an error report', async () => {
    // The register above is written as TCVN3 read as Latin-1: map it back to bytes.
    const path = join(dir, 'register.csv');
    writeFileSync(path, Buffer.from(REGISTER, 'latin1'));
    const schema = await loadDatasetSchema(
      join(import.meta.dirname, '../../test/fixtures/register.schema.json'),
    );
    const progress = { bytes: 0, rows: 0 };
    let encoding = '';
    const records: ValidRecord[] = [];
    const report = ErrorReportWriter.toFile(join(dir, 'errors.csv'));
    const rows = readRows(path, {
      progress,
      onEncoding: (d) => {
        encoding = d.encoding;
      },
    });
    for await (const batch of validateRows(rows, schema)) {
      records.push(...batch.records);
      await report.write(batch.errors);
    }
    await report.close();

    expect(encoding).toBe('tcvn3');
    expect(progress).toEqual({ bytes: Buffer.byteLength(REGISTER, 'latin1'), rows: 4 });
    expect(records).toHaveLength(1);
    expect(records[0]?.values).toMatchObject({
      full_name: 'Nguyễn Văn An',
      address: 'Số 1, phố Hàng Bài, Hà Nội',
      status: 'Đang hoạt động',
      dob: '1990-01-05',
      amount: '1500.50',
    });
    const lines = readFileSync(join(dir, 'errors.csv'), 'utf8').split('\r\n');
    const reported = lines.slice(1, -1).map((l) => l.split(',').slice(0, 2).join(','));
    expect(reported).toEqual(['3,dob', '4,citizen_id', '4,phone', '4,email']);
  });

  it('reads an .xlsx file through the same call', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('A').addRows([
      ['n', 'ten'],
      [1, 'Hà'],
    ]);
    const path = join(dir, 'a.xlsx');
    await workbook.xlsx.writeFile(path);
    const out = [];
    for await (const batch of readRows(path)) out.push(...batch);
    expect(out).toEqual([
      { line: 1, fields: ['n', 'ten'] },
      { line: 2, fields: ['1', 'Hà'] },
    ]);
  });

  it('stops reading when the signal is aborted', async () => {
    const path = join(dir, 'big.csv');
    writeFileSync(path, `a,b\n${'1,2\n'.repeat(200_000)}`);
    const controller = new AbortController();
    let rows = 0;
    const run = (async () => {
      for await (const batch of readRows(path, { signal: controller.signal })) {
        rows += batch.length;
        controller.abort(new Error('cancelled by user'));
      }
    })();
    await expect(run).rejects.toThrow('cancelled by user');
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThan(200_001);
  });
});
