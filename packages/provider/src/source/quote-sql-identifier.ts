/** Quotes one SQL identifier (`maTinh` → `"maTinh"`), so that no name is ever read as SQL. */
export function quoteSqlIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Quotes a possibly schema-qualified table name: `dm.tinh` → `"dm"."tinh"`. */
export function quoteSqlTableName(table: string): string {
  return table.split('.').map(quoteSqlIdentifier).join('.');
}
