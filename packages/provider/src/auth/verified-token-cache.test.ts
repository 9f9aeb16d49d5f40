import { describe, expect, it } from 'vitest';
import type { Consumer } from './consumer';
import { VerifiedTokenCache } from './verified-token-cache';

const NOW = Date.UTC(2026, 11, 7, 3, 0, 0);
const consumer = (id: string, exp = NOW / 1000 + 3600): Consumer => ({ id, method: 'jwt', claims: { exp } });

describe('VerifiedTokenCache', () => {
  it('trusts a verified token for maxAgeSeconds at most, even when the token lives longer', () => {
    const cache = new VerifiedTokenCache({ maxAgeSeconds: 60 });
    cache.set('t1', consumer('G01.003'), NOW, 0);
    expect(cache.get('t1', NOW + 59_000)?.id).toBe('G01.003');
    expect(cache.get('t1', NOW + 60_000)).toBeUndefined();
    expect(cache.get('t1', NOW + 1_000)).toBeUndefined();
  });

  it('stops at the token expiry plus the clock tolerance', () => {
    const cache = new VerifiedTokenCache();
    cache.set('t1', consumer('G01.003', NOW / 1000 + 10), NOW, 5_000);
    expect(cache.get('t1', NOW + 14_999)?.id).toBe('G01.003');
    expect(cache.get('t1', NOW + 15_000)).toBeUndefined();
  });

  it('keeps no token without an expiry, and nothing at all when turned off', () => {
    const cache = new VerifiedTokenCache();
    cache.set('t1', { id: 'G01.003', method: 'jwt', claims: {} }, NOW, 0);
    expect(cache.get('t1', NOW)).toBeUndefined();
    const off = new VerifiedTokenCache({ maxEntries: 0 });
    off.set('t2', consumer('G01.003'), NOW, 0);
    expect(off.get('t2', NOW)).toBeUndefined();
  });

  it('forgets the least recently used token first when full', () => {
    const cache = new VerifiedTokenCache({ maxEntries: 2 });
    cache.set('a', consumer('A01'), NOW, 0);
    cache.set('b', consumer('B01'), NOW, 0);
    expect(cache.get('a', NOW)?.id).toBe('A01');
    cache.set('c', consumer('C01'), NOW, 0);
    expect(cache.get('b', NOW)).toBeUndefined();
    expect(cache.get('a', NOW)?.id).toBe('A01');
    expect(cache.get('c', NOW)?.id).toBe('C01');
  });

  it('refuses settings that cannot work', () => {
    expect(() => new VerifiedTokenCache({ maxEntries: -1 })).toThrow(RangeError);
    expect(() => new VerifiedTokenCache({ maxAgeSeconds: Number.NaN })).toThrow(RangeError);
  });
});
