import type { HttpMethod } from './gateway-request';

/** How long the client waits between attempts. */
export interface BackoffSettings {
  /** Upper bound of the first backoff, in milliseconds; doubles with each retry. Default: 500. Env: none. */
  initialDelay?: number;
  /** Largest upper bound of a backoff, in milliseconds. Default: 8 000. Env: none. */
  maxDelay?: number;
  /** Longest `Retry-After` honoured, in milliseconds; longer waits are cut to this. Default: 60 000. Env: none. */
  maxRetryAfter?: number;
}

/** {@link BackoffSettings} with every default applied. */
export type ResolvedBackoff = Required<BackoffSettings>;

/** The defaults of {@link BackoffSettings}. */
export const DEFAULT_BACKOFF: ResolvedBackoff = { initialDelay: 500, maxDelay: 8_000, maxRetryAfter: 60_000 };

// Transient by definition; every other 4xx is final on a government gateway (STYLE.md).
const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);
const SAFE_METHODS: ReadonlySet<HttpMethod> = new Set(['GET', 'HEAD', 'OPTIONS']);

/** True for statuses worth another attempt: 408, 429, 500, 502, 503, 504. */
export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status);
}

/** True for GET, HEAD and OPTIONS, which a retry cannot apply twice. */
export function isSafeMethod(method: HttpMethod): boolean {
  return SAFE_METHODS.has(method);
}

/**
 * Exponential backoff with full jitter (a uniformly random wait between 0 and the cap, the cap
 * doubling per retry up to `maxDelay`), so that many clients failing together do not retry together.
 * `retryIndex` is 0 for the first retry; `random` returns a number in [0, 1).
 */
export function backoffDelay(
  retryIndex: number,
  backoff: ResolvedBackoff,
  random: () => number = Math.random,
): number {
  const cap = Math.min(backoff.maxDelay, backoff.initialDelay * 2 ** retryIndex);
  return Math.floor(random() * cap);
}

/**
 * The wait before a retry: the gateway's `Retry-After` (milliseconds, capped at `maxRetryAfter`)
 * when it sent one, otherwise {@link backoffDelay}.
 */
export function retryDelay(
  retryIndex: number,
  retryAfter: number | undefined,
  backoff: ResolvedBackoff,
  random: () => number = Math.random,
): number {
  if (retryAfter !== undefined) return Math.min(retryAfter, backoff.maxRetryAfter);
  return backoffDelay(retryIndex, backoff, random);
}
