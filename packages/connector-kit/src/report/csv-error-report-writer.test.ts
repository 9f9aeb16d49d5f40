import { PassThrough } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import type { RecordError } from '../spec/record-error';
import { createCsvErrorReportWriter, formatCsvErrorReportLines } from './csv-error-report-writer';

const error = (over: Partial<RecordError>): RecordError => ({
  column: 'ngay_sinh',
  value: '31/02/2001',
  code: 'value.date',
  reason: { vi: 'Ngày không tồn tại', en: 'No such date' },
  ...over,
});

describe('createCsvErrorReportWriter', () => {
  it('writes a BOM, a header and CRLF rows in the CSV connector format', async () => {
    const stream = new PassThrough();
    const output = buffer(stream).then((b) => b.toString('utf8'));
    const writer = createCsvErrorReportWriter(stream);
    await writer.write([error({ line: 7 }), error({ line: 9, value: 'a,"b"', column: '' })]);
    await writer.close();
    expect(writer.errors).toBe(2);
    expect(await output).toBe(
      '\ufeffline,column,value,reason_vi,reason_en,code\r\n' +
        '7,ngay_sinh,31/02/2001,Ngày không tồn tại,No such date,value.date\r\n' +
        '9,,"a,""b""",Ngày không tồn tại,No such date,value.date\r\n',
    );
  });

  it('names records by key for database sources and defuses spreadsheet formulas', async () => {
    const stream = new PassThrough();
    const output = buffer(stream).then((b) => b.toString('utf8'));
    const writer = createCsvErrorReportWriter(stream, { location: 'key' });
    await writer.write([
      error({ key: 'CD-001', value: '=HYPERLINK("x")' }),
      error({ key: 'CD-002', value: '-12' }),
    ]);
    await writer.close();
    const lines = (await output).split('\r\n');
    expect(lines[0]).toBe('\ufeffkey,column,value,reason_vi,reason_en,code');
    expect(lines[1]).toBe(
      'CD-001,ngay_sinh,"\'=HYPERLINK(""x"")",Ngày không tồn tại,No such date,value.date',
    );
    expect(lines[2]?.startsWith('CD-002,ngay_sinh,-12,')).toBe(true);
  });

  it('formats lines without header or BOM, the same as the writer appends', () => {
    expect(formatCsvErrorReportLines([error({ line: 3, value: ' lề ' })])).toBe(
      '3,ngay_sinh," lề ",Ngày không tồn tại,No such date,value.date\r\n',
    );
    expect(formatCsvErrorReportLines([error({ key: '=A1' })], { location: 'key' })).toBe(
      "'=A1,ngay_sinh,31/02/2001,Ngày không tồn tại,No such date,value.date\r\n",
    );
    expect(formatCsvErrorReportLines([])).toBe('');
  });
});
