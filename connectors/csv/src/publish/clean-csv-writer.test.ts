import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../parse/parse-csv';
import { CleanCsvWriter } from './clean-csv-writer';

const dir = mkdtempSync(join(tmpdir(), 'chiase-clean-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}

describe('CleanCsvWriter', () => {
  it('quotes what needs quoting, reports the exact size and digest, and reads back unchanged', async () => {
    const writer = new CleanCsvWriter(join(dir, 'out.csv'), ['ma', 'ghi_chu', 'so_tien']);
    const values = [
      { ma: '01', ghi_chu: 'Số 1, đường "Lê Lợi"\nPhường Bến Nghé', so_tien: '1234.50' },
      { ma: '02', ghi_chu: null, so_tien: 7 },
    ];
    await writer.write(values.map((v) => ({ values: v })));
    const file = await writer.close();
    const bytes = readFileSync(file.path);
    expect(file).toMatchObject({ rows: 2, byteSize: bytes.byteLength });
    expect(file.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const rows = [];
    for await (const batch of parseCsv(once(bytes.toString('utf8')), { delimiter: ',' })) rows.push(...batch);
    expect(rows.map((r) => r.fields)).toEqual([
      ['ma', 'ghi_chu', 'so_tien'],
      ['01', 'Số 1, đường "Lê Lợi"\nPhường Bến Nghé', '1234.50'],
      ['02', '', '7'],
    ]);
  });
});
