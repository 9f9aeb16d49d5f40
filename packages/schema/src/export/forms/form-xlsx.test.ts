import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fillForm } from './form-document';
import { formToXlsx, writeFormXlsx } from './form-xlsx';
import { MAU_01_FOCAL_POINT_FORM } from './mau-01-focal-point-form';
import { MAU_02_CATALOGUE_FORM } from './mau-02-catalogue-form';
import { MAU_03_PROPOSAL_FORM } from './mau-03-proposal-form';

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return workbook;
}

function rowTexts(sheet: ExcelJS.Worksheet): string[][] {
  const texts: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells.push(cell.isMerged && cell.master !== cell ? '' : String(cell.value ?? ''));
    });
    texts[number - 1] = cells;
  });
  return texts;
}

const mau02 = fillForm(MAU_02_CATALOGUE_FORM, {
  fields: { unitName: 'Sở Thông tin và Truyền thông', contact: 'stttt@kiengiang.gov.vn' },
  tables: {
    sharedDatabases: [
      {
        name: 'CSDL cán bộ, công chức',
        description: 'Hồ sơ cán bộ',
        mechanism: 'Nhập liệu',
        category: 'Chia sẻ mặc định',
      },
    ],
  },
});

describe('formToXlsx', () => {
  it('opens with the form label and the merged, bold title row', async () => {
    const workbook = await readBack(await formToXlsx(mau02));
    const sheet = workbook.getWorksheet('Mẫu số 2');
    expect(sheet).toBeDefined();
    if (sheet === undefined) return;
    expect(sheet.getCell('A1').value).toBe('Mẫu số 2');
    const title = sheet.getCell('A2');
    expect(title.value).toBe('DANH MỤC CƠ SỞ DỮ LIỆU DÙNG CHUNG VÀ DỮ LIỆU MỞ');
    expect(title.font?.bold).toBe(true);
    expect(title.alignment?.horizontal).toBe('center');
    expect(sheet.getCell('E2').isMerged).toBe(true);
    expect(sheet.getCell('E2').master.address).toBe('A2');
  });

  it('writes the exact, bold, bordered column headers and the numbered rows under them', async () => {
    const sheet = (await readBack(await formToXlsx(mau02))).getWorksheet('Mẫu số 2');
    if (sheet === undefined) throw new Error('sheet missing');
    const rows = rowTexts(sheet);
    const headerAt = rows.findIndex((r) => r[0] === 'STT');
    expect(rows[headerAt]).toEqual([
      'STT',
      'Tên CSDL',
      'Mô tả mục đích, phạm vi, nội dung CSDL (*)',
      'Cơ chế thu thập, cập nhật, nguồn dữ liệu',
      'Hạng mục dữ liệu (**)',
    ]);
    const header = sheet.getRow(headerAt + 1);
    expect(header.getCell(2).font?.bold).toBe(true);
    expect(header.getCell(2).border?.top?.style).toBe('thin');
    expect(header.getCell(3).alignment?.wrapText).toBe(true);
    expect(rows[headerAt + 1]).toEqual([
      '1',
      'CSDL cán bộ, công chức',
      'Hồ sơ cán bộ',
      'Nhập liệu',
      'Chia sẻ mặc định',
    ]);
    expect(rows[rows.findIndex((r) => r[0] === '2. Danh mục dữ liệu mở:') + 1]?.[1]).toBe('Tên dữ liệu');
  });

  it('sets the column widths and puts field values next to their labels', async () => {
    const sheet = (await readBack(await formToXlsx(mau02))).getWorksheet('Mẫu số 2');
    if (sheet === undefined) throw new Error('sheet missing');
    expect(sheet.columns.map((c) => c.width)).toEqual([6, 30, 45, 40, 40]);
    const rows = rowTexts(sheet);
    expect(rows).toContainEqual(['Tên đơn vị:', '', 'Sở Thông tin và Truyền thông', '', '']);
  });

  it('puts several forms in one workbook, one sheet each', async () => {
    const mau01 = fillForm(MAU_01_FOCAL_POINT_FORM, {
      fields: { fullName: 'Lê Hoàng Yến', email: 'yen@kg.gov.vn' },
    });
    const workbook = await readBack(
      await formToXlsx([mau01, mau02, fillForm(MAU_03_PROPOSAL_FORM, {}), mau01]),
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Mẫu số 1',
      'Mẫu số 2',
      'Mẫu số 3',
      'Mẫu số 1 (2)',
    ]);
    const sheet = workbook.getWorksheet('Mẫu số 1');
    if (sheet === undefined) throw new Error('sheet missing');
    expect(rowTexts(sheet).slice(0, 3)).toEqual([
      ['Mẫu số 1', ''],
      ['THÔNG TIN CÁN BỘ ĐẦU MỐI', ''],
      ['PHỤ TRÁCH KẾT NỐI VÀ CHIA SẺ DỮ LIỆU', ''],
    ]);
    expect(rowTexts(sheet)).toContainEqual(['Họ và tên:', 'Lê Hoàng Yến']);
    expect(rowTexts(sheet)).toContainEqual(['Địa chỉ thư điện tử:', 'yen@kg.gov.vn']);
  });

  it('streams the same workbook into a writable stream', async () => {
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    await writeFormXlsx(mau02, stream);
    const workbook = await readBack(new Uint8Array(Buffer.concat(chunks)));
    expect(workbook.getWorksheet('Mẫu số 2')?.getCell('A2').value).toBe(
      'DANH MỤC CƠ SỞ DỮ LIỆU DÙNG CHUNG VÀ DỮ LIỆU MỞ',
    );
  });
});
