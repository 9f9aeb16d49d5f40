import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { describeEachBackend } from '../../test/sql-test-backends';
import type { SqlStore } from '../store/sql-store';

async function* generate(count: number, failAt?: number): AsyncGenerator<unknown[]> {
  for (let i = 1; i <= count; i++) {
    if (i === failAt) throw new Error(`source failed at row ${i}`);
    yield [i, `Người số ${i}, "trích dẫn"\nxuống dòng`, i % 2 === 0 ? null : ''];
  }
}

describeEachBackend('SqlStore.copyFrom', (open) => {
  let store: SqlStore;
  beforeAll(async () => {
    store = await open();
  });
  afterAll(async () => {
    await store.close();
  });
  beforeEach(async () => {
    await store.exec(`
      DROP TABLE IF EXISTS loaded;
      CREATE TABLE loaded (id int PRIMARY KEY, "full name" text, note text, at timestamptz, doc jsonb,
        bytes bytea, ok boolean, amount numeric);
    `);
  });

  it('round-trips awkward values: quotes, newlines, commas, diacritics, NULL versus empty string', async () => {
    const rows = [
      [1, 'Trần Thị "Bé", Hà Nội\r\nline 2', '', new Date('2025-03-04T05:06:07.089Z'), { a: [1, 'x'] }],
      [2, null, null, null, null],
    ];
    const count = await store.copyFrom('loaded', ['id', 'full name', 'note', 'at', 'doc'], rows);
    expect(count).toBe(2);
    const result = await store.query('SELECT id, "full name", note, at, doc FROM loaded ORDER BY id');
    expect(result.rows).toEqual([
      {
        id: 1,
        'full name': 'Trần Thị "Bé", Hà Nội\r\nline 2',
        note: '',
        at: new Date('2025-03-04T05:06:07.089Z'),
        doc: { a: [1, 'x'] },
      },
      { id: 2, 'full name': null, note: null, at: null, doc: null },
    ]);
  });

  it('loads bytes, booleans, bigints and numbers', async () => {
    await store.copyFrom(
      'loaded',
      ['id', 'bytes', 'ok', 'amount'],
      [[7n, new Uint8Array([0, 1, 254, 255]), true, 12.5]],
    );
    const { rows } = await store.query<{ bytes: Uint8Array; ok: boolean; amount: string }>(
      'SELECT bytes, ok, amount FROM loaded',
    );
    expect([...(rows[0]?.bytes ?? [])]).toEqual([0, 1, 254, 255]);
    expect(rows[0]?.ok).toBe(true);
    expect(rows[0]?.amount).toBe('12.5');
  });

  it('streams an async iterable in many chunks and loads every row once', async () => {
    const count = await store.copyFrom('loaded', ['id', 'full name', 'note'], generate(5000), {
      chunkBytes: 4096,
    });
    expect(count).toBe(5000);
    const { rows } = await store.query<{ n: string; s: string; empty: string }>(
      "SELECT count(*) AS n, sum(id) AS s, count(*) FILTER (WHERE note = '') AS empty FROM loaded",
    );
    expect(rows[0]).toEqual({ n: '5000', s: String((5000 * 5001) / 2), empty: '2500' });
  });

  it('loads nothing when the row source fails midway, and rethrows the source error', async () => {
    await expect(
      store.copyFrom('loaded', ['id', 'full name', 'note'], generate(3000, 2500), { chunkBytes: 1024 }),
    ).rejects.toThrow('source failed at row 2500');
    expect((await store.query('SELECT id FROM loaded')).rowCount).toBe(0);
    // The store is still usable afterwards.
    expect(await store.copyFrom('loaded', ['id'], [[1]])).toBe(1);
  });

  it('loads nothing when a later chunk violates a constraint', async () => {
    const rows = [...Array.from({ length: 2000 }, (_, i) => [i + 1]), [5]];
    await expect(store.copyFrom('loaded', ['id'], rows, { chunkBytes: 512 })).rejects.toSatisfy(
      (e) => (e as { sqlState?: string }).sqlState === '23505',
    );
    expect((await store.query('SELECT id FROM loaded')).rowCount).toBe(0);
  });

  it('stops on abort and loads nothing', async () => {
    const controller = new AbortController();
    async function* slow(): AsyncGenerator<unknown[]> {
      for (let i = 1; i <= 1000; i++) {
        if (i === 600) controller.abort(new Error('stopped by user'));
        yield [i];
      }
    }
    await expect(
      store.copyFrom('loaded', ['id'], slow(), { chunkBytes: 100, signal: controller.signal }),
    ).rejects.toThrow('stopped by user');
    expect((await store.query('SELECT id FROM loaded')).rowCount).toBe(0);
  });

  it('rejects a row with the wrong number of values', async () => {
    await expect(store.copyFrom('loaded', ['id', 'note'], [[1, 'a'], [2]])).rejects.toThrow(RangeError);
    expect((await store.query('SELECT id FROM loaded')).rowCount).toBe(0);
  });

  it('joins an enclosing transaction and is rolled back with it', async () => {
    await expect(
      store.transaction(async (tx) => {
        expect(await tx.copyFrom('loaded', ['id'], [[1], [2], [3]])).toBe(3);
        expect((await tx.query('SELECT id FROM loaded')).rowCount).toBe(3);
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    expect((await store.query('SELECT id FROM loaded')).rowCount).toBe(0);
  });

  it('copyFromCsv loads written CSV split anywhere (even inside a UTF-8 character), header skipped, in chunks', async () => {
    const lines = ['id,full name,note\r\n'];
    for (let i = 1; i <= 300; i++) lines.push(`${i},"Lê Thị ""${i}""\nHuế",${i % 3 === 0 ? '' : '""'}\r\n`);
    const bytes = Buffer.from(lines.join(''), 'utf8');
    const pieces: Uint8Array[] = [];
    for (let at = 0; at < bytes.length; at += 7) pieces.push(bytes.subarray(at, at + 7)); // cuts through 'ê' and 'ế'
    const count = await store.copyFromCsv('loaded', ['id', 'full name', 'note'], pieces, {
      header: true,
      chunkBytes: 1000,
    });
    expect(count).toBe(300);
    const { rows } = await store.query<{ id: number; 'full name': string; note: string | null }>(
      'SELECT id, "full name", note FROM loaded WHERE id IN (3, 299) ORDER BY id',
    );
    expect(rows).toEqual([
      { id: 3, 'full name': 'Lê Thị "3"\nHuế', note: null },
      { id: 299, 'full name': 'Lê Thị "299"\nHuế', note: '' },
    ]);
  });

  it('copyFromCsv loads nothing when the CSV is malformed in a later chunk or the source fails', async () => {
    const good = Array.from({ length: 200 }, (_, i) => `${i + 1},x\n`).join('');
    await expect(
      store.copyFromCsv('loaded', ['id', 'note'], [good, '201,too,many\n'], { chunkBytes: 256 }),
    ).rejects.toSatisfy((e) => typeof (e as { sqlState?: string }).sqlState === 'string');
    expect((await store.query('SELECT id FROM loaded')).rowCount).toBe(0);
    async function* failing(): AsyncGenerator<string> {
      yield good;
      throw new Error('disk read failed');
    }
    await expect(store.copyFromCsv('loaded', ['id', 'note'], failing(), { chunkBytes: 256 })).rejects.toThrow(
      'disk read failed',
    );
    expect((await store.query('SELECT id FROM loaded')).rowCount).toBe(0);
  });
});
