/**
 * Result of {@link SqlExecutor.query}. Column values follow one mapping on both backends:
 * `int8` and `numeric` as strings (lossless), `date` as `'YYYY-MM-DD'` strings, `timestamptz` and
 * `timestamp` (read as UTC) as `Date`, `json`/`jsonb` parsed, `bytea` as `Uint8Array`.
 */
export interface SqlQueryResult<T> {
  /** The rows returned (empty for statements that return none). */
  rows: T[];
  /** Rows returned by a SELECT, or changed by an INSERT, UPDATE or DELETE. */
  rowCount: number;
}

/** Options of {@link SqlExecutor.copyFrom}. */
export interface CopyFromOptions {
  /**
   * Bytes of CSV sent per chunk. Default 16 MiB (PGlite copies each chunk into its memory whole,
   * BASELINES.md §5b); PostgreSQL streams in 64 KiB writes whatever this says.
   */
  chunkBytes?: number;
  /** Stops the load between chunks; the load is then rolled back. */
  signal?: AbortSignal;
}

/** Options of {@link SqlExecutor.copyFromCsv}. */
export interface CopyFromCsvOptions extends CopyFromOptions {
  /** The first line is a header to skip. Default false. */
  header?: boolean;
}

/** CSV text or bytes (UTF-8), in pieces cut anywhere. */
export type CsvByteSource = AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

/** What runs SQL: the store itself, or a transaction handle. */
export interface SqlExecutor {
  /**
   * Runs one statement with `$1…$n` parameters and returns its rows. Pass JSON arrays as
   * `JSON.stringify(value)`: the `pg` driver turns JS arrays into PostgreSQL arrays.
   */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<SqlQueryResult<T>>;
  /** Runs one or more statements without parameters (DDL, scripts). */
  exec(sql: string): Promise<void>;
  /**
   * Bulk-loads rows with COPY … FROM in CSV format (pg: COPY FROM STDIN through pg-copy-streams;
   * PGlite: COPY FROM '/dev/blob' in chunks). All or nothing: on the store it runs in its own
   * transaction; inside a transaction it joins it. `null`/`undefined` load as NULL, `''` as an empty
   * string, `Date` as ISO 8601, objects as JSON, `Uint8Array` as bytea. Returns the rows loaded.
   */
  copyFrom(
    table: string,
    columns: readonly string[],
    rows: AsyncIterable<readonly unknown[]> | Iterable<readonly unknown[]>,
    options?: CopyFromOptions,
  ): Promise<number>;
  /**
   * Bulk-loads CSV that is already written (comma-delimited, `"`-quoted, UTF-8, empty unquoted field
   * = NULL), e.g. a clean distribution file streamed from disk: the fastest path, since no value is
   * encoded in JS (BASELINES.md §5: ≈165k rows/s on PGlite on disk, ≈276k on PostgreSQL). On PGlite
   * the bytes are cut at record ends into `chunkBytes` chunks. All or nothing, like `copyFrom`.
   * Returns the rows loaded.
   */
  copyFromCsv(
    table: string,
    columns: readonly string[],
    csv: CsvByteSource,
    options?: CopyFromCsvOptions,
  ): Promise<number>;
}

/**
 * A transaction handle, valid only inside the callback it is given to. `transaction()` on it opens a
 * SAVEPOINT: an error inside rolls back to the savepoint only, and rethrows.
 */
export interface SqlTransaction extends SqlExecutor {
  /** Runs `fn` inside a savepoint of this transaction. */
  transaction<T>(fn: (tx: SqlTransaction) => Promise<T>): Promise<T>;
}

/** Which engine a store runs on. */
export type SqlStoreKind = 'pglite' | 'postgres';

/**
 * One SQL interface (PostgreSQL dialect) over embedded PGlite and a PostgreSQL server.
 *
 * Transactions: `store.transaction(fn)` runs `fn` in BEGIN…COMMIT (ROLLBACK and rethrow on error).
 * Inside `fn`, use the handle `tx` only: calling the store itself there throws a `SqlUsageError`
 * (`sql.outside_transaction`), because on PGlite (one connection) it would wait for the transaction
 * forever and on PostgreSQL it would silently run outside it. Nest with `tx.transaction()` (a SAVEPOINT).
 */
export interface SqlStore extends SqlExecutor {
  /** The engine: embedded PGlite or a PostgreSQL server. */
  readonly kind: SqlStoreKind;
  /** The target as it may be shown: URL with the password masked, data directory, or `memory://`. */
  readonly target: string;
  /** Runs `fn` in a transaction: COMMIT when it resolves, ROLLBACK and rethrow when it throws. */
  transaction<T>(fn: (tx: SqlTransaction) => Promise<T>): Promise<T>;
  /** Closes the store (the pool, or PGlite after flushing to disk). Idempotent. */
  close(): Promise<void>;
}
