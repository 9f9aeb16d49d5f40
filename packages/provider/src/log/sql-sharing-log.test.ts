import type { SqlStore } from '@chiase/sql-store';
import { SqlQueryError } from '@chiase/sql-store';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { describeEachBackend } from '../../test/sql-test-backends';
import type { SharingLogRecord } from './sharing-log-record';
import { createSqlSharingLog } from './sql-sharing-log';
import { verifySharingLog } from './verify-sharing-log';

function record(n: number, overrides: Partial<SharingLogRecord> = {}): SharingLogRecord {
  const at = new Date(Date.UTC(2026, 2, 2, 3, 0, 0, n));
  return {
    requestedAt: at,
    providedAt: new Date(at.getTime() + 5),
    form: 'online',
    consumerId: 'G01.003',
    serviceId: 'H47.22.DMX',
    operation: 'GET /dmx/1.0/xa',
    parameters: { maTinh: '91', limit: String(n) },
    purpose: 'Giải quyết thủ tục hành chính',
    requestId: `req-${n}`,
    httpStatus: 200,
    outcome: 'fulfilled',
    recordCount: n,
    itemCodes: ['maXa', 'tenXa'],
    dataSha256: 'b'.repeat(64),
    ...overrides,
  };
}

/** The store, counting the statements and transactions sent through it. */
function counting(store: SqlStore): { store: SqlStore; writes: () => number } {
  let writes = 0;
  return {
    store: {
      ...store,
      query: (sql, params) => {
        writes += 1;
        return store.query(sql, params);
      },
      transaction: (fn) => {
        writes += 1;
        return store.transaction(fn);
      },
    },
    writes: () => writes,
  };
}

async function storedRequestIds(store: SqlStore): Promise<string[]> {
  const { rows } = await store.query<{ request_id: string }>(
    'SELECT request_id FROM chiase_sharing_log ORDER BY seq',
  );
  return rows.map((r) => r.request_id);
}

describeEachBackend('sql sharing log under concurrent requests', (open) => {
  let store: SqlStore;
  beforeAll(async () => {
    store = await open();
    await createSqlSharingLog({ store });
  });
  beforeEach(async () => {
    await store.exec('DELETE FROM chiase_sharing_log');
  });
  afterAll(async () => {
    await store.close();
  });

  it('writes appends that arrive together in one write, each stored once it resolves, in one chain', async () => {
    const counted = counting(store);
    const log = await createSqlSharingLog({ store: counted.store });
    const before = counted.writes();
    await Promise.all(Array.from({ length: 150 }, (_, i) => log.append(record(i + 1))));
    expect(counted.writes() - before).toBe(1);
    expect(await storedRequestIds(store)).toHaveLength(150);
    expect(await verifySharingLog(store)).toMatchObject({ ok: true, entries: 150, head: { seq: 150 } });
  });

  it('keeps one chain and every record while requests keep arriving during writes', async () => {
    const log = await createSqlSharingLog({ store, maxBatch: 7 });
    const appended: Promise<void>[] = [];
    for (let i = 1; i <= 120; i += 1) {
      appended.push(log.append(record(i)));
      if (i % 9 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(appended);
    const ids = await storedRequestIds(store);
    expect(new Set(ids).size).toBe(120);
    expect(await verifySharingLog(store)).toMatchObject({ ok: true, entries: 120 });
  });

  it('chains after the entries of another writer of the same log (another provider process)', async () => {
    const first = await createSqlSharingLog({ store });
    const second = await createSqlSharingLog({ store });
    for (let round = 0; round < 5; round += 1) {
      await Promise.all(
        Array.from({ length: 10 }, (_, i) => [
          first.append(record(round * 100 + i, { requestId: `a-${round}-${i}` })),
          second.append(record(round * 100 + 50 + i, { requestId: `b-${round}-${i}` })),
        ]).flat(),
      );
    }
    expect(new Set(await storedRequestIds(store)).size).toBe(100);
    expect(await verifySharingLog(store)).toMatchObject({ ok: true, entries: 100, head: { seq: 100 } });
  });

  it('fails only the append whose record the database refuses, not the others written with it', async () => {
    const log = await createSqlSharingLog({ store });
    // PostgreSQL jsonb cannot hold U+0000, which a query string can carry (%00).
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) =>
        log.append(record(i + 1, i === 2 ? { parameters: { maTinh: 'a\u0000b' } } : {})),
      ),
    );
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ]);
    expect(SqlQueryError.isInstance((results[2] as PromiseRejectedResult).reason)).toBe(true);
    expect(await storedRequestIds(store)).toEqual(['req-1', 'req-2', 'req-4', 'req-5', 'req-6']);
    expect(await verifySharingLog(store)).toMatchObject({ ok: true, entries: 5 });
  });
});
