import type { Quota } from './access-grant';

const MINUTE = 60_000;
const DAY = 86_400_000;
// Days are Vietnamese calendar days: they start at 00:00 UTC+7.
const VIETNAM_OFFSET = 7 * 3_600_000;

/** The outcome of taking one request from a quota. */
export type QuotaDecision =
  | { allowed: true }
  | {
      allowed: false;
      /** The window that is used up. */
      window: 'minute' | 'day';
      /** The limit of that window. */
      limit: number;
      /** Whole seconds until the window ends (the `Retry-After` value). */
      retryAfterSeconds: number;
    };

/** Counts requests per consumer and service against their quota. */
export interface QuotaCounter {
  /** Counts one request under `key` at `now` if the quota allows it. */
  take(key: string, quota: Quota, now: Date): QuotaDecision;
}

interface Window {
  start: number;
  count: number;
}

function windowStart(time: number, size: number, offset: number): number {
  return Math.floor((time + offset) / size) * size - offset;
}

/**
 * Fixed-window counters in memory: one process. Behind a load balancer with several provider
 * processes, each counts its own share; give each process its share of the limit, or plug a shared
 * counter implementing {@link QuotaCounter}.
 */
export function createMemoryQuotaCounter(): QuotaCounter {
  const windows = new Map<string, { minute: Window; day: Window }>();
  return {
    take(key, quota, now) {
      const time = now.getTime();
      const minuteStart = windowStart(time, MINUTE, 0);
      const dayStart = windowStart(time, DAY, VIETNAM_OFFSET);
      let entry = windows.get(key);
      if (entry === undefined) {
        entry = { minute: { start: minuteStart, count: 0 }, day: { start: dayStart, count: 0 } };
        windows.set(key, entry);
      }
      if (entry.minute.start !== minuteStart) entry.minute = { start: minuteStart, count: 0 };
      if (entry.day.start !== dayStart) entry.day = { start: dayStart, count: 0 };
      const seconds = (end: number) => Math.max(1, Math.ceil((end - time) / 1000));
      if (quota.perDay !== undefined && entry.day.count >= quota.perDay) {
        return {
          allowed: false,
          window: 'day',
          limit: quota.perDay,
          retryAfterSeconds: seconds(dayStart + DAY),
        };
      }
      if (quota.perMinute !== undefined && entry.minute.count >= quota.perMinute) {
        return {
          allowed: false,
          window: 'minute',
          limit: quota.perMinute,
          retryAfterSeconds: seconds(minuteStart + MINUTE),
        };
      }
      entry.minute.count += 1;
      entry.day.count += 1;
      return { allowed: true };
    },
  };
}
