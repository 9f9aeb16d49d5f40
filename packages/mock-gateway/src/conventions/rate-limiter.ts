import type { Clock } from '../clock/clock';

/** A per-consumer request budget over a fixed window. */
export interface RateLimitSettings {
  /** Requests allowed per window. */
  readonly limit: number;
  /** Window length in seconds. */
  readonly windowSeconds: number;
}

/** Outcome of {@link RateLimiter.take}. */
export type RateLimitDecision =
  | { readonly allowed: true; readonly remaining: number }
  | { readonly allowed: false; readonly retryAfterSeconds: number };

/**
 * Fixed-window rate limiting per consumer: the window starts at a consumer's first request, and
 * once `limit` requests have been taken the rest of the window is refused with the seconds left.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly clock: Clock) {}

  /** Takes one request from `consumer`'s budget. */
  take(consumer: string, settings: RateLimitSettings): RateLimitDecision {
    const now = this.clock.now();
    const windowMs = settings.windowSeconds * 1000;
    let window = this.windows.get(consumer);
    if (window === undefined || now >= window.start + windowMs) {
      window = { start: now, count: 0 };
      this.windows.set(consumer, window);
    }
    if (window.count >= settings.limit) {
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((window.start + windowMs - now) / 1000)),
      };
    }
    window.count++;
    return { allowed: true, remaining: settings.limit - window.count };
  }

  /** Forgets every window. */
  reset(): void {
    this.windows.clear();
  }
}
