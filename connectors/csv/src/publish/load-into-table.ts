import { createReadStream } from 'node:fs';
import type { SqlStore } from '@chiase/sql-store';
import type { DatasetColumn, DatasetSchema } from '../schema/dataset-schema';

/** Where {@link loadIntoTable} puts the rows: a store (PGlite or PostgreSQL) and a table name. */
export interface TableTarget {
  /** An open store (`openSqlStore` of `@chiase/sql-store`). */
  readonly store: SqlStore;
  /** The table; created when missing, its rows replaced on every load. */
  readonly table: string;
}

/** A double-quoted SQL identifier. */
function identifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** The SQL type a dataset column's values are loaded as. */
function sqlType(column: DatasetColumn): string {
  switch (column.type) {
    case 'integer':
      return 'bigint';
    case 'decimal':
      return 'numeric';
    case 'date':
      return 'date';
    case 'boolean':
      return 'boolean';
    default:
      return 'text';
  }
}

/**
 * Loads a clean distribution file (written by `CleanCsvWriter`, header first) into a table, replacing
 * what it held, in one transaction: a reader sees the old rows or the new ones, never a mix. The table
 * is created from the dataset schema when missing (required columns NOT NULL). Returns the rows loaded.
 */
export async function loadIntoTable(
  target: TableTarget,
  schema: DatasetSchema,
  cleanCsv: string,
): Promise<number> {
  const table = target.table
    .split('.')
    .map((part) => identifier(part))
    .join('.');
  const columns = schema.columns.map((c) => c.name);
  const definitions = schema.columns
    .map((c) => `${identifier(c.name)} ${sqlType(c)}${c.required ? ' NOT NULL' : ''}`)
    .join(', ');
  return target.store.transaction(async (tx) => {
    await tx.exec(`CREATE TABLE IF NOT EXISTS ${table} (${definitions})`);
    await tx.exec(`DELETE FROM ${table}`);
    return tx.copyFromCsv(target.table, columns, createReadStream(cleanCsv), { header: true });
  });
}
