import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { GATEWAY, testClient, useMswServer } from '../test/gateway-server';
import { ConfigurationError } from './errors/configuration-error';
import { ResponseValidationError } from './errors/response-errors';
import { createGatewayClient } from './gateway-client';

const server = useMswServer();

function configError(run: () => unknown): ConfigurationError {
  try {
    run();
  } catch (error) {
    if (ConfigurationError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('configuration', () => {
  it('names every missing environment variable', () => {
    const error = configError(() => createGatewayClient({}, { env: {} }));
    expect(error.names).toEqual(['CHIASE_GATEWAY_URL', 'CHIASE_CONSUMER_KEY', 'CHIASE_CONSUMER_SECRET']);
    expect(error.localized.en).toContain('CHIASE_CONSUMER_SECRET');
    expect(error.localized.vi).toContain('CHIASE_GATEWAY_URL');
  });

  it('names only what is still missing when part comes from the environment', () => {
    const error = configError(() =>
      createGatewayClient({}, { env: { CHIASE_GATEWAY_URL: GATEWAY, CHIASE_CONSUMER_KEY: 'k' } }),
    );
    expect(error.names).toEqual(['CHIASE_CONSUMER_SECRET']);
  });

  it('builds a working client from the environment alone', async () => {
    let form: URLSearchParams | undefined;
    server.use(
      http.post(`${GATEWAY}/token`, async ({ request }) => {
        form = new URLSearchParams(await request.text());
        return HttpResponse.json({ access_token: 'env-token-1', token_type: 'Bearer', expires_in: 3600 });
      }),
      http.get(`${GATEWAY}/health`, () => HttpResponse.json({ status: 'ok', version: '1.0.0', time: 'x' })),
      http.get(`${GATEWAY}/catalog/1.0/services/a`, () => HttpResponse.json({ id: 'a' })),
    );
    const client = createGatewayClient(
      {},
      {
        env: {
          CHIASE_GATEWAY_URL: `${GATEWAY}/`,
          CHIASE_CONSUMER_KEY: 'key',
          CHIASE_CONSUMER_SECRET: 'secret-123',
          CHIASE_PROFILE: 'reference-form',
          CHIASE_LOG_LEVEL: 'off',
        },
      },
    );
    expect(client.gatewayUrl).toBe(GATEWAY);
    expect(client.profile.name).toBe('reference-form');
    await client.services.get('a');
    expect(form?.get('client_secret')).toBe('secret-123');
  });

  it('settings in code win over the environment', () => {
    const client = createGatewayClient(
      { gatewayUrl: 'https://code.test', consumerKey: 'k', consumerSecret: 's' },
      { env: { CHIASE_GATEWAY_URL: 'https://env.test' } },
    );
    expect(client.gatewayUrl).toBe('https://code.test');
  });

  it('refuses an unknown profile, log level or a URL that is not http(s)', () => {
    expect(configError(() => createGatewayClient({}, { env: { CHIASE_PROFILE: 'hanoi' } })).names).toEqual([
      'CHIASE_PROFILE',
    ]);
    expect(configError(() => createGatewayClient({}, { env: { CHIASE_LOG_LEVEL: 'loud' } })).names).toEqual([
      'CHIASE_LOG_LEVEL',
    ]);
    expect(
      configError(() =>
        createGatewayClient({ gatewayUrl: 'ftp://x', consumerKey: 'k', consumerSecret: 's' }, { env: false }),
      ).code,
    ).toBe('client.invalid_gateway_url');
  });

  it('sends a profile’s base paths, extra headers and user agent', async () => {
    let seen: Headers | undefined;
    server.use(
      http.get(`${GATEWAY}/lgsp/catalog/v2/services/a`, ({ request }) => {
        seen = request.headers;
        return HttpResponse.json({ id: 'a' });
      }),
    );
    const client = testClient({
      profile: {
        basePaths: { services: '/lgsp/catalog/v2/' },
        headers: { 'X-Tenant': 'phu-yen' },
        userAgent: 'vendor/1',
      },
    });
    await client.services.get('a');
    expect(seen?.get('x-tenant')).toBe('phu-yen');
    expect(seen?.get('user-agent')).toBe('vendor/1');
  });

  it('warns when credentials would travel over plain HTTP to another machine', () => {
    const warnings: string[] = [];
    const logger = { error() {}, warn: (m: string) => void warnings.push(m), info() {}, debug() {} };
    const settings = { consumerKey: 'k', consumerSecret: 's', logger };
    createGatewayClient({ ...settings, gatewayUrl: 'http://127.0.0.1:4010' }, { env: false });
    expect(warnings).toEqual([]);
    createGatewayClient({ ...settings, gatewayUrl: 'http://lgsp.example.gov.vn' }, { env: false });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('plain HTTP');
  });

  it('sends a default user agent with the client version', async () => {
    let agent: string | null = null;
    server.use(
      http.get(`${GATEWAY}/health`, ({ request }) => {
        agent = request.headers.get('user-agent');
        return HttpResponse.json({ status: 'ok', version: '1.0.0', time: 'x' });
      }),
    );
    await testClient().health();
    expect(agent).toMatch(/^chiase-client\/\d+\.\d+\.\d+ node\/\d+/);
  });
});

describe('hooks and strict mode', () => {
  it('lets beforeRequest add headers without ever showing it the credentials', async () => {
    const hookHeaders: Record<string, string>[] = [];
    let received: Headers | undefined;
    server.use(
      http.get(`${GATEWAY}/health`, ({ request }) => {
        received = request.headers;
        return HttpResponse.json({ status: 'ok', version: '1.0.0', time: 'x' });
      }),
      http.get(`${GATEWAY}/catalog/1.0/services/a`, ({ request }) => {
        received = request.headers;
        return HttpResponse.json({ id: 'a' });
      }),
    );
    const statuses: number[] = [];
    const client = testClient({
      hooks: {
        beforeRequest: (ctx) => {
          hookHeaders.push({ ...ctx.headers });
          ctx.headers['X-Trace'] = 'trace-1';
        },
        afterResponse: (ctx) => void statuses.push(ctx.status),
      },
    });
    await client.services.get('a');
    expect(received?.get('x-trace')).toBe('trace-1');
    expect(received?.get('authorization')).toBe('Bearer test-token-1');
    expect(JSON.stringify(hookHeaders)).not.toContain('test-token-1');
    expect(statuses).toEqual([200]);
  });

  it('in strict mode throws ResponseValidationError naming the JSON path, and passes conforming answers', async () => {
    server.use(
      http.get(`${GATEWAY}/health`, () =>
        HttpResponse.json({ status: 'broken', version: '1.0.0', time: 'x' }),
      ),
    );
    const schemas: string[] = [];
    const client = testClient({
      strict: (name, body) => {
        schemas.push(name);
        const status = (body as { status?: unknown }).status;
        return status === 'ok' || status === 'degraded'
          ? []
          : [
              {
                path: '$.status',
                segments: ['status'],
                code: 'invalid_value',
                message: { vi: 'sai', en: 'invalid' },
              },
            ];
      },
    });
    const error = (await client.health().catch((e: unknown) => e)) as ResponseValidationError;
    expect(ResponseValidationError.isInstance(error)).toBe(true);
    expect(error.issues[0]?.path).toBe('$.status');
    expect(error.message).toContain('Health');
    expect(schemas).toEqual(['Health']);
    server.use(
      http.get(`${GATEWAY}/health`, () => HttpResponse.json({ status: 'ok', version: '1.0.0', time: 'x' })),
    );
    await expect(client.health()).resolves.toMatchObject({ status: 'ok' });
  });

  it('with strict: true checks the artefacts inside entries with @chiase/schema', async () => {
    server.use(
      http.get(`${GATEWAY}/catalog/1.0/services`, () =>
        HttpResponse.json({
          items: [
            {
              id: 'svc-1',
              etag: '"1"',
              registeredAt: '2026-03-02T08:00:00+07:00',
              updatedAt: '2026-03-02T08:00:00+07:00',
              service: { id: 'svc-1', name: { vi: 'Dịch vụ' } },
            },
          ],
          nextCursor: null,
        }),
      ),
    );
    const error = (await testClient({ strict: true })
      .services.list()
      .catch((e: unknown) => e)) as ResponseValidationError;
    expect(ResponseValidationError.isInstance(error)).toBe(true);
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) expect(issue.path).toMatch(/^\$\.items\[0\]\.service\./);
    // Without strict mode the same answer is returned as is.
    await expect(testClient().services.list()).resolves.toMatchObject({ nextCursor: null });
  });
});
