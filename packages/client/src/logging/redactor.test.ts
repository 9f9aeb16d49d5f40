import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REDACTED, Redactor } from './redactor';

describe('Redactor', () => {
  it('removes a registered secret wherever it occurs, also URL-encoded', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 4, maxLength: 40 }),
        fc.string(),
        fc.string(),
        (secret, before, after) => {
          const redactor = new Redactor();
          redactor.pin(secret);
          for (const form of [secret, encodeURIComponent(secret)]) {
            expect(redactor.text(`${before}${form}${after}`)).not.toContain(secret);
          }
        },
      ),
    );
  });

  it('redacts credentials by name in headers and nested values, and Bearer/Basic credentials in text', () => {
    const redactor = new Redactor();
    expect(redactor.headers({ Authorization: 'Bearer abc', 'X-Trace': 'ok' })).toEqual({
      Authorization: REDACTED,
      'X-Trace': 'ok',
    });
    expect(redactor.value({ a: { client_secret: 'x', refreshToken: 'y', name: 'z' } })).toEqual({
      a: { client_secret: REDACTED, refreshToken: REDACTED, name: 'z' },
    });
    expect(redactor.text('sent Bearer eyJ.abc.def and Basic a2V5OnNlY3JldA==')).toBe(
      `sent Bearer ${REDACTED} and Basic ${REDACTED}`,
    );
    expect(redactor.text('grant_type=client_credentials&client_secret=s3cr3t&x=1')).toBe(
      `grant_type=client_credentials&client_secret=${REDACTED}&x=1`,
    );
  });

  it('drops cookies and credentials from response headers kept on errors', () => {
    const redactor = new Redactor();
    expect(redactor.responseHeaders({ 'set-cookie': 'a=b', 'x-request-id': 'r1' })).toEqual({
      'x-request-id': 'r1',
    });
  });

  it('forgets the oldest issued tokens but never a pinned secret', () => {
    const redactor = new Redactor();
    redactor.pin('pinned-secret');
    for (let i = 0; i < 100; i += 1) redactor.remember(`issued-token-${i}`);
    expect(redactor.text('issued-token-99 pinned-secret')).toBe(`${REDACTED} ${REDACTED}`);
  });
});
