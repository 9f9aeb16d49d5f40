import type { SourceRecord } from '../source/data-source';

function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (typeof value === 'bigint') return value.toString();
  return value;
}

/**
 * Keeps only the items a consumer was granted: the others are removed from the record, not set to
 * null, so that a consumer cannot even learn they exist (Decree 47/2020 Art. 35.2d, 38.2). Values
 * become JSON-safe (dates as ISO 8601, bytes as base64).
 */
export function projectRecord(record: SourceRecord, items: readonly string[]): SourceRecord {
  const projected: SourceRecord = {};
  for (const item of items) {
    if (Object.hasOwn(record, item)) projected[item] = plain(record[item]);
  }
  return projected;
}
