import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { type AddressInfo, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { holdTransaction } from '../../test/held-transaction';
import { postgresUrl } from '../../test/sql-test-backends';
import { SqlConnectionError } from '../errors/sql-connection-error';
import { SqlQueryError } from '../errors/sql-query-error';
import { SqlUsageError } from '../errors/sql-usage-error';
import { openSqlStore } from './open-sql-store';
import { redactConnectionUrl } from './redact-connection-url';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

function everythingShown(error: unknown): string {
  const e = error as Error & { cause?: unknown };
  return JSON.stringify({ ...e, message: e.message, stack: e.stack, cause: String(e.cause) });
}

describe('openSqlStore targets', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });

  it('keeps data on disk in a PGlite data directory across reopening', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chiase-sql-store-'));
    dirs.push(dir);
    const dataDir = join(dir, 'nested', 'state');
    const first = await openSqlStore({ dataDir });
    expect(first.kind).toBe('pglite');
    expect(first.target).toBe(dataDir);
    await first.exec("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('còn đây')");
    await first.close();
    const second = await openSqlStore({ dataDir });
    expect((await second.query('SELECT v FROM kept')).rows).toEqual([{ v: 'còn đây' }]);
    await second.close();
  });

  it('fails with SqlConnectionError when the data directory cannot be created', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chiase-sql-store-'));
    dirs.push(dir);
    await writeFile(join(dir, 'a-file'), 'x');
    const error = await openSqlStore({ dataDir: join(dir, 'a-file', 'state') }).catch((e: unknown) => e);
    expect(SqlConnectionError.isInstance(error)).toBe(true);
  });

  it('works in a schema of its own', async () => {
    const store = await openSqlStore('memory://', { schema: 'chiase_state' });
    await store.exec('CREATE TABLE t (v int)');
    const { rows } = await store.query(
      "SELECT table_schema FROM information_schema.tables WHERE table_name = 't'",
    );
    expect(rows).toEqual([{ table_schema: 'chiase_state' }]);
    await store.close();
  });

  it.each([
    ['mysql://u@h/db'],
    ['/var/lib/data'],
    ['postgres://'],
    [''],
  ])('rejects the target %j with SqlUsageError', async (target) => {
    const error = await openSqlStore(target).catch((e: unknown) => e);
    expect(SqlUsageError.isInstance(error)).toBe(true);
    expect((error as SqlUsageError).code).toBe('sql.invalid_target');
  });

  it('rejects an unsafe schema name', async () => {
    await expect(openSqlStore('memory://', { schema: 'x; DROP TABLE y' })).rejects.toSatisfy(
      (e) => SqlUsageError.isInstance(e) && (e as SqlUsageError).code === 'sql.invalid_identifier',
    );
  });

  it('fails with SqlConnectionError naming the server but never the password', async () => {
    const port = await freePort();
    const url = `postgres://agency:S3cr3t-P%40ss@127.0.0.1:${port}/registry?password=Other-S3cret`;
    const error = await openSqlStore(url).catch((e: unknown) => e);
    expect(SqlConnectionError.isInstance(error)).toBe(true);
    const shown = everythingShown(error);
    expect(shown).toContain(`127.0.0.1:${port}`);
    expect(shown).not.toMatch(/S3cr3t|Other-S3cret/);
    expect((error as SqlConnectionError).localized.vi).toContain('Không kết nối được');
  });

  it('fails with SqlConnectionError after connectTimeout when the server accepts but never answers', async () => {
    // A port that takes the connection and then says nothing, as a hung server or a black-holing proxy.
    const sockets: Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    try {
      const started = performance.now();
      const error = await openSqlStore(`postgres://agency:Pw-0001@127.0.0.1:${port}/registry`, {
        connectTimeout: 300,
      }).catch((e: unknown) => e);
      expect(SqlConnectionError.isInstance(error)).toBe(true);
      expect((error as SqlConnectionError).message).toMatch(/timeout/i);
      expect(everythingShown(error)).not.toContain('Pw-0001');
      expect(performance.now() - started).toBeLessThan(10_000);
      expect(sockets.length).toBeGreaterThan(0);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('rejects a connectTimeout or lockTimeout that is not a positive whole number of milliseconds', async () => {
    for (const name of ['connectTimeout', 'lockTimeout'] as const) {
      for (const value of [0, -1, 1.5, Number.NaN]) {
        const error = await openSqlStore('postgres://u@127.0.0.1:1/x', { [name]: value }).catch(
          (e: unknown) => e,
        );
        expect(SqlUsageError.isInstance(error)).toBe(true);
        expect((error as SqlUsageError).code).toBe('sql.invalid_option');
        expect((error as SqlUsageError).message).toContain(name);
      }
    }
  });
});

describe('redactConnectionUrl', () => {
  it('masks the password in the user info and in the query string', () => {
    expect(redactConnectionUrl('postgres://u:p%40ss@db.example:5432/x?password=q&sslmode=require')).toBe(
      'postgres://u:***@db.example:5432/x?password=***&sslmode=require',
    );
  });
  it('leaves a URL without password alone and masks what does not parse', () => {
    expect(redactConnectionUrl('postgres://u@h/db')).toBe('postgres://u@h/db');
    expect(redactConnectionUrl('not a url with secret')).toBe('***');
  });
});

if (postgresUrl === undefined) {
  console.warn('CHIASE_TEST_DATABASE_URL is not set: the PostgreSQL connection suite is skipped');
}

describe.skipIf(postgresUrl === undefined)('openSqlStore on a PostgreSQL server', () => {
  it('opens the server and names it without the password', async () => {
    const store = await openSqlStore(postgresUrl as string);
    expect(store.kind).toBe('postgres');
    expect((await store.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    await store.close();
  });

  it('fails with SqlConnectionError and SQLSTATE 3D000 for an unknown database', async () => {
    const url = new URL(postgresUrl as string);
    url.pathname = '/no_such_database_here';
    url.password = 'Hidden-Pw';
    const error = await openSqlStore(url.toString()).catch((e: unknown) => e);
    expect(SqlConnectionError.isInstance(error)).toBe(true);
    expect((error as SqlConnectionError).sqlState).toBe('3D000');
    expect(everythingShown(error)).not.toContain('Hidden-Pw');
  });

  it('fails a call that waits longer than connectTimeout for a pool a transaction holds', async () => {
    // The pool's one connection is opened first, so that only the wait for it is timed.
    const store = await openSqlStore(postgresUrl as string, { maxConnections: 1, connectTimeout: 1000 });
    const held = await holdTransaction(store, (tx) => tx.query('SELECT 1'));
    try {
      const error = await store.query('SELECT 2').catch((e: unknown) => e);
      expect(SqlConnectionError.isInstance(error)).toBe(true);
      expect((error as SqlConnectionError).message).toMatch(/timeout/i);
    } finally {
      await held.release();
    }
    // The pool is whole again once the transaction ends.
    expect((await store.query('SELECT 3 AS three')).rows).toEqual([{ three: 3 }]);
    await store.close();
  });

  it('fails a statement that waits longer than lockTimeout for a lock a stuck peer holds', async () => {
    const lock = `chiase_test_lock_${process.pid}_${Date.now()}`;
    const peer = await openSqlStore(postgresUrl as string);
    const store = await openSqlStore(postgresUrl as string, { lockTimeout: 500 });
    expect((await peer.query<{ lock_timeout: string }>('SHOW lock_timeout')).rows[0]?.lock_timeout).toBe(
      '30s',
    );
    expect((await store.query<{ lock_timeout: string }>('SHOW lock_timeout')).rows[0]?.lock_timeout).toBe(
      '500ms',
    );
    const held = await holdTransaction(peer, (tx) =>
      tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lock]),
    );
    try {
      const error = await store
        .transaction((tx) => tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lock]))
        .catch((e: unknown) => e);
      expect(SqlQueryError.isInstance(error)).toBe(true);
      expect((error as SqlQueryError).sqlState).toBe('55P03');
    } finally {
      await held.release();
    }
    // Once the peer's transaction ends, the lock is there to take.
    await store.transaction((tx) => tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lock]));
    await Promise.all([peer.close(), store.close()]);
  });
});
