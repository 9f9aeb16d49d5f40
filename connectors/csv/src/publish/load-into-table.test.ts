import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlStore, type SqlStore } from '@chiase/sql-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDatasetSchema } from '../schema/load-dataset-schema';
import { CleanCsvWriter } from './clean-csv-writer';
import { loadIntoTable } from './load-into-table';

// An empty value (`CHIASE_TEST_DATABASE_URL=`) counts as unset.
const postgresUrl = process.env.CHIASE_TEST_DATABASE_URL || undefined;
if (postgresUrl === undefined) {
  console.warn(
    'connector-csv: CHIASE_TEST_DATABASE_URL is not set; the PostgreSQL table-load tests are skipped.',
  );
}

const schema = parseDatasetSchema({
  columns: [
    { name: 'ma', type: 'string', required: true },
    { name: 'ten', type: 'string', required: true },
    { name: 'ngay', type: 'date', required: true },
    { name: 'so_luong', type: 'integer' },
    { name: 'so_tien', type: 'decimal' },
  ],
});
const dir = mkdtempSync(join(tmpdir(), 'chiase-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cleanFile(name: string, rows: Array<Record<string, unknown>>): Promise<string> {
  const writer = new CleanCsvWriter(join(dir, name), ['ma', 'ten', 'ngay', 'so_luong', 'so_tien']);
  await writer.write(rows.map((values) => ({ values })));
  return (await writer.close()).path;
}

const backends: Array<[string, () => Promise<SqlStore>, boolean]> = [
  ['PGlite (memory)', () => openSqlStore('memory://'), true],
  [
    'PostgreSQL',
    () => openSqlStore(postgresUrl ?? '', { schema: `csv_load_${process.pid}` }),
    postgresUrl !== undefined,
  ],
];

describe.each(backends)('loadIntoTable — %s', (_name, open, enabled) => {
  let store: SqlStore;
  beforeAll(async () => {
    if (enabled) store = await open();
    return async () => {
      if (enabled) await store.close();
    };
  });

  it.runIf(enabled)('creates the table from the schema and replaces its rows on every load', async () => {
    const first = await cleanFile('a.csv', [
      { ma: '01', ten: 'Trường "Chu Văn An", Hà Nội', ngay: '1908-10-10', so_luong: 1800, so_tien: '12.50' },
      { ma: '02', ten: 'Trường Quốc Học\nHuế', ngay: '1896-10-23', so_luong: null, so_tien: null },
    ]);
    expect(await loadIntoTable({ store, table: 'truong_hoc' }, schema, first)).toBe(2);
    const second = await cleanFile('b.csv', [
      { ma: '03', ten: 'Trường Lê Quý Đôn', ngay: '1958-09-01', so_luong: 900, so_tien: '0' },
    ]);
    expect(await loadIntoTable({ store, table: 'truong_hoc' }, schema, second)).toBe(1);
    const { rows } = await store.query<Record<string, unknown>>('SELECT * FROM truong_hoc ORDER BY ma');
    expect(rows).toEqual([
      { ma: '03', ten: 'Trường Lê Quý Đôn', ngay: '1958-09-01', so_luong: '900', so_tien: '0' },
    ]);
    const again = await loadIntoTable({ store, table: 'truong_hoc' }, schema, first);
    expect(again).toBe(2);
    const loaded = await store.query<Record<string, unknown>>(
      'SELECT ten, so_luong FROM truong_hoc ORDER BY ma',
    );
    expect(loaded.rows).toEqual([
      { ten: 'Trường "Chu Văn An", Hà Nội', so_luong: '1800' },
      { ten: 'Trường Quốc Học\nHuế', so_luong: null },
    ]);
  });

  it.runIf(enabled)('keeps the old rows when a load fails', async () => {
    const good = await cleanFile('c.csv', [
      { ma: '04', ten: 'A', ngay: '2000-01-01', so_luong: 1, so_tien: '1' },
    ]);
    await loadIntoTable({ store, table: 'giu_nguyen' }, schema, good);
    const bad = await cleanFile('d.csv', [
      { ma: '05', ten: null, ngay: '2000-01-01', so_luong: 1, so_tien: '1' },
    ]);
    await expect(loadIntoTable({ store, table: 'giu_nguyen' }, schema, bad)).rejects.toThrow();
    const { rows } = await store.query<{ ma: string }>('SELECT ma FROM giu_nguyen');
    expect(rows).toEqual([{ ma: '04' }]);
  });
});
