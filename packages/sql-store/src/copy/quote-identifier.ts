import { SqlUsageError } from '../errors/sql-usage-error';

/** Quotes one SQL identifier (`my table` → `"my table"`). */
export function quoteIdentifier(name: string): string {
  if (name === '' || name.includes('\u0000')) {
    throw new SqlUsageError('sql.invalid_identifier', {
      vi: 'Tên bảng hoặc cột không hợp lệ (rỗng hoặc có ký tự NUL)',
      en: 'Invalid table or column name (empty or containing NUL)',
    });
  }
  return `"${name.replace(/"/g, '""')}"`;
}

/** Quotes a possibly schema-qualified table name: `app.rows` → `"app"."rows"`. */
export function quoteTableName(table: string): string {
  return table.split('.').map(quoteIdentifier).join('.');
}
