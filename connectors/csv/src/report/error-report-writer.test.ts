import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvParser } from '../parse/csv-parser';
import type { RowError } from '../schema/row-validator';
import { ErrorReportWriter } from './error-report-writer';

const errors: RowError[] = [
  {
    line: 12,
    column: 'dia_chi',
    value: 'Số 1, "ngõ" 2\nHà Nội',
    code: 'value.too_long',
    reason: { vi: 'Quá dài, hãy rút gọn.', en: 'Too long, shorten it.' },
  },
  { line: 13, column: 'ghi_chu', value: '=HYPERLINK("x")', code: 'c', reason: { vi: 'v', en: 'e' } },
  { line: 14, column: 'so_tien', value: '-12.5', code: 'c', reason: { vi: 'v', en: 'e' } },
];

describe('ErrorReportWriter', () => {
  it('writes a UTF-8 CSV with BOM that parses back to the same errors, formulas defused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chiase-report-'));
    try {
      const path = join(dir, 'errors.csv');
      const writer = ErrorReportWriter.toFile(path);
      await writer.write(errors);
      await writer.close();
      expect(writer.errors).toBe(3);
      const bytes = readFileSync(path);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const parser = new CsvParser({ delimiter: ',' });
      const rows = [...parser.push(bytes.toString('utf8')), ...parser.end()].map((r) => r.fields);
      expect(rows).toEqual([
        ['line', 'column', 'value', 'reason_vi', 'reason_en', 'code'],
        [
          '12',
          'dia_chi',
          'Số 1, "ngõ" 2\nHà Nội',
          'Quá dài, hãy rút gọn.',
          'Too long, shorten it.',
          'value.too_long',
        ],
        ['13', 'ghi_chu', `'=HYPERLINK("x")`, 'v', 'e', 'c'],
        ['14', 'so_tien', '-12.5', 'v', 'e', 'c'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
