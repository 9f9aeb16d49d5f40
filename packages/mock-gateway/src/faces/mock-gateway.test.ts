import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { responseContractProblems } from '../../test/response-contract';
import { createManualClock } from '../clock/manual-clock';
import { sampleServiceDescription } from '../fixtures/sample-service-description';
import { createMockGateway } from './mock-gateway';

const clock = createManualClock('2026-03-02T01:00:00Z');
const gateway = createMockGateway({
  clock,
  tokenLifetimeSeconds: 600,
  consumers: [
    { key: 'provider-key', secret: 'provider-secret-Zq8', permissions: ['*'] },
    { key: 'reader-key', secret: 'reader-secret-P4x', permissions: ['services.list', 'services.get'] },
  ],
});
const server = setupServer(...gateway.handlers);
const BASE = 'https://gateway.test';

type Entry = { id: string; service: Record<string, unknown> };
type Page = { items: Entry[]; nextCursor: string | null };

// Every answer the msw face gives in these tests must be declared by the gateway document, its body
// accepted by the declared schema.
const contractChecks: Promise<string[]>[] = [];
server.events.on('response:mocked', ({ request, response }) => {
  contractChecks.push(responseContractProblems(request.method, request.url, response));
});

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(async () => {
  const problems = (await Promise.all(contractChecks.splice(0))).flat();
  gateway.reset();
  expect(problems).toEqual([]);
});
afterAll(() => server.close());

async function tokenFor(key: string, secret: string): Promise<string> {
  const response = await fetch(`${BASE}/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

function call(token: string, path: string, init: RequestInit & { json?: unknown } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${token}`);
  if (init.json !== undefined) headers.set('content-type', 'application/json');
  return fetch(`${BASE}${path}`, {
    ...init,
    headers,
    ...(init.json === undefined ? {} : { body: JSON.stringify(init.json) }),
  });
}

describe('token endpoint (msw face)', () => {
  it('issues a bearer token for HTTP Basic credentials, in the WSO2 shape', async () => {
    const response = await fetch(`${BASE}/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from('provider-key:provider-secret-Zq8').toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    });
    const body = await response.json();
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(body).toMatchObject({
      token_type: 'Bearer',
      expires_in: 600,
      scope: 'am_application_scope default',
    });
  });

  it('accepts the credentials as form fields too', async () => {
    const response = await fetch(`${BASE}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: 'reader-key',
        client_secret: 'reader-secret-P4x',
      }),
    });
    expect(response.status).toBe(200);
  });

  it('refuses an unknown consumer or a wrong secret with 401 invalid_client', async () => {
    const attempts: [string, string][] = [
      ['nobody', 'x'],
      ['reader-key', 'wrong'],
    ];
    for (const [id, secret] of attempts) {
      const response = await fetch(`${BASE}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'client_credentials', client_id: id, client_secret: secret }),
      });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Basic/);
      expect(await response.json()).toMatchObject({ error: 'invalid_client' });
    }
  });

  it('refuses another grant type with 400 unsupported_grant_type', async () => {
    const response = await fetch(`${BASE}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'password',
        client_id: 'reader-key',
        client_secret: 'reader-secret-P4x',
      }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'unsupported_grant_type' });
  });
});

describe('bearer authentication and permissions', () => {
  it('answers 401 with WWW-Authenticate when there is no token or an unknown one', async () => {
    const none = await fetch(`${BASE}/catalog/1.0/services`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(none.headers.get('content-type')).toBe('application/problem+json');
    const unknown = await call('not-a-token', '/catalog/1.0/services');
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toMatchObject({ status: 401, code: 'invalid_token' });
  });

  it('expires tokens after their lifetime on the gateway clock', async () => {
    const token = await tokenFor('reader-key', 'reader-secret-P4x');
    expect((await call(token, '/catalog/1.0/services')).status).toBe(200);
    clock.advance(600_000);
    const expired = await call(token, '/catalog/1.0/services');
    expect(expired.status).toBe(401);
    expect(expired.headers.get('www-authenticate')).toContain('error="invalid_token"');
    expect(await expired.json()).toMatchObject({ code: 'token_expired' });
  });

  it('answers 403 when the consumer lacks the permission', async () => {
    const token = await tokenFor('reader-key', 'reader-secret-P4x');
    const response = await call(token, '/catalog/1.0/services/svc-1', {
      method: 'PUT',
      json: sampleServiceDescription('svc-1'),
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: 'forbidden', message: { vi: expect.any(String) } });
  });
});

describe('services catalogue', () => {
  it('registers, reads, updates with If-Match and refuses a stale ETag with 412', async () => {
    const token = await tokenFor('provider-key', 'provider-secret-Zq8');
    const created = await call(token, '/catalog/1.0/services/svc-1', {
      method: 'PUT',
      json: sampleServiceDescription('svc-1'),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`${BASE}/catalog/1.0/services/svc-1`);
    const etag1 = created.headers.get('etag') as string;
    expect(etag1).toMatch(/^"1-[0-9a-f]{8}"$/);

    const read = await call(token, '/catalog/1.0/services/svc-1');
    expect(read.headers.get('etag')).toBe(etag1);
    expect(await read.json()).toMatchObject({ id: 'svc-1', etag: etag1, service: { id: 'svc-1' } });

    const changed = sampleServiceDescription('svc-1', { capacity: { requestsPerSecond: 50 } });
    const updated = await call(token, '/catalog/1.0/services/svc-1', {
      method: 'PUT',
      headers: { 'if-match': etag1 },
      json: changed,
    });
    expect(updated.status).toBe(200);
    const etag2 = updated.headers.get('etag');
    expect(etag2).not.toBe(etag1);

    const stale = await call(token, '/catalog/1.0/services/svc-1', {
      method: 'PUT',
      headers: { 'if-match': etag1 },
      json: sampleServiceDescription('svc-1'),
    });
    expect(stale.status).toBe(412);
    expect(stale.headers.get('etag')).toBe(etag2);
    expect(await stale.json()).toMatchObject({ code: 'etag_mismatch', errors: [{ header: 'If-Match' }] });
    expect(
      ((await (await call(token, '/catalog/1.0/services/svc-1')).json()) as Entry).service.capacity,
    ).toEqual({
      requestsPerSecond: 50,
    });
  });

  it('takes ids with ":" and "/" (sent as %2F) as one path segment, and refuses ids the spec does not allow', async () => {
    const token = await tokenFor('provider-key', 'provider-secret-Zq8');
    const id = 'urn:vn:H12.01/dkdn.v2';
    const path = `/catalog/1.0/services/${encodeURIComponent(id)}`;
    expect(path).toContain('%2F');
    const created = await call(token, path, { method: 'PUT', json: sampleServiceDescription(id) });
    expect(created.status, await created.clone().text()).toBe(201);
    expect(created.headers.get('location')).toBe(`${BASE}${path}`);
    expect(await (await call(token, path)).json()).toMatchObject({ id, service: { id } });
    const page = (await (await call(token, '/catalog/1.0/services')).json()) as Page;
    expect(page.items.map((e) => e.id)).toContain(id);

    for (const bad of ['-starts-with-dash', 'has%20space', 'ends-with-slash%2F', 'x'.repeat(129)]) {
      const refused = await call(token, `/catalog/1.0/services/${bad}`);
      expect(refused.status, bad).toBe(400);
      expect(await refused.json()).toMatchObject({
        code: 'invalid_request',
        errors: [{ parameter: 'serviceId', detail: expect.stringContaining('ResourceId') }],
      });
    }
    const agency = await call(token, '/focal-points/1.0/focal-points/not-an-agency');
    expect(agency.status).toBe(400);
    expect(await agency.json()).toMatchObject({ errors: [{ parameter: 'agencyId' }] });
  });

  it('replaces an existing entry on a second PUT and withdraws once', async () => {
    const token = await tokenFor('provider-key', 'provider-secret-Zq8');
    await call(token, '/catalog/1.0/services/svc-2', {
      method: 'PUT',
      json: sampleServiceDescription('svc-2'),
    });
    const again = await call(token, '/catalog/1.0/services/svc-2', {
      method: 'PUT',
      json: sampleServiceDescription('svc-2'),
    });
    expect(again.status).toBe(200);
    expect(gateway.state.services.get('svc-2')?.version).toBe(2);
    const mismatch = await call(token, '/catalog/1.0/services/svc-2', {
      method: 'PUT',
      json: sampleServiceDescription('svc-9'),
    });
    expect(mismatch.status).toBe(422);
    expect(await mismatch.json()).toMatchObject({ errors: [{ pointer: '/id', path: '$.id' }] });
    const withdraw = () =>
      call(token, '/catalog/1.0/services/svc-2/withdrawal', {
        method: 'POST',
        json: { reason: 'Hệ thống ngừng hoạt động' },
      });
    const first = await withdraw();
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({
      service: { status: 'withdrawn' },
      withdrawal: { reason: 'Hệ thống ngừng hoạt động' },
    });
    expect((await withdraw()).status).toBe(409);
  });

  it('answers 422 with field paths for an invalid withdrawal body', async () => {
    const token = await tokenFor('provider-key', 'provider-secret-Zq8');
    await call(token, '/catalog/1.0/services/svc-3', {
      method: 'PUT',
      json: sampleServiceDescription('svc-3'),
    });
    const response = await call(token, '/catalog/1.0/services/svc-3/withdrawal', {
      method: 'POST',
      json: { reason: '' },
    });
    expect(response.status).toBe(422);
    const problem = (await response.json()) as { errors: { message: unknown }[] };
    expect(problem).toMatchObject({
      code: 'validation_failed',
      errors: [{ pointer: '/reason', path: '$.reason' }],
    });
    expect(problem.errors[0]?.message).toEqual({ vi: expect.any(String), en: expect.any(String) });
  });

  it('validates descriptions with @chiase/schema and answers 422 with JSON pointers and paths', async () => {
    const token = await tokenFor('provider-key', 'provider-secret-Zq8');
    const invalid = sampleServiceDescription('svc-bad', {
      provider: { id: 'h12', name: 'Sở' },
      endpoints: [],
    });
    const response = await call(token, '/catalog/1.0/services/svc-bad', { method: 'PUT', json: invalid });
    expect(response.status).toBe(422);
    const problem = (await response.json()) as { code: string; errors: { pointer: string; path: string }[] };
    expect(problem.code).toBe('validation_failed');
    expect(problem.errors.map((e) => e.pointer)).toEqual(
      expect.arrayContaining(['/provider/id', '/endpoints']),
    );
    expect(problem.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['$.provider.id', '$.endpoints']),
    );
    expect(gateway.state.services.has('svc-bad')).toBe(false);
  });

  it('pages with cursors until nextCursor is null', async () => {
    const token = await tokenFor('provider-key', 'provider-secret-Zq8');
    for (let i = 0; i < 5; i++) {
      await call(token, `/catalog/1.0/services/svc-p${i}`, {
        method: 'PUT',
        json: sampleServiceDescription(`svc-p${i}`),
      });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
      const page = (await (await call(token, `/catalog/1.0/services?limit=2${query}`)).json()) as {
        items: { id: string }[];
        nextCursor: string | null;
      };
      seen.push(...page.items.map((s) => s.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor !== null);
    expect(pages).toBe(3);
    expect(seen).toEqual(['svc-p0', 'svc-p1', 'svc-p2', 'svc-p3', 'svc-p4']);
    const bad = await call(token, '/catalog/1.0/services?limit=0');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'invalid_request', errors: [{ parameter: 'limit' }] });
  });

  it('searches accent-insensitively, NFC and NFD alike', async () => {
    const token = await tokenFor('provider-key', 'provider-secret-Zq8');
    await call(token, '/catalog/1.0/services/svc-q', {
      method: 'PUT',
      json: sampleServiceDescription('svc-q'),
    });
    for (const q of ['doanh nghiep', 'Tra cứu'.normalize('NFD'), 'TRA CỨU']) {
      const page = (await (
        await call(token, `/catalog/1.0/services?q=${encodeURIComponent(q)}`)
      ).json()) as Page;
      expect(page.items.map((s: { id: string }) => s.id)).toEqual(['svc-q']);
    }
    const none = (await (await call(token, '/catalog/1.0/services?q=khong-co')).json()) as Page;
    expect(none.items).toEqual([]);
  });
});

describe('idempotency, request ids and the request log', () => {
  it('replays a write with the same Idempotency-Key and body, without a second effect', async () => {
    const token = await tokenFor('provider-key', 'provider-secret-Zq8');
    const register = (body: unknown) =>
      call(token, '/catalog/1.0/services/svc-i', {
        method: 'PUT',
        headers: { 'idempotency-key': 'k-1' },
        json: body,
      });
    const first = await register(sampleServiceDescription('svc-i'));
    const second = await register(sampleServiceDescription('svc-i'));
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(await second.json()).toEqual(await first.json());
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(gateway.state.services.get('svc-i')?.version).toBe(1);
    const other = await register(sampleServiceDescription('svc-i', { capacity: { requestsPerDay: 5 } }));
    expect(other.status).toBe(422);
    expect(await other.json()).toMatchObject({ code: 'idempotency_key_reused' });
    expect(gateway.state.services.get('svc-i')?.version).toBe(1);
    expect(
      gateway.requestLog.filter({ operationId: 'services.put' }).map((e) => e.replayed ?? false),
    ).toEqual([false, true, false]);
  });

  it('echoes X-Request-Id, or makes one, and logs requests without secrets', async () => {
    const token = await tokenFor('provider-key', 'provider-secret-Zq8');
    const echoed = await call(token, '/catalog/1.0/services', { headers: { 'x-request-id': 'req-42' } });
    expect(echoed.headers.get('x-request-id')).toBe('req-42');
    const made = await call(token, '/catalog/1.0/services/none');
    expect(made.status).toBe(404);
    const id = made.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await made.json()).toMatchObject({ requestId: id, instance: '/catalog/1.0/services/none' });

    const log = gateway.requestLog.entries();
    expect(log.map((e) => [e.method, e.path, e.status, e.consumer])).toEqual([
      ['POST', '/token', 200, 'provider-key'],
      ['GET', '/catalog/1.0/services', 200, 'provider-key'],
      ['GET', '/catalog/1.0/services/none', 404, 'provider-key'],
    ]);
    const serialised = JSON.stringify(log);
    expect(serialised).not.toContain('provider-secret-Zq8');
    expect(serialised).not.toContain(token);
  });

  it('answers 404 problems for unknown paths and 405 with Allow for wrong methods', async () => {
    const unknown = await fetch(`${BASE}/nowhere`);
    expect(unknown.status).toBe(404);
    const wrong = await fetch(`${BASE}/token`, { method: 'GET' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After once the window budget is spent, and recovers after it', async () => {
    const limitClock = createManualClock();
    const limited = createMockGateway({ clock: limitClock, rateLimit: { limit: 2, windowSeconds: 10 } });
    const tokenResponse = await limited.fetch('/token', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials&client_id=test-consumer&client_secret=test-secret',
    });
    const { access_token } = (await tokenResponse.json()) as { access_token: string };
    const get = () =>
      limited.fetch('/catalog/1.0/services', { headers: { authorization: `Bearer ${access_token}` } });
    expect((await get()).status).toBe(200);
    expect((await get()).status).toBe(200);
    const refused = await get();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('10');
    expect(await refused.json()).toMatchObject({ code: 'rate_limited' });
    limitClock.advance(10_000);
    expect((await get()).status).toBe(200);
  });
});

describe('health', () => {
  it('answers without authentication, with the clock time', async () => {
    const response = await fetch(`${BASE}/health`);
    expect(await response.json()).toEqual({
      status: 'ok',
      version: '1.0.0',
      time: new Date(clock.now()).toISOString(),
    });
  });
});
