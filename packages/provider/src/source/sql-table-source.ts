import type { SqlExecutor } from '@chiase/sql-store';
import { ProviderConfigurationError } from '../errors/provider-configuration-error';
import type { DataSource, FieldValue, SourceFilter, SourceRecord } from './data-source';
import { quoteSqlIdentifier, quoteSqlTableName } from './quote-sql-identifier';

/** Settings of {@link sqlTableSource}. */
export interface SqlTableSourceSettings {
  /** The store (PGlite or PostgreSQL) from `openSqlStore` of `@chiase/sql-store`. */
  store: SqlExecutor;
  /**
   * The table or view, optionally schema-qualified (`dm.tinh`). Its columns are named after the data
   * items of the description; create a view to rename columns.
   */
  table: string;
}

function where(filters: readonly SourceFilter[], params: unknown[]): string[] {
  return filters.map((filter) => {
    params.push(filter.value);
    return `${quoteSqlIdentifier(filter.field)} = $${params.length}`;
  });
}

/**
 * A source over one SQL table through `@chiase/sql-store`: keyset paging on the key column, every
 * value a bound parameter and every name a quoted identifier, so no request text becomes SQL.
 * Index the key column and the columns consumers filter on.
 */
export function sqlTableSource(settings: SqlTableSourceSettings): DataSource {
  if (settings.table.trim() === '' || settings.table.includes('\u0000')) {
    throw new ProviderConfigurationError('provider.invalid_table', {
      vi: 'Tên bảng nguồn dữ liệu không hợp lệ (rỗng hoặc có ký tự NUL).',
      en: 'The source table name is invalid (empty or containing NUL).',
    });
  }
  const table = quoteSqlTableName(settings.table);
  const { store } = settings;
  const clause = (conditions: string[]) =>
    conditions.length === 0 ? '' : ` WHERE ${conditions.join(' AND ')}`;
  return {
    async list(query) {
      const params: unknown[] = [];
      const conditions = where(query.filters, params);
      const key = quoteSqlIdentifier(query.key);
      if (query.after !== undefined) {
        params.push(query.after);
        conditions.push(`${key} > $${params.length}`);
      }
      params.push(query.limit);
      const sql = `SELECT * FROM ${table}${clause(conditions)} ORDER BY ${key} LIMIT $${params.length}`;
      return (await store.query<SourceRecord>(sql, params)).rows;
    },
    async get(key: string, value: FieldValue, filters: readonly SourceFilter[]) {
      const params: unknown[] = [value];
      const conditions = [`${quoteSqlIdentifier(key)} = $1`, ...where(filters, params)];
      const sql = `SELECT * FROM ${table}${clause(conditions)} LIMIT 1`;
      return (await store.query<SourceRecord>(sql, params)).rows[0];
    },
    async count(filters: readonly SourceFilter[]) {
      const params: unknown[] = [];
      const sql = `SELECT count(*) AS n FROM ${table}${clause(where(filters, params))}`;
      const row = (await store.query<{ n: string | number }>(sql, params)).rows[0];
      return Number(row?.n ?? 0);
    },
  };
}
