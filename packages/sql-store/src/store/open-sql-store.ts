import { SqlUsageError } from '../errors/sql-usage-error';
import { openPgliteDriver } from '../pglite/pglite-driver';
import { openPostgresDriver } from '../postgres/postgres-driver';
import { createSqlStore } from './create-sql-store';
import type { SqlStore } from './sql-store';
import { resolveSqlTarget, type SqlTarget } from './sql-target';

/** Options of {@link openSqlStore}. */
export interface SqlStoreOptions {
  /**
   * A schema to work in: created when missing and made the only entry of the search path, so that
   * unqualified names resolve there. Lower-case letters, digits and `_`. Default: none (`public`).
   */
  schema?: string;
  /** PostgreSQL only: connections in the pool. Default 10. PGlite has one connection. */
  maxConnections?: number;
  /**
   * PostgreSQL only: milliseconds a call waits for a connection, a new one or one of the pool's when
   * all are busy, before it fails with `SqlConnectionError`. Default 30 000. A server that accepts
   * connections but never answers, or a pool held by a stuck transaction, thus fails calls instead of
   * hanging them. Queries themselves have no time limit (use `statement_timeout` for that).
   */
  connectTimeout?: number;
  /**
   * PostgreSQL only: milliseconds a statement waits for a lock (a row, a table, an advisory lock such
   * as `migrate`'s) before it fails with `SqlQueryError` (SQLSTATE `55P03`): a peer stuck inside its
   * transaction then fails the writers behind it instead of hanging them. Default 30 000.
   */
  lockTimeout?: number;
}

const DEFAULT_CONNECT_TIMEOUT_MS = 30_000;
const DEFAULT_LOCK_TIMEOUT_MS = 30_000;

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Opens a SQL store: a PostgreSQL server for a `postgres://` URL, embedded PGlite on disk for
 * `{ dataDir }`, or an in-memory PGlite for `'memory://'`. Fails with `SqlConnectionError` (password
 * masked) when the database cannot be reached, and `SqlUsageError` for an unknown target.
 *
 * @example
 * const store = await openSqlStore({ dataDir: '.chiase/state' });
 * await store.exec('CREATE TABLE IF NOT EXISTS t (id int PRIMARY KEY, name text)');
 * await store.copyFrom('t', ['id', 'name'], [[1, 'Hà Nội'], [2, 'Huế']]);
 * const { rows } = await store.query<{ name: string }>('SELECT name FROM t WHERE id = $1', [2]);
 * await store.close();
 */
export async function openSqlStore(target: SqlTarget, options: SqlStoreOptions = {}): Promise<SqlStore> {
  const resolved = resolveSqlTarget(target);
  const schema = options.schema;
  for (const name of ['connectTimeout', 'lockTimeout'] as const) {
    const value = options[name];
    if (value !== undefined && !(Number.isSafeInteger(value) && value > 0)) {
      throw new SqlUsageError('sql.invalid_option', {
        vi: `${name} phải là số mili giây nguyên dương, không phải ${String(value)}`,
        en: `${name} must be a positive whole number of milliseconds, not ${String(value)}`,
      });
    }
  }
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new SqlUsageError('sql.invalid_identifier', {
      vi: `Tên schema "${schema}" không hợp lệ (chỉ chữ thường, số và _)`,
      en: `Invalid schema name "${schema}" (lower-case letters, digits and _ only)`,
    });
  }
  const driver =
    resolved.kind === 'postgres'
      ? await openPostgresDriver({
          url: resolved.url,
          password: resolved.password,
          maxConnections: options.maxConnections ?? 10,
          connectTimeout: options.connectTimeout ?? DEFAULT_CONNECT_TIMEOUT_MS,
          lockTimeout: options.lockTimeout ?? DEFAULT_LOCK_TIMEOUT_MS,
          schema,
        })
      : await openPgliteDriver(resolved.dataDir);
  const store = createSqlStore(driver);
  if (schema !== undefined) {
    try {
      await store.exec(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      // PGlite has a single session: setting it once holds. PostgreSQL sets it per connection at login.
      if (resolved.kind === 'pglite') await store.exec(`SET search_path TO ${schema}`);
    } catch (error) {
      await store.close();
      throw error;
    }
  }
  return store;
}
