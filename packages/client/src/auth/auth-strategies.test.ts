import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AuthenticationError } from '../errors/status-errors';
import { AbortedError } from '../errors/transport-errors';
import { createGatewayClient } from '../gateway-client';
import { customTokenEndpoint } from './custom-token-endpoint';
import { staticToken } from './static-token';

const GATEWAY = 'https://lgsp.test';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.useRealTimers();
});
afterAll(() => server.close());

interface TokenLog {
  authorization: string | null;
  form: URLSearchParams;
}

/** A token endpoint issuing `tok-1`, `tok-2`… and an API that accepts only tokens in `valid`. */
function gateway(options: { expiresIn?: number; tokenDelay?: number } = {}) {
  const tokens: TokenLog[] = [];
  const valid = new Set<string>();
  const seen: (string | null)[] = [];
  server.use(
    http.post(`${GATEWAY}/token`, async ({ request }) => {
      tokens.push({
        authorization: request.headers.get('authorization'),
        form: new URLSearchParams(await request.text()),
      });
      if (options.tokenDelay !== undefined) await new Promise((r) => setTimeout(r, options.tokenDelay));
      const token = `tok-${tokens.length}-abcdef`;
      valid.add(token);
      return HttpResponse.json({
        access_token: token,
        token_type: 'Bearer',
        expires_in: options.expiresIn ?? 3600,
      });
    }),
    http.get(`${GATEWAY}/catalog/1.0/services`, ({ request }) => {
      const auth = request.headers.get('authorization');
      seen.push(auth);
      if (auth === null || !valid.has(auth.replace(/^Bearer /, ''))) {
        return HttpResponse.json(
          { type: 'about:blank', title: 'Unauthorized', status: 401 },
          { status: 401 },
        );
      }
      return HttpResponse.json({ items: [], nextCursor: null });
    }),
  );
  return { tokens, valid, seen };
}

const list = { method: 'GET', group: 'services', path: '/services' } as const;

function client(extra: Parameters<typeof createGatewayClient>[0] = {}) {
  return createGatewayClient(
    {
      gatewayUrl: GATEWAY,
      consumerKey: 'consumer-key',
      consumerSecret: 's3cr3t-value',
      logLevel: 'off',
      ...extra,
    },
    { env: false },
  );
}

describe('client credentials', () => {
  it('sends key and secret as HTTP Basic in the reference profile', async () => {
    const g = gateway();
    await client().request(list);
    expect(g.tokens).toHaveLength(1);
    expect(g.tokens[0]?.authorization).toBe(
      `Basic ${Buffer.from('consumer-key:s3cr3t-value').toString('base64')}`,
    );
    expect(g.tokens[0]?.form.get('grant_type')).toBe('client_credentials');
    expect(g.tokens[0]?.form.has('client_secret')).toBe(false);
    expect(g.seen).toEqual(['Bearer tok-1-abcdef']);
  });

  it('sends key and secret as form fields when the profile says so', async () => {
    const g = gateway();
    await client({ profile: 'reference-form' }).request(list);
    expect(g.tokens[0]?.authorization).toBeNull();
    expect(g.tokens[0]?.form.get('client_id')).toBe('consumer-key');
    expect(g.tokens[0]?.form.get('client_secret')).toBe('s3cr3t-value');
  });

  it('makes exactly one token request for 100 concurrent calls', async () => {
    const g = gateway({ tokenDelay: 20 });
    const c = client();
    await Promise.all(Array.from({ length: 100 }, () => c.request(list)));
    expect(g.tokens).toHaveLength(1);
    expect(g.seen).toHaveLength(100);
    expect(new Set(g.seen)).toEqual(new Set(['Bearer tok-1-abcdef']));
  });

  it('reuses a cached token and renews it once the renewal margin is reached', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-02T08:00:00Z'));
    const g = gateway({ expiresIn: 300 });
    const c = client({ auth: undefined });
    await c.request(list);
    vi.setSystemTime(new Date('2026-03-02T08:03:59Z')); // 239 s: still before expiry minus 60 s
    await c.request(list);
    expect(g.tokens).toHaveLength(1);
    vi.setSystemTime(new Date('2026-03-02T08:04:01Z')); // 241 s: inside the margin
    await c.request(list);
    expect(g.tokens).toHaveLength(2);
    expect(g.seen.at(-1)).toBe('Bearer tok-2-abcdef');
  });

  it('gets a new token once when the gateway refuses a stale one, and succeeds', async () => {
    const g = gateway();
    const c = client();
    await c.request(list);
    g.valid.clear(); // the gateway restarted and forgot its tokens
    await expect(c.request(list)).resolves.toEqual({ items: [], nextCursor: null });
    expect(g.tokens).toHaveLength(2);
    expect(g.seen).toEqual(['Bearer tok-1-abcdef', 'Bearer tok-1-abcdef', 'Bearer tok-2-abcdef']);
  });

  it('throws AuthenticationError after one renewal when the new token is refused too', async () => {
    const g = gateway();
    server.use(
      http.get(`${GATEWAY}/catalog/1.0/services`, () =>
        HttpResponse.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, { status: 401 }),
      ),
    );
    const error = await client()
      .request(list)
      .catch((e: unknown) => e);
    expect(AuthenticationError.isInstance(error)).toBe(true);
    expect((error as AuthenticationError).status).toBe(401);
    expect(g.tokens).toHaveLength(2);
  });

  it('reports a refused token request as AuthenticationError naming what to check', async () => {
    server.use(
      http.post(`${GATEWAY}/token`, () =>
        HttpResponse.json(
          { error: 'invalid_client', error_description: 'Client authentication failed.' },
          { status: 401 },
        ),
      ),
    );
    const error = (await client()
      .request(list)
      .catch((e: unknown) => e)) as AuthenticationError;
    expect(AuthenticationError.isInstance(error)).toBe(true);
    expect(error.code).toBe('gateway.token_rejected');
    expect(error.problem?.code).toBe('invalid_client');
    expect(error.message).toContain('CHIASE_CONSUMER_SECRET');
  });
});

describe('custom token endpoint', () => {
  it('reads { token, refreshToken, expiryDate } from a custom Auth header endpoint', async () => {
    const requests: (string | null)[] = [];
    const seen: (string | null)[] = [];
    server.use(
      http.post(`${GATEWAY}/api/auth/token`, ({ request }) => {
        requests.push(request.headers.get('auth'));
        return HttpResponse.json({
          token: `custom-${requests.length}-token`,
          refreshToken: 'refresh-xyz',
          expiryDate: new Date(Date.now() + 3_600_000).toISOString(),
        });
      }),
      http.get(`${GATEWAY}/catalog/1.0/services`, ({ request }) => {
        seen.push(request.headers.get('authorization'));
        return HttpResponse.json({ items: [], nextCursor: null });
      }),
    );
    const c = client({
      auth: customTokenEndpoint({ url: '/api/auth/token', headers: { Auth: 'user:pass-1234' } }),
    });
    await Promise.all([c.request(list), c.request(list), c.request(list)]);
    expect(requests).toEqual(['user:pass-1234']);
    expect(seen).toEqual(['Bearer custom-1-token', 'Bearer custom-1-token', 'Bearer custom-1-token']);
    expect(c.authType).toBe('custom-token-endpoint');
  });
});

describe('static token', () => {
  it('sends the token without a token request, and a 401 is final', async () => {
    const g = gateway();
    g.valid.add('static-token-1');
    const c = client({ auth: staticToken('static-token-1') });
    await c.request(list);
    expect(g.tokens).toHaveLength(0);
    g.valid.clear();
    await expect(c.request(list)).rejects.toSatisfy(AuthenticationError.isInstance);
    expect(g.tokens).toHaveLength(0);
    expect(g.seen).toEqual(['Bearer static-token-1', 'Bearer static-token-1']);
  });
});

describe('aborting while a token is requested', () => {
  it('rejects the aborted caller at once and lets the others share the same token request', async () => {
    const g = gateway({ tokenDelay: 100 });
    const c = client();
    const controller = new AbortController();
    const aborted = c.request(list, { signal: controller.signal }).catch((e: unknown) => e);
    const other = c.request(list);
    setTimeout(() => controller.abort(), 10);
    expect(AbortedError.isInstance(await aborted)).toBe(true);
    await expect(other).resolves.toEqual({ items: [], nextCursor: null });
    expect(g.tokens).toHaveLength(1);
  });
});
