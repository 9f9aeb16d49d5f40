import type {
  CopyFromCsvOptions,
  CopyFromOptions,
  CsvByteSource,
  SqlQueryResult,
  SqlStoreKind,
} from './sql-store';

/** What a driver runs on one connection (inside a transaction, or autocommit). */
export interface DriverConnection {
  /** Runs one statement with parameters. */
  query<T>(sql: string, params: readonly unknown[]): Promise<SqlQueryResult<T>>;
  /** Runs a script without parameters. */
  exec(sql: string): Promise<void>;
  /** COPY rows into a table, joining the connection's current transaction. */
  copyFrom(
    table: string,
    columns: readonly string[],
    rows: AsyncIterable<readonly unknown[]> | Iterable<readonly unknown[]>,
    options: CopyFromOptions,
  ): Promise<number>;
  /** COPY CSV bytes into a table, joining the connection's current transaction. */
  copyFromCsv(
    table: string,
    columns: readonly string[],
    csv: CsvByteSource,
    options: CopyFromCsvOptions,
  ): Promise<number>;
}

/** The engine-specific half of a store; `createSqlStore` adds guards, savepoints and the public shape. */
export interface SqlDriver {
  /** Engine. */
  readonly kind: SqlStoreKind;
  /** Target as shown. */
  readonly target: string;
  /** Autocommit statement. */
  query<T>(sql: string, params: readonly unknown[]): Promise<SqlQueryResult<T>>;
  /** Autocommit script. */
  exec(sql: string): Promise<void>;
  /** Runs `fn` on one connection between BEGIN and COMMIT (ROLLBACK when it throws). */
  withTransaction<T>(fn: (connection: DriverConnection) => Promise<T>): Promise<T>;
  /** Releases the engine. */
  close(): Promise<void>;
}
