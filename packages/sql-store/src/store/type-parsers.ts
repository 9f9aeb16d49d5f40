/** PostgreSQL type OIDs whose parsing both backends override, so that rows look the same on each. */
export const TYPE_OID = {
  int8: 20,
  numeric: 1700,
  date: 1082,
  timestamp: 1114,
} as const;

function identity(value: string): string {
  return value;
}

/** `timestamp without time zone` read as UTC (both drivers otherwise differ: local time vs UTC). */
function parseTimestampAsUtc(value: string): Date | string {
  if (!/^\d{4}-\d{2}-\d{2}/.test(value)) return value; // 'infinity', '-infinity'
  return new Date(`${value.replace(' ', 'T')}Z`);
}

/**
 * Text parsers applied on both backends: int8 and numeric stay strings (lossless; PGlite would
 * otherwise lose precision past 2^53), date stays `'YYYY-MM-DD'` (no time-zone shift), timestamp is UTC.
 */
export const SHARED_TYPE_PARSERS: Readonly<Record<number, (value: string) => unknown>> = {
  [TYPE_OID.int8]: identity,
  [TYPE_OID.numeric]: identity,
  [TYPE_OID.date]: identity,
  [TYPE_OID.timestamp]: parseTimestampAsUtc,
};
