import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFromStdin } from 'pg-copy-streams';
import { encodeCsvChunks } from '../copy/csv-copy-encoder';
import { quoteIdentifier, quoteTableName } from '../copy/quote-identifier';
import { SqlConnectionError } from '../errors/sql-connection-error';
import { toStoreError } from '../store/driver-error';
import { redactConnectionUrl } from '../store/redact-connection-url';
import type { DriverConnection, SqlDriver } from '../store/sql-driver';
import type { CopyFromCsvOptions, CopyFromOptions, SqlQueryResult } from '../store/sql-store';
import { SHARED_TYPE_PARSERS } from '../store/type-parsers';

/** pg-copy-streams forwards bytes; 64 KiB writes keep the socket busy without buffering much. */
const STREAM_CHUNK_CHARS = 64 * 1024;

/** Settings of the PostgreSQL driver. */
export interface PostgresDriverSettings {
  /** The connection URL (may hold a password; never printed). */
  url: string;
  /** The password found in the URL, to scrub from driver messages. */
  password: string | undefined;
  /** Pool size. */
  maxConnections: number;
  /** Milliseconds to wait for a connection (new, or from a busy pool) before failing. */
  connectTimeout: number;
  /** Milliseconds a statement waits for a lock before failing (`lock_timeout`). */
  lockTimeout: number;
  /** Schema put first (and alone) on every connection's search_path. */
  schema: string | undefined;
}

/** Opens a pool on a PostgreSQL server and checks that it answers. */
export async function openPostgresDriver(settings: PostgresDriverSettings): Promise<SqlDriver> {
  const target = redactConnectionUrl(settings.url);
  const types = {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
      SHARED_TYPE_PARSERS[oid] ?? pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
  };
  const pool = new pg.Pool({
    connectionString: settings.url,
    max: settings.maxConnections,
    connectionTimeoutMillis: settings.connectTimeout,
    // Set on each new connection before the pool hands it out (pg-pool awaits the hook; a failure
    // fails that acquire), not as a startup parameter: poolers such as PgBouncer refuse unknown ones.
    onConnect: async (client: pg.ClientBase) => {
      await client.query(`SET lock_timeout = ${settings.lockTimeout}`);
    },
    types,
    ...(settings.schema === undefined ? {} : { options: `-c search_path=${settings.schema}` }),
  });
  // An idle client losing its server emits 'error' on the pool; without a listener Node would crash.
  pool.on('error', () => {});
  const context = (sql: string) => ({ sql, target, password: settings.password });

  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => {});
    const mapped = toStoreError(error, context('SELECT 1'));
    if (SqlConnectionError.isInstance(mapped)) throw mapped;
    throw new SqlConnectionError({ target, reason: mapped.message });
  }

  const connection = (client: pg.PoolClient): DriverConnection => ({
    query: (sql, params) => runQuery(client, sql, params),
    async exec(sql) {
      await runQuery(client, sql, undefined);
    },
    async copyFrom(table, columns, rows, options: CopyFromOptions): Promise<number> {
      const sql = `COPY ${quoteTableName(table)} (${columns.map(quoteIdentifier).join(', ')}) FROM STDIN WITH (FORMAT csv)`;
      let loaded = 0;
      let sourceError: unknown;
      async function* text(): AsyncGenerator<string> {
        try {
          const chunkChars = Math.min(options.chunkBytes ?? STREAM_CHUNK_CHARS, STREAM_CHUNK_CHARS);
          for await (const chunk of encodeCsvChunks(rows, columns.length, chunkChars, options.signal)) {
            loaded += chunk.rows;
            yield chunk.text;
          }
        } catch (error) {
          sourceError = error;
          throw error;
        }
      }
      const stream = client.query(copyFromStdin(sql));
      try {
        await pipeline(Readable.from(text()), stream);
      } catch (error) {
        // The row source's own error (or the abort) goes to the caller unchanged.
        if (sourceError !== undefined) throw sourceError;
        throw toStoreError(error, context(sql));
      }
      return loaded;
    },
    async copyFromCsv(table, columns, csv, options: CopyFromCsvOptions): Promise<number> {
      const header = options.header === true ? ', HEADER true' : '';
      const sql = `COPY ${quoteTableName(table)} (${columns.map(quoteIdentifier).join(', ')}) FROM STDIN WITH (FORMAT csv${header})`;
      let sourceError: unknown;
      async function* bytes(): AsyncGenerator<Uint8Array | string> {
        try {
          for await (const part of csv) {
            options.signal?.throwIfAborted();
            yield part;
          }
          options.signal?.throwIfAborted();
        } catch (error) {
          sourceError = error;
          throw error;
        }
      }
      const stream = client.query(copyFromStdin(sql));
      try {
        await pipeline(Readable.from(bytes(), { objectMode: false }), stream);
      } catch (error) {
        if (sourceError !== undefined) throw sourceError;
        throw toStoreError(error, context(sql));
      }
      return stream.rowCount;
    },
  });

  async function runQuery<T>(
    runner: pg.Pool | pg.PoolClient,
    sql: string,
    params: readonly unknown[] | undefined,
  ): Promise<SqlQueryResult<T>> {
    try {
      const result = await (params === undefined
        ? runner.query(sql)
        : runner.query(sql, params as unknown[]));
      const last = Array.isArray(result) ? result[result.length - 1] : result;
      const rows = (last?.rows ?? []) as T[];
      return { rows, rowCount: last?.rowCount ?? rows.length };
    } catch (error) {
      throw toStoreError(error, context(sql));
    }
  }

  return {
    kind: 'postgres',
    target,
    query: (sql, params) => runQuery(pool, sql, params),
    async exec(sql) {
      await runQuery(pool, sql, undefined);
    },
    async withTransaction(fn) {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        throw toStoreError(error, context('BEGIN'));
      }
      let broken = false;
      try {
        await runQuery(client, 'BEGIN', undefined);
        const result = await fn(connection(client));
        await runQuery(client, 'COMMIT', undefined);
        return result;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
        } catch {
          broken = true; // the connection is unusable: drop it from the pool
        }
        throw error;
      } finally {
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
