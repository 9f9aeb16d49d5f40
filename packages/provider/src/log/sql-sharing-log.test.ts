import { randomBytes } from 'node:crypto';
import type { SqlStore } from '@chiase/sql-store';
import { openSqlStore, SqlQueryError } from '@chiase/sql-store';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { describeEachBackend, postgresUrl } from '../../test/sql-test-backends';
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

describe.skipIf(postgresUrl === undefined)('sql sharing log behind a stuck writer — PostgreSQL', () => {
  const schema = `provider_test_${randomBytes(6).toString('hex')}`;
  afterAll(async () => {
    const admin = await openSqlStore(postgresUrl as string);
    await admin.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.close();
  });

  it("fails the waiting appends together once the store's lockTimeout runs out, then writes again", async () => {
    const stuck = await openSqlStore(postgresUrl as string, { schema });
    const store = await openSqlStore(postgresUrl as string, { schema, lockTimeout: 300 });
    const counted = counting(store);
    const log = await createSqlSharingLog({ store: counted.store });
    const writesBefore = counted.writes();
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let entered = () => {};
    const inside = new Promise<void>((resolve) => {
      entered = resolve;
    });
    // Another provider process that took the writers' lock and then hung inside its transaction.
    const holding = stuck.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['chiase_sharing_log:append']);
      entered();
      await held;
    });
    await inside;
    try {
      const outcomes = await Promise.allSettled([1, 2, 3].map((n) => log.append(record(n))));
      // One wait for the batch, not one more per record.
      expect(counted.writes() - writesBefore).toBe(1);
      for (const outcome of outcomes) {
        expect(outcome.status).toBe('rejected');
        const reason = (outcome as PromiseRejectedResult).reason as unknown;
        expect(SqlQueryError.isInstance(reason) && reason.sqlState).toBe('55P03');
      }
    } finally {
      release();
      await holding;
    }
    // The writers' lock is one for the whole database: the sharing logs of other tests running on the
    // same server at this moment may hold it longer than this store's 300 ms, so allow a few tries.
    for (let attempt = 1; ; attempt += 1) {
      const error = await log.append(record(4)).catch((e: unknown) => e);
      if (error === undefined) break;
      if (!(SqlQueryError.isInstance(error) && error.sqlState === '55P03') || attempt === 5) throw error;
    }
    expect(await storedRequestIds(store)).toEqual(['req-4']);
    expect((await verifySharingLog(store)).ok).toBe(true);
    await Promise.all([stuck.close(), store.close()]);
  });
});
