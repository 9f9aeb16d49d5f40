const SECONDS = /^\s*(\d+(?:\.\d+)?)\s*$/;

/**
 * Reads a `Retry-After` header (RFC 9110 §10.2.3) as a wait in milliseconds: delay-seconds
 * (`120`) or an HTTP date (`Wed, 21 Oct 2026 07:28:00 GMT`, measured from `now`, never negative).
 * Returns undefined when the header is absent or unreadable.
 */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const seconds = SECONDS.exec(value);
  if (seconds?.[1] !== undefined) return Math.round(Number(seconds[1]) * 1000);
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
