import { mkdir } from 'node:fs/promises';
import { PGlite, type Results, type Transaction } from '@electric-sql/pglite';
import { encodeCsvChunks } from '../copy/csv-copy-encoder';
import { cutCsvAtRecordEnds } from '../copy/csv-record-cutter';
import { quoteIdentifier, quoteTableName } from '../copy/quote-identifier';
import { SqlConnectionError } from '../errors/sql-connection-error';
import { toStoreError } from '../store/driver-error';
import type { DriverConnection, SqlDriver } from '../store/sql-driver';
import type { CopyFromCsvOptions, CopyFromOptions, SqlQueryResult } from '../store/sql-store';
import { SHARED_TYPE_PARSERS } from '../store/type-parsers';

/** Default COPY chunk: PGlite copies each blob whole into its memory (BASELINES.md §5b). */
const DEFAULT_CHUNK_BYTES = 16 * 1024 * 1024;

type PgliteRunner = Pick<PGlite, 'query' | 'exec'> | Transaction;

/** Opens embedded PGlite: on disk in `dataDir`, or in memory when `dataDir` is undefined. */
export async function openPgliteDriver(dataDir: string | undefined): Promise<SqlDriver> {
  const target = dataDir ?? 'memory://';
  let db: PGlite;
  try {
    if (dataDir !== undefined) await mkdir(dataDir, { recursive: true });
    db = await PGlite.create(dataDir, { parsers: { ...SHARED_TYPE_PARSERS } });
  } catch (error) {
    throw new SqlConnectionError({ target, reason: error instanceof Error ? error.message : String(error) });
  }
  const context = (sql: string) => ({ sql, target, password: undefined });

  const connection = (runner: PgliteRunner): DriverConnection => ({
    async query<T>(sql: string, params: readonly unknown[]): Promise<SqlQueryResult<T>> {
      try {
        return toResult(await runner.query<T>(sql, [...params]));
      } catch (error) {
        throw toStoreError(error, context(sql));
      }
    },
    async exec(sql: string): Promise<void> {
      try {
        await runner.exec(sql);
      } catch (error) {
        throw toStoreError(error, context(sql));
      }
    },
    async copyFrom(table, columns, rows, options: CopyFromOptions): Promise<number> {
      const sql = `COPY ${quoteTableName(table)} (${columns.map(quoteIdentifier).join(', ')}) FROM '/dev/blob' WITH (FORMAT csv)`;
      let loaded = 0;
      const chunks = encodeCsvChunks(
        rows,
        columns.length,
        options.chunkBytes ?? DEFAULT_CHUNK_BYTES,
        options.signal,
      );
      for await (const chunk of chunks) {
        try {
          await runner.query(sql, [], { blob: new Blob([chunk.text]) });
        } catch (error) {
          throw toStoreError(error, context(sql));
        }
        loaded += chunk.rows;
      }
      return loaded;
    },
    async copyFromCsv(table, columns, csv, options: CopyFromCsvOptions): Promise<number> {
      const target = `${quoteTableName(table)} (${columns.map(quoteIdentifier).join(', ')})`;
      let loaded = 0;
      let first = true;
      for await (const chunk of cutCsvAtRecordEnds(
        csv,
        options.chunkBytes ?? DEFAULT_CHUNK_BYTES,
        options.signal,
      )) {
        // Only the first chunk holds the header line.
        const header = first && options.header === true ? ', HEADER true' : '';
        first = false;
        const sql = `COPY ${target} FROM '/dev/blob' WITH (FORMAT csv${header})`;
        try {
          const result = await runner.query(sql, [], { blob: new Blob([chunk]) });
          loaded += result.rowCount ?? result.affectedRows ?? 0;
        } catch (error) {
          throw toStoreError(error, context(sql));
        }
      }
      return loaded;
    },
  });

  const autocommit = connection(db);
  return {
    kind: 'pglite',
    target,
    query: (sql, params) => autocommit.query(sql, params),
    exec: (sql) => autocommit.exec(sql),
    withTransaction: (fn) => db.transaction((tx) => fn(connection(tx))),
    close: () => db.close(),
  };
}

function toResult<T>(results: Results<T>): SqlQueryResult<T> {
  return { rows: results.rows, rowCount: results.rowCount ?? results.affectedRows ?? results.rows.length };
}
