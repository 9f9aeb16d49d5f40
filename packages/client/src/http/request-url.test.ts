import { describe, expect, it } from 'vitest';
import { GATEWAY, testClient, useMswServer } from '../../test/gateway-server';
import { requestUrl, segment } from './request-url';

useMswServer();

describe('segment', () => {
  it('keeps an id one path segment, whatever it contains', () => {
    expect(segment('H12.01/CSDL GD')).toBe('H12.01%2FCSDL%20GD');
    expect(segment(42)).toBe('42');
    expect(requestUrl(GATEWAY, '/catalog/1.0', `/services/${segment('a b')}`, { q: 'x', n: undefined })).toBe(
      `${GATEWAY}/catalog/1.0/services/a%20b?q=x`,
    );
  });

  it('refuses an entry passed where its id belongs, before anything is sent', () => {
    const entry = { id: 'H12.01-CSDL', name: { vi: 'CSDL' } };
    // A programming mistake TypeScript already flags: thrown at once, like any TypeError.
    expect(() => testClient().databases.put(entry as never, entry as never)).toThrow(
      /got an object; pass the entry's id, e\.g\. put\(entry\.id, entry\)/,
    );
    expect(() => segment('')).toThrow(TypeError);
    expect(() => segment(Number.NaN)).toThrow(TypeError);
  });
});
