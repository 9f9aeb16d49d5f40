/** Formats one record (values by column name) as a clean CSV line, CRLF included. */
export type CsvLineFormatter = (values: Record<string, unknown>) => string;

const NEEDS_QUOTES = /[",\r\n]/;

/** One field as RFC 4180 wants it: quoted when it holds a delimiter, a quote or a line break. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  // Not String(n): V8 keeps the strings it makes from numbers in its number-string cache, so each id
  // of a million-row register survived into the old generation, ~25 MB of garbage per million rows
  // until a full GC (bench/, CHIASE_BENCH_TRACE=1). JSON.stringify writes the same digits for a safe
  // integer without that cache.
  if (typeof value === 'number') return Number.isSafeInteger(value) ? JSON.stringify(value) : String(value);
  const text = typeof value === 'string' ? value : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Compiles a formatter that reads the columns by name and joins them in one expression. A loop with
 * `columns.map(...).join(',')` allocates an array and calls a closure per cell; at millions of rows
 * that was the clean writer's largest cost (bench/, 1M rows). Names are embedded with
 * JSON.stringify, so no column name can inject code.
 */
export function compileCsvLineFormatter(columns: readonly string[]): CsvLineFormatter {
  const cells = columns.map((name) => `f(v[${JSON.stringify(name)}])`);
  const body = `return ${cells.length === 0 ? "''" : cells.join(" + ',' + ")} + '\\r\\n';`;
  return new Function('f', `return (v) => { ${body} };`)(csvField) as CsvLineFormatter;
}
