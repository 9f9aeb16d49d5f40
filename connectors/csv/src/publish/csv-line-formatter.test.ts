import { describe, expect, it } from 'vitest';
import { compileCsvLineFormatter, csvField } from './csv-line-formatter';

describe('compileCsvLineFormatter', () => {
  it('writes the columns in order, quoting only what needs it, with CRLF', () => {
    const line = compileCsvLineFormatter(['ma', 'ghi_chu', 'so_tien', 'ngay']);
    expect(line({ ma: '01', ghi_chu: 'Số 1, "Lê Lợi"', so_tien: 1234.5, ngay: null })).toBe(
      '01,"Số 1, ""Lê Lợi""",1234.5,\r\n',
    );
    expect(line({ ma: 'a\nb', ghi_chu: undefined, so_tien: true, ngay: '2026-01-05' })).toBe(
      '"a\nb",,true,2026-01-05\r\n',
    );
  });

  it('reads column names literally, whatever characters they hold', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a name that would run as code if embedded unescaped.
    const names = ["a'b", 'c"d', 'e\\f', '`${g}`', '}; throw 1; {'];
    const line = compileCsvLineFormatter(names);
    expect(line(Object.fromEntries(names.map((n, i) => [n, i])))).toBe('0,1,2,3,4\r\n');
    expect(compileCsvLineFormatter([])({})).toBe('\r\n');
  });

  it('leaves empty values empty and numbers unquoted', () => {
    expect([null, undefined, '', 0, -0, -1.5, 42, -9007199254740991, 1e21, Number.NaN].map(csvField)).toEqual(
      ['', '', '', '0', '0', '-1.5', '42', '-9007199254740991', '1e+21', 'NaN'],
    );
  });
});
