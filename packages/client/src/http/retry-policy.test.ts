import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from './retry-after';
import { backoffDelay, DEFAULT_BACKOFF, isRetryableStatus, isSafeMethod, retryDelay } from './retry-policy';

describe('Retry-After', () => {
  it('reads seconds and HTTP dates, and ignores what it cannot read', () => {
    const now = Date.parse('2026-10-21T07:28:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:27:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe('retry policy', () => {
  it('retries only transient statuses, and treats only GET, HEAD and OPTIONS as safe', () => {
    expect([408, 429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 409, 412, 422, 501].some(isRetryableStatus)).toBe(false);
    expect(isSafeMethod('GET') && !isSafeMethod('POST') && !isSafeMethod('PUT')).toBe(true);
  });

  it('keeps every backoff within [0, min(maxDelay, initialDelay × 2^n))', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.double({ min: 0, max: 0.999999, noNaN: true }),
        (n, r) => {
          const delay = backoffDelay(n, DEFAULT_BACKOFF, () => r);
          const cap = Math.min(DEFAULT_BACKOFF.maxDelay, DEFAULT_BACKOFF.initialDelay * 2 ** n);
          expect(delay).toBeGreaterThanOrEqual(0);
          expect(delay).toBeLessThan(Math.max(cap, 1));
        },
      ),
    );
  });

  it('prefers Retry-After, capped at maxRetryAfter', () => {
    expect(retryDelay(0, 2_000, DEFAULT_BACKOFF)).toBe(2_000);
    expect(retryDelay(0, 3_600_000, DEFAULT_BACKOFF)).toBe(DEFAULT_BACKOFF.maxRetryAfter);
  });
});
