import type { Clock } from './clock';

/** A clock that only moves when told to; see {@link createManualClock}. */
export interface ManualClock extends Clock {
  /** Moves the clock forward by `ms` milliseconds. */
  advance(ms: number): void;
  /** Sets the clock to an instant (a Date, epoch milliseconds or an ISO 8601 string). */
  set(time: Date | number | string): void;
}

function toEpoch(time: Date | number | string): number {
  const value = time instanceof Date ? time.getTime() : typeof time === 'number' ? time : Date.parse(time);
  if (!Number.isFinite(value)) throw new RangeError(`Not a valid instant: ${String(time)}`);
  return value;
}

/**
 * A fake clock for tests. `sleep(ms)` advances the clock by `ms` and resolves at once, so added
 * latency shows up in timestamps without slowing the test down.
 *
 * @param start the initial instant; default `2026-01-01T00:00:00Z`.
 */
export function createManualClock(start: Date | number | string = '2026-01-01T00:00:00Z'): ManualClock {
  let current = toEpoch(start);
  return {
    now: () => current,
    advance: (ms) => {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`Cannot advance a clock by ${ms} ms`);
      current += ms;
    },
    set: (time) => {
      current = toEpoch(time);
    },
    sleep: async (ms, signal) => {
      if (signal?.aborted)
        throw signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
      if (ms > 0) current += ms;
    },
  };
}
