import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSqlSharingLog, type SharingLogRecord } from '@chiase/provider';
import { openSqlStore } from '@chiase/sql-store';
import { beforeAll, describe, expect, it } from 'vitest';
import { run, temporaryDirectory } from '../../test/memory-io';

const KEY = 'khoa-hmac-nhat-ky-0123456789';

function record(
  i: number,
  consumerId: string | null,
  outcome: SharingLogRecord['outcome'],
): SharingLogRecord {
  const at = new Date(Date.UTC(2026, 2, 2 + i, 2, 0, 0));
  return {
    requestedAt: at,
    providedAt: outcome === 'fulfilled' ? at : null,
    form: 'online',
    consumerId,
    serviceId: 'H47.22.DMX',
    operation: 'GET /dmx/1.0/xa',
    parameters: { maTinh: '91' },
    purpose: consumerId === null ? null : 'Đối chiếu mã xã, phường',
    requestId: `req-${i}`,
    httpStatus: outcome === 'fulfilled' ? 200 : 403,
    outcome,
    recordCount: outcome === 'fulfilled' ? 8 : null,
    itemCodes: outcome === 'fulfilled' ? ['maXa', 'tenXa'] : null,
    dataSha256: outcome === 'fulfilled' ? 'a'.repeat(64) : null,
  };
}

/** A PGlite folder holding a sharing log of four entries written with `KEY`. */
async function logFolder(): Promise<string> {
  const dir = join(temporaryDirectory(), 'provider-db');
  const store = await openSqlStore({ dataDir: dir });
  const log = await createSqlSharingLog({ store, key: KEY });
  await log.append(record(0, 'H47.16', 'fulfilled'));
  await log.append(record(1, 'H47.16', 'fulfilled'));
  await log.append(record(2, 'H47.17', 'refused'));
  await log.append(record(3, 'H47.16', 'fulfilled'));
  await log.flush();
  await store.close();
  return dir;
}

const env = { LANG: 'en_US.UTF-8', CHIASE_SHARING_LOG_KEY: KEY };

describe('chiase log verify', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await logFolder();
  });

  it('exits 0 for an intact log and prints its head to keep outside the database', async () => {
    const result = await run(['log', 'verify', '--database', dir], { env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^The sharing log is intact: 4 entries\. Last entry: 4:[0-9a-f]{64} /);
    expect(result.stdout).not.toContain(KEY);
  });

  it('exits 1 without the key the log was sealed with, and names entry 1', async () => {
    const result = await run(['--json', 'log', 'verify', '--database', dir], {
      env: { LANG: 'en_US.UTF-8' },
    });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, firstBad: { seq: 1, problem: 'modified' } });
  });

  it('exits 1 naming the first changed entry after someone edits the table', async () => {
    const tampered = await logFolder();
    const store = await openSqlStore({ dataDir: tampered });
    await store.query('UPDATE chiase_sharing_log SET record_count = 80 WHERE seq = 2');
    await store.close();
    const result = await run(['--lang', 'vi', 'log', 'verify', '--database', tampered], { env });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('bản ghi hỏng đầu tiên là số 2 (modified)');
  });

  it('detects entries removed from the end only against the head kept outside', async () => {
    const cut = await logFolder();
    const before = await run(['--json', 'log', 'verify', '--database', cut], { env });
    const head = (JSON.parse(before.stdout) as { head: { seq: number; entryHash: string } }).head;
    const store = await openSqlStore({ dataDir: cut });
    await store.query('DELETE FROM chiase_sharing_log WHERE seq = 4');
    await store.close();
    expect((await run(['log', 'verify', '--database', cut], { env })).code).toBe(0);
    const result = await run(
      ['log', 'verify', '--database', cut, '--expected-head', `${head.seq}:${head.entryHash}`],
      { env },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('#4 (deleted)');
  });

  it('exits 2 for a malformed --expected-head or a missing folder, 1 for a database without a log', async () => {
    const badHead = await run(['log', 'verify', '--database', dir, '--expected-head', '4:xyz'], { env });
    expect(badHead.code).toBe(2);
    expect(badHead.stderr).toContain('--expected-head must be <seq>:<64 hex digit hash>');
    const missing = await run(['log', 'verify', '--database', join(dir, 'nope')], { env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no PGlite database folder');
    const empty = join(temporaryDirectory(), 'other-db');
    await (await openSqlStore({ dataDir: empty })).close();
    const noLog = await run(['log', 'verify', '--database', empty], { env });
    expect(noLog.code).toBe(1);
    expect(noLog.stderr).toContain('holds no sharing log (table chiase_sharing_log)');
  });
});

describe('chiase log usage', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await logFolder();
  });

  it('sums requests per consumer, service and purpose over the days given, both days included', async () => {
    const result = await run(
      ['log', 'usage', '--database', dir, '--from', '2026-03-02', '--to', '2026-03-04'],
      {
        env,
      },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trim().split('\n').sort()).toEqual([
      'H47.16 · H47.22.DMX · Đối chiếu mã xã, phường: 2 requests, 2 met, 0 refused, 0 failed, 16 records',
      'H47.17 · H47.22.DMX · Đối chiếu mã xã, phường: 1 request, 0 met, 1 refused, 0 failed, 0 records',
    ]);
  });

  it('writes the report as CSV for a spreadsheet', async () => {
    const out = join(temporaryDirectory(), 'usage.csv');
    const result = await run(
      ['log', 'usage', '--database', dir, '--from', '2026-03-01', '--to', '2026-03-31', '--out', out],
      { env },
    );
    expect(result.code, result.stderr).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv.startsWith('\uFEFFconsumer_id,service_id,purpose,requests')).toBe(true);
    expect(csv).toContain('H47.16,H47.22.DMX,"Đối chiếu mã xã, phường",3,3,0,0,24,');
  });

  it('refuses an impossible date or a period that ends before it starts (exit 2)', async () => {
    const impossible = await run(
      ['log', 'usage', '--database', dir, '--from', '2026-02-30', '--to', '2026-03-01'],
      {
        env,
      },
    );
    expect(impossible.code).toBe(2);
    expect(impossible.stderr).toContain('--from must be a real date');
    const backwards = await run(
      ['log', 'usage', '--database', dir, '--from', '2026-03-05', '--to', '2026-03-01'],
      {
        env,
      },
    );
    expect(backwards.code).toBe(2);
  });
});
