import { SqlUsageError } from '../errors/sql-usage-error';
import type { DriverConnection, SqlDriver } from './sql-driver';
import type {
  CopyFromCsvOptions,
  CopyFromOptions,
  SqlExecutor,
  SqlQueryResult,
  SqlStore,
  SqlTransaction,
} from './sql-store';
import { assertActive, type OpenTransaction, TransactionScope } from './transaction-scope';

/** Wraps a driver as a {@link SqlStore}: closed-store and in-transaction guards, savepoints. */
export function createSqlStore(driver: SqlDriver): SqlStore {
  const scope = new TransactionScope();
  let closed = false;

  const assertUsable = (): void => {
    if (closed) {
      throw new SqlUsageError('sql.store_closed', {
        vi: 'Kho SQL đã đóng (close()); hãy mở lại bằng openSqlStore()',
        en: 'The SQL store is closed (close()); open it again with openSqlStore()',
      });
    }
    scope.assertOutside();
  };

  const store: SqlStore = {
    kind: driver.kind,
    target: driver.target,
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<SqlQueryResult<T>> {
      assertUsable();
      return driver.query<T>(sql, params);
    },
    async exec(sql: string): Promise<void> {
      assertUsable();
      await driver.exec(sql);
    },
    async copyFrom(table, columns, rows, options: CopyFromOptions = {}): Promise<number> {
      assertUsable();
      // One transaction, so that a failure in any chunk (or in the row source) loads nothing.
      return driver.withTransaction((connection) => connection.copyFrom(table, columns, rows, options));
    },
    async copyFromCsv(table, columns, csv, options: CopyFromCsvOptions = {}): Promise<number> {
      assertUsable();
      return driver.withTransaction((connection) => connection.copyFromCsv(table, columns, csv, options));
    },
    async transaction<T>(fn: (tx: SqlTransaction) => Promise<T>): Promise<T> {
      assertUsable();
      return driver.withTransaction(async (connection) => {
        const open: OpenTransaction = { active: true };
        try {
          return await scope.run(open, () => fn(transactionHandle(connection, () => open.active, 0)));
        } finally {
          open.active = false;
        }
      });
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      await driver.close();
    },
  };
  return store;
}

function transactionHandle(
  connection: DriverConnection,
  isActive: () => boolean,
  depth: number,
): SqlTransaction {
  const check = (): void => assertActive({ active: isActive() });
  let savepoints = 0;
  const executor: SqlExecutor = {
    async query<T>(sql: string, params: readonly unknown[] = []) {
      check();
      return connection.query<T>(sql, params);
    },
    async exec(sql) {
      check();
      await connection.exec(sql);
    },
    async copyFrom(table, columns, rows, options = {}) {
      check();
      return connection.copyFrom(table, columns, rows, options);
    },
    async copyFromCsv(table, columns, csv, options = {}) {
      check();
      return connection.copyFromCsv(table, columns, csv, options);
    },
  };
  return {
    ...executor,
    async transaction<T>(fn: (tx: SqlTransaction) => Promise<T>): Promise<T> {
      check();
      const name = `chiase_savepoint_${depth}_${savepoints++}`;
      await connection.exec(`SAVEPOINT ${name}`);
      let inner = true;
      try {
        const result = await fn(transactionHandle(connection, () => inner && isActive(), depth + 1));
        await connection.exec(`RELEASE SAVEPOINT ${name}`);
        return result;
      } catch (error) {
        await connection.exec(`ROLLBACK TO SAVEPOINT ${name}`);
        throw error;
      } finally {
        inner = false;
      }
    },
  };
}
