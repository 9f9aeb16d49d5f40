import type { DataItem } from '@chiase/schema';
import type { SourceRecord } from '../source/data-source';

const DECIMAL = /^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$/;

function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (typeof value === 'bigint') return value.toString();
  return value;
}

/**
 * A value as its data item's declared type, where the source's representation differs: PostgreSQL
 * `bigint` and `numeric` arrive as text and go out as JSON numbers (an integer beyond 2^53 stays text,
 * rather than lose digits); a `date` as `YYYY-MM-DD`. Anything else is passed on as the source gave it.
 */
function asDeclared(value: unknown, item: DataItem | undefined): unknown {
  if (value === null || value === undefined || item === undefined) return plain(value);
  switch (item.type) {
    case 'integer': {
      const n =
        typeof value === 'bigint'
          ? Number(value)
          : typeof value === 'string' && /^-?\d+$/.test(value)
            ? Number(value)
            : undefined;
      return n !== undefined && Number.isSafeInteger(n) ? n : plain(value);
    }
    case 'number':
      return typeof value === 'string' && DECIMAL.test(value) && Number.isFinite(Number(value))
        ? Number(value)
        : plain(value);
    case 'date':
      // PGlite and pg read a DATE column as text already; a Date from another source is its UTC day.
      return value instanceof Date ? value.toISOString().slice(0, 10) : plain(value);
    default:
      return plain(value);
  }
}

/**
 * Keeps only the items a consumer was granted: the others are removed from the record, not set to
 * null, so that a consumer cannot even learn they exist (Decree 47/2020 Art. 35.2d, 38.2). Values are
 * written as the description declares their items (see `asDeclared`) and JSON-safe (date-times as
 * ISO 8601, bytes as base64).
 */
export function projectRecord(
  record: SourceRecord,
  items: readonly string[],
  declared: ReadonlyMap<string, DataItem> = new Map(),
): SourceRecord {
  const projected: SourceRecord = {};
  for (const item of items) {
    if (Object.hasOwn(record, item))
      projected[item] = asDeclared(record[item], declared.get(item)) as SourceRecord[string];
  }
  return projected;
}
