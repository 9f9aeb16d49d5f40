import { inspect } from 'node:util';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGatewayClient } from '../gateway-client';
import type { GatewayLogger } from '../logging/gateway-logger';
import { GatewayError } from './gateway-error';
import {
  AuthenticationError,
  ConflictError,
  PermissionDeniedError,
  PreconditionFailedError,
  UnprocessableError,
} from './status-errors';

const GATEWAY = 'https://lgsp.test';
const SECRET = 'consumer-secret-9f8e7d';
const KEY = 'consumer-key-1';
const BASIC = Buffer.from(`${KEY}:${SECRET}`).toString('base64');
const TOKEN = 'eyJhbGciOi.issued-access-token.sig';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function capture(): { logger: GatewayLogger; lines: string[] } {
  const lines: string[] = [];
  const write = (message: string, fields?: unknown) =>
    lines.push(`${message} ${JSON.stringify(fields ?? {})}`);
  return { lines, logger: { error: write, warn: write, info: write, debug: write } };
}

function client(logger: GatewayLogger) {
  return createGatewayClient(
    {
      gatewayUrl: GATEWAY,
      consumerKey: KEY,
      consumerSecret: SECRET,
      logger,
      logLevel: 'debug',
      maxRetries: 1,
      backoff: { initialDelay: 1 },
    },
    { env: false },
  );
}

function tokenEndpoint() {
  return http.post(`${GATEWAY}/token`, () =>
    HttpResponse.json({ access_token: TOKEN, token_type: 'Bearer', expires_in: 3600 }),
  );
}

/** Everything a user could print or ship about an error. */
function everyRendering(error: unknown): string {
  const e = error as Error;
  return [e.message, e.stack, JSON.stringify(e), inspect(e, { depth: 10 }), String(e)].join('\n');
}

function expectNoSecret(text: string): void {
  expect(text).not.toContain(SECRET);
  expect(text).not.toContain(BASIC);
  expect(text).not.toContain(TOKEN);
  expect(text).not.toContain(encodeURIComponent(SECRET));
}

describe('secrets never leak', () => {
  it('keeps the secret, the Basic credentials and the token out of errors and logs when the gateway echoes them', async () => {
    const { logger, lines } = capture();
    server.use(
      tokenEndpoint(),
      http.get(`${GATEWAY}/catalog/1.0/services`, ({ request }) =>
        HttpResponse.json(
          {
            type: 'about:blank',
            title: 'Internal error',
            status: 500,
            detail: `upstream said: ${request.headers.get('authorization')} secret=${SECRET}`,
            echoedHeaders: { authorization: request.headers.get('authorization') },
            debug: `client_secret=${SECRET}&token=${TOKEN}`,
          },
          { status: 500, headers: { 'Set-Cookie': `session=${TOKEN}`, 'X-Request-Id': 'req-1' } },
        ),
      ),
    );
    const error = await client(logger)
      .request({ method: 'GET', group: 'services', path: '/services' })
      .catch((e: unknown) => e);
    expect(GatewayError.isInstance(error)).toBe(true);
    expect((error as GatewayError).status).toBe(500);
    expectNoSecret(everyRendering(error));
    expect(lines.length).toBeGreaterThan(2);
    expectNoSecret(lines.join('\n'));
    // The log does show what was sent, minus the credential.
    expect(lines.join('\n')).toContain('[REDACTED]');
  });

  it('keeps the secret out of a refused token request (form placement)', async () => {
    const { logger, lines } = capture();
    server.use(
      http.post(`${GATEWAY}/token`, async ({ request }) =>
        HttpResponse.json(
          { error: 'invalid_client', error_description: `bad client: ${await request.text()}` },
          { status: 401 },
        ),
      ),
    );
    const c = createGatewayClient(
      {
        gatewayUrl: GATEWAY,
        consumerKey: KEY,
        consumerSecret: SECRET,
        profile: 'reference-form',
        logger,
        logLevel: 'debug',
      },
      { env: false },
    );
    const error = await c
      .request({ method: 'GET', group: 'services', path: '/services' })
      .catch((e: unknown) => e);
    expect(AuthenticationError.isInstance(error)).toBe(true);
    expectNoSecret(everyRendering(error));
    expectNoSecret(lines.join('\n'));
  });
});

describe('errors by cause', () => {
  const cases = [
    [403, PermissionDeniedError],
    [409, ConflictError],
    [412, PreconditionFailedError],
  ] as const;
  for (const [status, type] of cases) {
    it(`throws ${type.name} for ${status} with the problem document`, async () => {
      server.use(
        tokenEndpoint(),
        http.put(`${GATEWAY}/catalog/1.0/services/svc-1`, () =>
          HttpResponse.json(
            {
              type: 'about:blank',
              title: 'No',
              status,
              code: 'etag_mismatch',
              detail: 'Changed since read.',
            },
            { status, headers: { 'Content-Type': 'application/problem+json', 'X-Request-Id': 'req-9' } },
          ),
        ),
      );
      const error = (await client(capture().logger)
        .request({ method: 'PUT', group: 'services', path: '/services/svc-1', json: {} })
        .catch((e: unknown) => e)) as GatewayError;
      expect(type.isInstance(error)).toBe(true);
      expect(error.status).toBe(status);
      expect(error.requestId).toBe('req-9');
      expect(error.problem?.code).toBe('etag_mismatch');
      expect(error.path).toBe('/catalog/1.0/services/svc-1');
      expect(error.localized.vi).toContain('req-9');
      expect(error.toJSON()).toMatchObject({ status, requestId: 'req-9', name: type.name });
    });
  }

  it('throws UnprocessableError carrying the field errors of the problem document', async () => {
    server.use(
      tokenEndpoint(),
      http.put(`${GATEWAY}/catalog/1.0/services/svc-1`, () =>
        HttpResponse.json(
          {
            type: 'about:blank',
            title: 'Unprocessable Content',
            status: 422,
            code: 'validation_failed',
            errors: [
              {
                pointer: '/provider/agencyId',
                path: '$.provider.agencyId',
                code: 'agency_id.format',
                detail: 'Agency identifier "h12" must be upper case: "H12".',
                message: {
                  vi: 'Mã định danh cơ quan "h12" phải viết hoa: "H12".',
                  en: 'Agency identifier "h12" must be upper case: "H12".',
                },
              },
            ],
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const error = (await client(capture().logger)
      .request({ method: 'PUT', group: 'services', path: '/services/svc-1', json: {} })
      .catch((e: unknown) => e)) as UnprocessableError;
    expect(UnprocessableError.isInstance(error)).toBe(true);
    expect(error.fieldErrors).toEqual([
      {
        path: '/provider/agencyId',
        code: 'agency_id.format',
        message: 'Agency identifier "h12" must be upper case: "H12".',
        localized: {
          vi: 'Mã định danh cơ quan "h12" phải viết hoa: "H12".',
          en: 'Agency identifier "h12" must be upper case: "H12".',
        },
      },
    ]);
  });
});
