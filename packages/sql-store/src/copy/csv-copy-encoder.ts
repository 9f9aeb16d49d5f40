/**
 * One value as a field of PostgreSQL's COPY CSV format: NULL is an unquoted empty field, every
 * string is quoted (so `''` stays an empty string), dates are ISO 8601, bytes are `\x…` hex, and
 * other objects are JSON.
 */
export function encodeCsvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array)
    return `\\x${Buffer.from(value.buffer, value.byteOffset, value.length).toString('hex')}`;
  return quote(JSON.stringify(value));
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** One row as a CSV line ending in `\n`. */
export function encodeCsvLine(row: readonly unknown[]): string {
  let line = '';
  for (let i = 0; i < row.length; i++) {
    if (i > 0) line += ',';
    line += encodeCsvField(row[i]);
  }
  return `${line}\n`;
}

/** A chunk of CSV text and the number of rows in it. */
export interface CsvChunk {
  /** Whole lines only: a chunk never ends inside a row. */
  text: string;
  /** Rows in the chunk. */
  rows: number;
}

/**
 * Groups rows into CSV chunks of about `chunkBytes` (UTF-16 length as a cheap stand-in for bytes),
 * always cut at line ends. Checks the column count of every row and the signal between chunks.
 */
export async function* encodeCsvChunks(
  rows: AsyncIterable<readonly unknown[]> | Iterable<readonly unknown[]>,
  columnCount: number,
  chunkBytes: number,
  signal: AbortSignal | undefined,
): AsyncGenerator<CsvChunk> {
  let parts: string[] = [];
  let size = 0;
  let count = 0;
  for await (const row of rows) {
    if (row.length !== columnCount) {
      throw new RangeError(`copyFrom: a row has ${row.length} values, expected ${columnCount}`);
    }
    const line = encodeCsvLine(row);
    parts.push(line);
    size += line.length;
    count++;
    if (size >= chunkBytes) {
      signal?.throwIfAborted();
      yield { text: parts.join(''), rows: count };
      parts = [];
      size = 0;
      count = 0;
    }
  }
  signal?.throwIfAborted();
  if (count > 0) yield { text: parts.join(''), rows: count };
}
