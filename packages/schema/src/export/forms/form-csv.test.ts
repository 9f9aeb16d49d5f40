import { describe, expect, it } from 'vitest';
import { formToCsv } from './form-csv';
import { fillForm } from './form-document';
import { MAU_01_FOCAL_POINT_FORM } from './mau-01-focal-point-form';
import { MAU_02_CATALOGUE_FORM } from './mau-02-catalogue-form';
import { MAU_03_PROPOSAL_FORM } from './mau-03-proposal-form';

/** A strict RFC 4180 reader (CRLF records, quoted fields with doubled quotes), for the tests only. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '"' && field === '') {
      const end = text.indexOf('"', i + 1);
      let j = i + 1;
      let value = '';
      let close = end;
      while (text[close + 1] === '"') {
        value += `${text.slice(j, close)}"`;
        j = close + 2;
        close = text.indexOf('"', j);
      }
      field = value + text.slice(j, close);
      i = close + 1;
      continue;
    }
    if (char === ',') {
      record.push(field);
      field = '';
      i += 1;
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else if (char === '\n' || char === '\r') {
      throw new Error(`bare line break at ${i}`);
    } else {
      field += char;
      i += 1;
    }
  }
  if (field !== '' || record.length > 0) throw new Error('last record has no CRLF');
  return records;
}

const mau02 = fillForm(MAU_02_CATALOGUE_FORM, {
  fields: {
    unitName: 'Sở Tài nguyên và Môi trường',
    contact: 'Phòng CNTT, "0297 3862 111", stnmt@kiengiang.gov.vn',
  },
  tables: {
    sharedDatabases: [
      {
        name: 'CSDL đất đai',
        description: 'Thửa đất, chủ sử dụng\nvà biến động',
        mechanism: 'Cập nhật hằng ngày từ Văn phòng đăng ký đất đai',
        category: '=HYPERLINK("http://evil")',
      },
    ],
    openData: [{ name: 'Quan trắc môi trường', provision: 'Tải về tệp CSV', category: 'Dữ liệu mở' }],
  },
});

describe('formToCsv', () => {
  const csv = formToCsv(mau02);
  const records = parseCsv(csv.slice(1));

  it('starts with a UTF-8 byte order mark and ends every record with CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('opens with the form label and title, then the labelled lines', () => {
    expect(records[0]?.[0]).toBe('Mẫu số 2');
    expect(records[1]?.[0]).toBe('DANH MỤC CƠ SỞ DỮ LIỆU DÙNG CHUNG VÀ DỮ LIỆU MỞ');
    expect(records).toContainEqual(['Tên đơn vị:', '', 'Sở Tài nguyên và Môi trường', '', '']);
  });

  it('has the exact column headers of both tables, each after its heading', () => {
    const headingAt = records.findIndex((r) => r[0] === '1. Danh mục CSDL dùng chung:');
    expect(records[headingAt + 1]).toEqual([
      'STT',
      'Tên CSDL',
      'Mô tả mục đích, phạm vi, nội dung CSDL (*)',
      'Cơ chế thu thập, cập nhật, nguồn dữ liệu',
      'Hạng mục dữ liệu (**)',
    ]);
    const openAt = records.findIndex((r) => r[0] === '2. Danh mục dữ liệu mở:');
    expect(records[openAt + 1]).toEqual([
      'STT',
      'Tên dữ liệu',
      'Mô tả mục đích, phạm vi, nội dung dữ liệu',
      'Phương thức cung cấp, công bố (***)',
      'Hạng mục dữ liệu (****)',
    ]);
    expect(records[openAt + 2]).toEqual(['1', 'Quan trắc môi trường', '', 'Tải về tệp CSV', 'Dữ liệu mở']);
  });

  it('round-trips commas, quotes and line breaks, and defuses formulas', () => {
    expect(records).toContainEqual([
      'Thông tin liên hệ:',
      '',
      'Phòng CNTT, "0297 3862 111", stnmt@kiengiang.gov.vn',
      '',
      '',
    ]);
    const row = records.find((r) => r[1] === 'CSDL đất đai');
    expect(row?.[2]).toBe('Thửa đất, chủ sử dụng\nvà biến động');
    expect(row?.[4]).toBe('\'=HYPERLINK("http://evil")');
  });

  it('gives every record the same number of fields', () => {
    expect(new Set(records.map((r) => r.length))).toEqual(new Set([5]));
  });

  it('keeps each footnote, with its items, in one field', () => {
    expect(records.map((r) => r[0])).toContain(
      '(***) Dữ liệu mở của các cơ quan nhà nước được cung cấp qua các phương thức sau:\n' +
        '+ Cung cấp dữ liệu được đóng gói và cho phép tổ chức, cá nhân tải về sử dụng.\n' +
        '+ Cung cấp dữ liệu thông qua các dịch vụ chia sẻ dữ liệu.',
    );
  });

  it('lays Mẫu số 1 out as label and value pairs', () => {
    const mau01 = parseCsv(
      formToCsv(
        fillForm(MAU_01_FOCAL_POINT_FORM, {
          fields: { fullName: 'Trần Thị Bích', phone: '+84 297 3 862 111' },
        }),
      ).slice(1),
    );
    expect(mau01.slice(0, 3)).toEqual([
      ['Mẫu số 1', ''],
      ['THÔNG TIN CÁN BỘ ĐẦU MỐI', ''],
      ['PHỤ TRÁCH KẾT NỐI VÀ CHIA SẺ DỮ LIỆU', ''],
    ]);
    expect(mau01).toContainEqual(['Họ và tên:', 'Trần Thị Bích']);
    expect(mau01).toContainEqual(['Số điện thoại:', "'+84 297 3 862 111"]);
    expect(mau01).toContainEqual(['Địa chỉ thư điện tử:', '']);
  });

  it('prints the Mẫu số 3 headers without footnote marks', () => {
    const mau03 = parseCsv(formToCsv(fillForm(MAU_03_PROPOSAL_FORM, {})).slice(1));
    expect(mau03).toContainEqual([
      'STT',
      'Tên CSDL',
      'Mô tả mục đích, phạm vi, nội dung dữ liệu',
      'Phương thức cung cấp, công bố',
      'Hạng mục dữ liệu',
    ]);
  });
});
