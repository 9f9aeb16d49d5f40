import type { SqlStore } from '@chiase/sql-store';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { describeEachBackend } from '../../test/sql-test-backends';
import { logEntryHash } from './log-entry-hash';
import type { SharingLogRecord } from './sharing-log-record';
import { sharingUsageReport } from './sharing-usage-report';
import { createSqlSharingLog } from './sql-sharing-log';
import { verifySharingLog } from './verify-sharing-log';

function record(n: number, overrides: Partial<SharingLogRecord> = {}): SharingLogRecord {
  const at = new Date(Date.UTC(2026, 2, 2, 3, 0, n));
  return {
    requestedAt: at,
    providedAt: new Date(at.getTime() + 5),
    form: 'online',
    consumerId: n % 2 === 0 ? 'H47.22' : 'G01.003',
    serviceId: 'H47.DM.TINH',
    operation: 'GET /dm/1.0/tinh',
    parameters: { maTinh: String(n), b: 'x', a: 'y' },
    purpose: n % 2 === 0 ? 'Giải quyết thủ tục hành chính' : 'Thống kê',
    requestId: `req-${n}`,
    httpStatus: 200,
    outcome: 'fulfilled',
    recordCount: n,
    itemCodes: ['maTinh', 'tenTinh'],
    dataSha256: 'a'.repeat(64),
    ...overrides,
  };
}

describeEachBackend('sharing log', (open) => {
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

  async function logWith(count: number, key?: string): Promise<SqlStore> {
    const log = await createSqlSharingLog({ store, ...(key ? { key } : {}) });
    await Promise.all(Array.from({ length: count }, (_, i) => log.append(record(i + 1))));
    await log.flush();
    return store;
  }

  it('numbers entries without gaps and verifies an intact chain', async () => {
    const db = await logWith(6);
    const { rows } = await db.query<{ seq: string }>('SELECT seq FROM chiase_sharing_log ORDER BY seq');
    expect(rows.map((r) => Number(r.seq))).toEqual([1, 2, 3, 4, 5, 6]);
    const result = await verifySharingLog(db, { pageSize: 4 });
    expect(result).toMatchObject({ ok: true, entries: 6, head: { seq: 6 } });
    expect(result.firstBad).toBeUndefined();
  });

  it('detects an edited entry and names it', async () => {
    const db = await logWith(5);
    await db.query("UPDATE chiase_sharing_log SET consumer_id = 'H99' WHERE seq = 3");
    expect((await verifySharingLog(db)).firstBad).toMatchObject({ seq: 3, problem: 'modified' });
  });

  it('detects a deleted entry and names the missing position', async () => {
    const db = await logWith(5);
    await db.query('DELETE FROM chiase_sharing_log WHERE seq = 3');
    expect((await verifySharingLog(db)).firstBad).toMatchObject({ seq: 3, problem: 'deleted' });
  });

  it('detects a deleted entry even when the rest is renumbered', async () => {
    const db = await logWith(5);
    await db.query('DELETE FROM chiase_sharing_log WHERE seq = 3');
    await db.query('UPDATE chiase_sharing_log SET seq = -seq WHERE seq > 3');
    await db.query('UPDATE chiase_sharing_log SET seq = -seq - 1 WHERE seq < 0');
    expect((await verifySharingLog(db)).firstBad).toMatchObject({ seq: 3, problem: 'deleted' });
  });

  it('detects an entry inserted with a forged but self-consistent seal', async () => {
    const db = await logWith(5);
    const { rows } = await db.query<{ entry_hash: string }>(
      'SELECT entry_hash FROM chiase_sharing_log WHERE seq = 2',
    );
    const prev = rows[0]?.entry_hash as string;
    const forged = record(99, { consumerId: 'H01' });
    await db.query('UPDATE chiase_sharing_log SET seq = -seq WHERE seq >= 3');
    await db.query('UPDATE chiase_sharing_log SET seq = -seq + 1 WHERE seq < 0');
    await db.query(
      `INSERT INTO chiase_sharing_log (seq, requested_at, provided_at, form, consumer_id, service_id, operation,
         parameters, purpose, request_id, http_status, outcome, record_count, item_codes, data_sha256, prev_hash, entry_hash)
       VALUES (3, $1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10, $11, $12, $13::jsonb, $14, $15, $16)`,
      [
        forged.requestedAt,
        forged.providedAt,
        forged.form,
        forged.consumerId,
        forged.serviceId,
        forged.operation,
        JSON.stringify(forged.parameters),
        forged.purpose,
        forged.requestId,
        forged.httpStatus,
        forged.outcome,
        forged.recordCount,
        JSON.stringify(forged.itemCodes),
        forged.dataSha256,
        prev,
        logEntryHash(prev, forged),
      ],
    );
    expect((await verifySharingLog(db)).firstBad).toMatchObject({ seq: 3, problem: 'inserted' });
  });

  it('detects two entries swapped', async () => {
    const db = await logWith(5);
    await db.query('UPDATE chiase_sharing_log SET seq = 0 WHERE seq = 3');
    await db.query('UPDATE chiase_sharing_log SET seq = 3 WHERE seq = 4');
    await db.query('UPDATE chiase_sharing_log SET seq = 4 WHERE seq = 0');
    expect((await verifySharingLog(db)).firstBad).toMatchObject({ seq: 3, problem: 'reordered' });
  });

  it('detects entries removed from the end only against a known head', async () => {
    const db = await logWith(5);
    const head = (await verifySharingLog(db)).head as { seq: number; entryHash: string };
    await db.query('DELETE FROM chiase_sharing_log WHERE seq >= 4');
    expect((await verifySharingLog(db)).ok).toBe(true);
    expect((await verifySharingLog(db, { expectedHead: head })).firstBad).toMatchObject({
      seq: 4,
      problem: 'deleted',
    });
  });

  it('with a key, a chain rebuilt without it fails verification', async () => {
    const db = await logWith(3, 'log-secret');
    expect((await verifySharingLog(db, { key: 'log-secret' })).ok).toBe(true);
    expect((await verifySharingLog(db)).firstBad).toMatchObject({ seq: 1, problem: 'modified' });
  });

  it('reports usage per consumer, service and purpose for a period', async () => {
    const db = await logWith(4);
    const log = await createSqlSharingLog({ store: db });
    await log.append(
      record(5, { consumerId: 'H47.22', outcome: 'refused', httpStatus: 403, recordCount: null }),
    );
    const lines = await sharingUsageReport(db, {
      from: new Date(Date.UTC(2026, 2, 2)),
      to: new Date(Date.UTC(2026, 2, 3)),
    });
    expect(
      lines.map((l) => [l.consumerId, l.purpose, l.requests, l.fulfilled, l.refused, l.records]),
    ).toEqual([
      ['G01.003', 'Thống kê', 2, 2, 0, 4],
      ['H47.22', 'Giải quyết thủ tục hành chính', 2, 2, 0, 6],
      ['H47.22', 'Thống kê', 1, 0, 1, 0],
    ]);
    const none = await sharingUsageReport(db, {
      from: new Date(Date.UTC(2026, 2, 3)),
      to: new Date(Date.UTC(2026, 2, 4)),
    });
    expect(none).toEqual([]);
  });
});
