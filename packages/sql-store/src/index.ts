// --- opening a store ---
export { openSqlStore, type SqlStoreOptions } from './store/open-sql-store';
export type { SqlTarget } from './store/sql-target';
export type {
  CopyFromCsvOptions,
  CopyFromOptions,
  CsvByteSource,
  SqlExecutor,
  SqlQueryResult,
  SqlStore,
  SqlStoreKind,
  SqlTransaction,
} from './store/sql-store';
export { redactConnectionUrl } from './store/redact-connection-url';

// --- migrations ---
export { type MigrateOptions, type MigrateResult, type Migration, migrate } from './migrations/migrate';

// --- errors ---
export { SqlStoreError, type SqlStoreErrorOptions } from './errors/sql-store-error';
export { SqlConnectionError, type SqlConnectionErrorOptions } from './errors/sql-connection-error';
export { SqlQueryError, type SqlQueryErrorOptions } from './errors/sql-query-error';
export { SqlUsageError, type SqlUsageErrorCode } from './errors/sql-usage-error';
export { SqlMigrationError, type SqlMigrationProblem } from './errors/sql-migration-error';
