import { describe, expect, it } from 'vitest';
import { HeaderError } from '../errors/header-error';
import type { DatasetSchema } from './dataset-schema';
import { parseDatasetSchema } from './load-dataset-schema';
import { RowValidator } from './row-validator';

const schema: DatasetSchema = parseDatasetSchema({
  columns: [
    { name: 'id', type: 'integer', required: true },
    { name: 'ho_ten', header: ['Họ và tên'], type: 'string', required: true, maxLength: 20 },
    { name: 'ngay_sinh', header: ['Ngày sinh'], type: 'date' },
    { name: 'so_tien', type: 'decimal', decimalSeparator: ',' },
    { name: 'da_duyet', type: 'boolean' },
    { name: 'trang_thai', type: 'enum', values: ['Đang hoạt động', 'Tạm dừng'] },
    { name: 'cccd', type: 'string', format: 'personal-id' },
    { name: 'mst', type: 'string', format: 'tax-code' },
    { name: 'tinh', type: 'string', format: 'province-code' },
    { name: 'email', type: 'string', format: 'email' },
    { name: 'dien_thoai', type: 'string', format: 'phone' },
  ],
});

const HEADER = [
  'ID',
  ' HỌ  VÀ TÊN ',
  'ngày sinh',
  'so_tien',
  'da_duyet',
  'trang_thai',
  'cccd',
  'mst',
  'tinh',
  'email',
  'dien_thoai',
];
const GOOD = [
  '7',
  'Nguyễn Văn Ánh',
  '5/1/1990',
  '1234,50',
  'có',
  'Tạm dừng',
  '001090123456',
  '0100109106',
  '79',
  'a.b@example.vn',
  '0912345678',
];
const validator = new RowValidator(schema, { line: 1, fields: HEADER });

function withCell(column: number, value: string): string[] {
  const row = [...GOOD];
  row[column] = value;
  return row;
}

describe('RowValidator', () => {
  it('maps headers by name or alias, ignoring case and spacing, and types every value', () => {
    const outcome = validator.validate({ line: 2, fields: GOOD });
    expect(outcome).toEqual({
      ok: true,
      record: {
        line: 2,
        values: {
          id: 7,
          ho_ten: 'Nguyễn Văn Ánh',
          ngay_sinh: '1990-01-05',
          so_tien: '1234.50',
          da_duyet: true,
          trang_thai: 'Tạm dừng',
          cccd: '001090123456',
          mst: '0100109106',
          tinh: '79',
          email: 'a.b@example.vn',
          dien_thoai: '0912345678',
        },
      },
    });
  });

  it.each([
    [0, '7.5', 'value.integer'],
    [0, '', 'value.required'],
    [1, '   ', 'value.required'],
    [1, 'x'.repeat(21), 'value.too_long'],
    [2, '31/02/2024', 'value.date_calendar'],
    [2, '2024-02-01', 'value.date_format'],
    [2, '001/01/2000', 'value.date_format'],
    [2, '1/001/2000', 'value.date_format'],
    [2, '1/13/2000', 'value.date_calendar'],
    [2, '29/02/1900', 'value.date_calendar'],
    [3, '1.234,50', 'value.decimal'],
    [4, 'maybe', 'value.boolean'],
    [5, 'Đã hủy', 'value.enum'],
    [6, '00109012345', 'personal_id.format'],
    [6, '001990123456', 'personal_id.birth_year_future'],
    [7, '0100109107', 'tax_code.check_digit'],
    [8, '02', 'province_code.retired'],
    [9, 'a at b.vn', 'email.format'],
    [9, '.a@b.vn', 'email.format'],
    [9, 'a..b@c.vn', 'email.format'],
    [10, '09123456', 'phone.format'],
    [10, '0123456789', 'phone.format'],
    [10, '028 3930 558', 'phone.format'],
  ])('rejects column %i = %j with %s, naming line, column and value', (column, value, code) => {
    const outcome = validator.validate({ line: 9, fields: withCell(column, value) });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors).toHaveLength(1);
    const [error] = outcome.errors;
    expect(error).toMatchObject({ line: 9, value, code });
    expect(error?.column).toBe(schema.columns[column]?.name);
    expect(error?.reason.vi.length).toBeGreaterThan(10);
    expect(error?.reason.en.length).toBeGreaterThan(10);
  });

  it.each([
    '028 3930 5580',
    '(0297) 3.862.678',
    '+84 912-345-678',
    '0912345678',
  ])('accepts the phone number %j, as written', (written) => {
    const outcome = validator.validate({ line: 3, fields: withCell(10, written) });
    expect(outcome.ok && outcome.record.values.dien_thoai).toBe(written);
  });

  it('reports every invalid cell of a row', () => {
    const outcome = validator.validate({
      line: 3,
      fields: withCell(0, 'x').map((f, i) => (i === 9 ? 'bad' : f)),
    });
    expect(outcome.ok ? [] : outcome.errors.map((e) => e.column)).toEqual(['id', 'email']);
  });

  it('leaves empty optional cells null, and accepts a leap day', () => {
    const outcome = validator.validate({
      line: 4,
      fields: withCell(2, '29/02/2024').map((f, i) => (i >= 9 ? '' : f)),
    });
    expect(outcome.ok && outcome.record.values).toMatchObject({
      ngay_sinh: '2024-02-29',
      email: null,
      dien_thoai: null,
    });
  });

  it('reports ragged rows, but accepts trailing delimiters', () => {
    const short = validator.validate({ line: 5, fields: GOOD.slice(0, 10) });
    expect(short.ok ? undefined : short.errors[0]?.code).toBe('row.field_count');
    const long = validator.validate({ line: 6, fields: [...GOOD, 'extra'] });
    expect(long.ok).toBe(false);
    expect(validator.validate({ line: 7, fields: [...GOOD, ''] }).ok).toBe(true);
  });

  it('refuses a header without a required column, or with a column twice', () => {
    const error = (() => {
      try {
        new RowValidator(schema, { line: 1, fields: ['id', 'ID', 'email'] });
      } catch (e) {
        return e;
      }
    })();
    expect(HeaderError.isInstance(error)).toBe(true);
    expect((error as HeaderError).missing).toEqual(['ho_ten']);
    expect((error as HeaderError).duplicated).toEqual(['ID']);
  });

  it('builds records whose keys are any column names, quotes included', () => {
    const odd = parseDatasetSchema({
      columns: [
        { name: 'a"b', type: 'string' },
        { name: "c'); x('", type: 'integer' },
      ],
    });
    const v = new RowValidator(odd, { line: 1, fields: ['a"b', "c'); x('"] });
    expect(v.validate({ line: 2, fields: ['1', '2'] })).toEqual({
      ok: true,
      record: { line: 2, values: { 'a"b': '1', "c'); x('": 2 } },
    });
  });

  it('refuses unknown header cells when the schema says so', () => {
    const strict = parseDatasetSchema({ columns: [{ name: 'a', type: 'string' }], unknownColumns: 'error' });
    expect(() => new RowValidator(strict, { line: 1, fields: ['a', 'b'] })).toThrow(HeaderError);
    expect(() => new RowValidator(schema, { line: 1, fields: [...HEADER, 'ghi_chu'] })).not.toThrow();
  });
});
