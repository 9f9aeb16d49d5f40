const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
// Vietnam has used UTC+7 without daylight saving since 1975.
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** True when `value` is a real calendar date written `YYYY-MM-DD` (no time, no zone). */
export function isCalendarDate(value: string): boolean {
  const match = PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Returns `value` when it is a `YYYY-MM-DD` calendar date, or today's date in Vietnam when it is
 * undefined. A malformed date is a programming error (the caller's option), so it throws.
 */
export function resolveCalendarDate(value: string | undefined, option: string): string {
  if (value === undefined) return new Date(Date.now() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
  if (!isCalendarDate(value)) throw new RangeError(`${option} must be a calendar date written YYYY-MM-DD`);
  return value;
}

/** Writes a `YYYY-MM-DD` date the Vietnamese way, `dd/mm/yyyy`. */
export function toVietnameseDate(value: string): string {
  return `${value.slice(8, 10)}/${value.slice(5, 7)}/${value.slice(0, 4)}`;
}
