import { createHash, createPublicKey, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { responseContractProblems } from '../../test/response-contract';
import { createManualClock } from '../clock/manual-clock';
import { createMockGateway, type MockGateway } from '../faces/mock-gateway';
import { sampleOpenDataset } from '../fixtures/sample-open-dataset';
import { sampleServiceDescription } from '../fixtures/sample-service-description';

type Call = (
  path: string,
  init?: { method?: string; body?: unknown; headers?: Record<string, string> },
) => Promise<Response>;

/** Authenticates `key`/`secret` and returns a JSON caller. */
async function caller(gateway: MockGateway, key = 'test-consumer', secret = 'test-secret'): Promise<Call> {
  const token = await gateway.fetch('/token', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: `grant_type=client_credentials&client_id=${key}&client_secret=${secret}`,
  });
  const { access_token } = (await token.json()) as { access_token: string };
  return async (path, init = {}) => {
    const raw = init.body instanceof Uint8Array;
    const response = await gateway.fetch(path, {
      method: init.method ?? 'GET',
      headers: {
        authorization: `Bearer ${access_token}`,
        ...(init.body === undefined
          ? {}
          : { 'content-type': raw ? 'application/octet-stream' : 'application/json' }),
        ...init.headers,
      },
      ...(init.body === undefined
        ? {}
        : { body: raw ? (init.body as Uint8Array) : JSON.stringify(init.body) }),
    });
    // Every answer must be one the gateway document declares, with a body its schema accepts.
    expect(await responseContractProblems(init.method ?? 'GET', path, response)).toEqual([]);
    return response;
  };
}

const PROVIDER = { key: 'provider', secret: 'provider-secret', agencyId: 'H12.01' };
const CONSUMER = { key: 'consumer', secret: 'consumer-secret', agencyId: 'H12.22' };

function twoAgencies(options: Parameters<typeof createMockGateway>[0] = {}): MockGateway {
  return createMockGateway({
    consumers: [PROVIDER, CONSUMER],
    tokenLifetimeSeconds: 365 * 86_400,
    ...options,
  });
}

const dataset = (id: string) => sampleOpenDataset(id);

describe('openData', () => {
  it('publishes a dataset, uploads a file with its digest and serves it back', async () => {
    const gateway = twoAgencies({ clock: createManualClock('2026-03-02T02:00:00Z') });
    const call = await caller(gateway, PROVIDER.key, PROVIDER.secret);
    const put = await call('/open-data/1.0/datasets/truong-hoc', {
      method: 'PUT',
      body: dataset('truong-hoc'),
    });
    expect(put.status, await put.clone().text()).toBe(201);
    const created = (await put.json()) as { nextReviewDue: string };
    expect(created.nextReviewDue).toBe('2026-09-02');

    const listed = (await (await call('/open-data/1.0/datasets/truong-hoc/distributions')).json()) as {
      items: { id: string }[];
    };
    expect(listed.items.map((d) => d.id)).toEqual(['csv']);
    const xlsx = {
      id: 'xlsx',
      accessUrl: 'https://data.example.gov.vn/truong-hoc.xlsx',
      format: 'XLSX',
      license: 'https://data.gov.vn/giay-phep',
    };
    const added = await call('/open-data/1.0/datasets/truong-hoc/distributions/xlsx', {
      method: 'PUT',
      body: xlsx,
    });
    expect(added.status).toBe(201);
    const withBoth = (await (await call('/open-data/1.0/datasets/truong-hoc')).json()) as {
      dataset: { distributions: { id: string }[] };
    };
    expect(withBoth.dataset.distributions.map((d) => d.id)).toEqual(['csv', 'xlsx']);
    const distribution = await call('/open-data/1.0/datasets/truong-hoc/distributions/csv');
    const etag = distribution.headers.get('etag') ?? '';
    const file = new TextEncoder().encode('ma,ten\n01,Trường THPT Chu Văn An\n');
    const digest = createHash('sha256').update(file).digest();

    const wrong = await call('/open-data/1.0/datasets/truong-hoc/distributions/csv/file', {
      method: 'PUT',
      body: file,
      headers: { 'content-digest': `sha-256=:${Buffer.alloc(32).toString('base64')}:` },
    });
    expect(wrong.status).toBe(422);
    expect(((await wrong.json()) as { code: string }).code).toBe('checksum_mismatch');
    expect((await call('/open-data/1.0/datasets/truong-hoc/distributions/csv/file')).status).toBe(404);

    const upload = await call('/open-data/1.0/datasets/truong-hoc/distributions/csv/file', {
      method: 'PUT',
      body: file,
      headers: { 'content-digest': `sha-256=:${digest.toString('base64')}:`, 'if-match': etag },
    });
    expect(upload.status).toBe(200);
    const entry = (await upload.json()) as {
      distribution: { sha256: string; byteSize: number };
      uploadedAt: string;
    };
    expect(entry.distribution.sha256).toBe(digest.toString('hex'));
    expect(entry.distribution.byteSize).toBe(file.byteLength);
    expect(entry.uploadedAt).toBe('2026-03-02T02:00:00.000Z');

    const download = await call('/open-data/1.0/datasets/truong-hoc/distributions/csv/file');
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(file);
    expect(download.headers.get('content-digest')).toBe(`sha-256=:${digest.toString('base64')}:`);
    const after = (await (await call('/open-data/1.0/datasets/truong-hoc')).json()) as {
      dataset: { dataUpdatedOn: string; distributions: Array<{ sha256?: string }> };
    };
    expect(after.dataset.dataUpdatedOn).toBe('2026-03-02');
    expect(after.dataset.distributions[0]?.sha256).toBe(digest.toString('hex'));
  });

  it('accepts an upload without Content-Digest, computing the SHA-256 and size itself', async () => {
    const gateway = twoAgencies();
    const call = await caller(gateway, PROVIDER.key, PROVIDER.secret);
    await call('/open-data/1.0/datasets/dan-so', { method: 'PUT', body: dataset('dan-so') });
    const file = new TextEncoder().encode('ma_tinh,dan_so\n01,8587100\n');
    const upload = await call('/open-data/1.0/datasets/dan-so/distributions/csv/file', {
      method: 'PUT',
      body: file,
    });
    expect(upload.status).toBe(200);
    const { distribution } = (await upload.json()) as { distribution: { sha256: string; byteSize: number } };
    expect(distribution).toMatchObject({
      sha256: createHash('sha256').update(file).digest('hex'),
      byteSize: file.byteLength,
    });
    const malformed = await call('/open-data/1.0/datasets/dan-so/distributions/csv/file', {
      method: 'PUT',
      body: file,
      headers: { 'content-digest': 'md5=:AAAA:' },
    });
    expect(malformed.status).toBe(400);
  });

  it('records a review and lists overdue datasets (former Art. 20.3)', async () => {
    const clock = createManualClock('2026-01-05T02:00:00Z');
    const gateway = twoAgencies({ clock });
    const call = await caller(gateway, PROVIDER.key, PROVIDER.secret);
    await call('/open-data/1.0/datasets/a', { method: 'PUT', body: dataset('a') });
    await call('/open-data/1.0/datasets/b', { method: 'PUT', body: dataset('b') });
    clock.set('2026-07-10T02:00:00Z');
    const review = await call('/open-data/1.0/datasets/b/review', {
      method: 'POST',
      body: { reviewedOn: '2026-07-10', amended: false },
    });
    expect(review.status).toBe(200);
    expect(((await review.json()) as { nextReviewDue: string }).nextReviewDue).toBe('2027-01-10');
    const overdue = (await (await call('/open-data/1.0/datasets?reviewOverdue=true')).json()) as {
      items: { id: string }[];
    };
    expect(overdue.items.map((i) => i.id)).toEqual(['a']);
  });
});

describe('focalPoints', () => {
  const focalPoint = (agencyId: string) => ({
    agency: { id: agencyId, name: 'Sở Kế hoạch và Đầu tư' },
    person: {
      fullName: 'Trần Văn Bình',
      position: 'Trưởng phòng',
      phone: '0243 123 4567',
      email: 'binh@example.gov.vn',
    },
  });

  it('lets an agency designate only its own focal point', async () => {
    const gateway = twoAgencies();
    const provider = await caller(gateway, PROVIDER.key, PROVIDER.secret);
    const put = await provider('/focal-points/1.0/focal-points/H12.01', {
      method: 'PUT',
      body: focalPoint('H12.01'),
    });
    expect(put.status, await put.clone().text()).toBe(201);
    const other = await provider('/focal-points/1.0/focal-points/H12.22', {
      method: 'PUT',
      body: focalPoint('H12.22'),
    });
    expect(other.status).toBe(403);
    const mismatch = await provider('/focal-points/1.0/focal-points/H12.01', {
      method: 'PUT',
      body: focalPoint('H12.22'),
    });
    expect(mismatch.status).toBe(422);
    expect((await provider('/focal-points/1.0/focal-points/H12.01')).status).toBe(200);
    const list = (await (await provider('/focal-points/1.0/focal-points')).json()) as {
      items: { agencyId: string }[];
    };
    expect(list.items.map((i) => i.agencyId)).toEqual(['H12.01']);
  });
});

describe('connectionRequests and invoke', () => {
  const request = {
    id: 'YC-2026-0001',
    requester: { id: 'H12.22', name: 'Sở Tư pháp' },
    purpose: { vi: 'Tra cứu thông tin doanh nghiệp khi giải quyết thủ tục hành chính.' },
    requestedItems: [{ name: 'Tên doanh nghiệp' }],
    itemCount: 1,
    service: { id: 'dkdn', name: 'Tra cứu doanh nghiệp' },
    accessFrequency: { requests: 100, per: 'day' },
    submittedAt: '2026-01-09T09:00:00+07:00',
  };
  const accepted = {
    outcome: 'accepted',
    requestId: 'YC-2026-0001',
    provider: { id: 'H12.01', name: 'Sở Kế hoạch và Đầu tư' },
    requestReceivedAt: '2026-01-09T09:00:00+07:00',
    decidedAt: '2026-01-12T09:00:00+07:00',
    account: {
      accountId: 'consumer',
      authentication: 'oauth2-client-credentials',
      issuedBy: { id: 'H12.01', name: 'Sở Kế hoạch và Đầu tư' },
      services: ['dkdn'],
    },
  };

  it('sets the Art. 35.3 deadline, lets only the provider decide once, then relays calls', async () => {
    // Friday 2026-01-09, 09:00 in Vietnam: 2 working days → Tuesday 2026-01-13.
    const clock = createManualClock('2026-01-09T02:00:00Z');
    const seen: string[] = [];
    const assertions: (string | null)[] = [];
    const gateway = twoAgencies({
      clock,
      providers: {
        dkdn: (relayed) => {
          seen.push(`${relayed.method} ${new URL(relayed.url).pathname}${new URL(relayed.url).search}`);
          assertions.push(relayed.headers.get('x-jwt-assertion'));
          expect(relayed.headers.get('authorization')).toBeNull();
          return Response.json({ tenDoanhNghiep: 'Công ty TNHH Hoà Bình' });
        },
      },
    });
    const provider = await caller(gateway, PROVIDER.key, PROVIDER.secret);
    const consumer = await caller(gateway, CONSUMER.key, CONSUMER.secret);
    expect(
      (
        await provider('/catalog/1.0/services/dkdn', {
          method: 'PUT',
          body: sampleServiceDescription('dkdn'),
        })
      ).status,
    ).toBe(201);

    const before = await consumer('/invoke/1.0/services/dkdn', {
      method: 'POST',
      body: { maSoDoanhNghiep: '0100109106' },
    });
    expect(before.status).toBe(403);

    const created = await consumer('/connection-requests/1.0/requests', { method: 'POST', body: request });
    expect(created.status, await created.clone().text()).toBe(201);
    const entry = (await created.json()) as { status: string; deadline: string; providerAgencyId: string };
    expect(entry).toMatchObject({ status: 'pending', deadline: '2026-01-13', providerAgencyId: 'H12.01' });
    expect(
      (await consumer('/connection-requests/1.0/requests', { method: 'POST', body: request })).status,
    ).toBe(409);

    expect((await provider('/connection-requests/1.0/requests/YC-2026-0001')).status).toBe(200);
    const pending = (await (
      await provider('/connection-requests/1.0/requests?status=pending&providerAgencyId=H12.01')
    ).json()) as {
      items: { id: string }[];
    };
    expect(pending.items.map((i) => i.id)).toEqual(['YC-2026-0001']);

    const byConsumer = await consumer('/connection-requests/1.0/requests/YC-2026-0001/decision', {
      method: 'POST',
      body: accepted,
    });
    expect(byConsumer.status).toBe(403);
    clock.set('2026-01-12T02:00:00Z');
    const decided = await provider('/connection-requests/1.0/requests/YC-2026-0001/decision', {
      method: 'POST',
      body: accepted,
    });
    expect(decided.status, await decided.clone().text()).toBe(200);
    expect(await decided.json()).toMatchObject({ status: 'accepted', decidedLate: false });
    const again = await provider('/connection-requests/1.0/requests/YC-2026-0001/decision', {
      method: 'POST',
      body: accepted,
    });
    expect(again.status).toBe(409);
    expect(((await again.json()) as { code: string }).code).toBe('already_decided');

    const call = await consumer('/invoke/1.0/services/dkdn', {
      method: 'POST',
      body: { maSoDoanhNghiep: '0100109106' },
    });
    expect(call.status).toBe(200);
    expect(await call.json()).toEqual({ tenDoanhNghiep: 'Công ty TNHH Hoà Bình' });
    expect(seen).toEqual(['GET /apiCSDLDKDN/1.0/chiTietDoanhNghiep?maSoDoanhNghiep=0100109106']);

    // The caller reaches the provider as an ES256 assertion signed with a key of GET /jwks.
    const [token] = assertions;
    expect(token).toEqual(expect.any(String));
    const [header, payload, signature] = (token as string).split('.') as [string, string, string];
    const published = await gateway.fetch('/jwks');
    expect(await responseContractProblems('GET', '/jwks', published)).toEqual([]);
    const keys = (await published.json()) as { keys: ({ kid: string } & object)[] };
    const { kid, alg } = JSON.parse(Buffer.from(header, 'base64url').toString()) as {
      kid: string;
      alg: string;
    };
    expect(alg).toBe('ES256');
    const jwk = keys.keys.find((k) => k.kid === kid);
    expect(jwk).toBeDefined();
    expect(jwk).not.toHaveProperty('d');
    const key = createPublicKey({ key: jwk as import('node:crypto').JsonWebKey, format: 'jwk' });
    const signed = Buffer.from(`${header}.${payload}`);
    const raw = Buffer.from(signature, 'base64url');
    expect(verify('sha256', signed, { key, dsaEncoding: 'ieee-p1363' }, raw)).toBe(true);
    const tampered = Buffer.from(`${header}.${payload}x`);
    expect(verify('sha256', tampered, { key, dsaEncoding: 'ieee-p1363' }, raw)).toBe(false);
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    expect(claims).toMatchObject({
      iss: gateway.baseUrl,
      aud: 'dkdn',
      sub: CONSUMER.agencyId,
      client_id: CONSUMER.key,
      iat: Date.parse('2026-01-12T02:00:00Z') / 1000,
      exp: Date.parse('2026-01-12T02:05:00Z') / 1000,
    });
    expect(claims.jti).toEqual(call.headers.get('x-request-id'));
  });

  it('answers 502 when the provider fails and 504 when it does not answer in time', async () => {
    const gateway = twoAgencies({
      providerTimeoutMs: 20,
      providers: {
        broken: () => new Response('boom', { status: 500 }),
        slow: (_request, signal) =>
          new Promise((resolve) => signal.addEventListener('abort', () => resolve(new Response('late')))),
      },
    });
    const provider = await caller(gateway, PROVIDER.key, PROVIDER.secret);
    for (const id of ['broken', 'slow', 'unplugged']) {
      await provider(`/catalog/1.0/services/${id}`, {
        method: 'PUT',
        body: sampleServiceDescription(id, { sharingForm: 'open' }),
      });
    }
    expect((await provider('/invoke/1.0/services/broken', { method: 'POST', body: {} })).status).toBe(502);
    expect((await provider('/invoke/1.0/services/slow', { method: 'POST', body: {} })).status).toBe(504);
    expect((await provider('/invoke/1.0/services/unplugged', { method: 'POST', body: {} })).status).toBe(502);
  });
});

describe('invoke through a provider upstream', () => {
  it('forwards to the base URL plus the operation path through the configured fetch', async () => {
    const sent: { url: string; method: string; body: string; requestId: string | null }[] = [];
    const gateway = twoAgencies({
      providerUpstreams: { dkdn: 'https://provider.example/lgsp-api/' },
      providerFetch: async (request) => {
        sent.push({
          url: request.url,
          method: request.method,
          body: await request.text(),
          requestId: request.headers.get('x-request-id'),
        });
        return Response.json({ tenDoanhNghiep: 'Công ty Cổ phần Sông Hồng' });
      },
    });
    const provider = await caller(gateway, PROVIDER.key, PROVIDER.secret);
    await provider('/catalog/1.0/services/dkdn', {
      method: 'PUT',
      body: sampleServiceDescription('dkdn', { sharingForm: 'open' }),
    });
    const answer = await provider('/invoke/1.0/services/dkdn', {
      method: 'POST',
      body: { maSoDoanhNghiep: '0100109106' },
      headers: { 'x-request-id': 'inv-1' },
    });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ tenDoanhNghiep: 'Công ty Cổ phần Sông Hồng' });
    expect(sent).toEqual([
      {
        url: 'https://provider.example/lgsp-api/apiCSDLDKDN/1.0/chiTietDoanhNghiep?maSoDoanhNghiep=0100109106',
        method: 'GET',
        body: '',
        requestId: 'inv-1',
      },
    ]);
  });

  it('relays a concrete path that fills a templated operation, one segment per parameter', async () => {
    const paths: string[] = [];
    const gateway = twoAgencies({
      providerUpstreams: { dmx: 'https://provider.example/api' },
      providerFetch: async (request) => {
        paths.push(new URL(request.url).pathname);
        return Response.json({ ok: true });
      },
    });
    const provider = await caller(gateway, PROVIDER.key, PROVIDER.secret);
    const endpoint = {
      name: { vi: 'Danh sách xã' },
      path: '/dmx/1.0/xa',
      method: 'GET',
      version: '1.0',
      protocol: 'REST',
      formats: ['JSON'],
      authentication: 'oauth2-client-credentials',
    };
    await provider('/catalog/1.0/services/dmx', {
      method: 'PUT',
      body: sampleServiceDescription('dmx', {
        sharingForm: 'open',
        endpoints: [endpoint, { ...endpoint, name: { vi: 'Chi tiết xã' }, path: '/dmx/1.0/xa/{maXa}' }],
      }),
    });
    const call = (operation: string) =>
      provider(`/invoke/1.0/services/dmx?operation=${encodeURIComponent(operation)}`, {
        method: 'POST',
        body: {},
      });
    expect((await call('/dmx/1.0/xa')).status).toBe(200);
    expect((await call('/dmx/1.0/xa/30001')).status).toBe(200);
    expect(paths).toEqual(['/api/dmx/1.0/xa', '/api/dmx/1.0/xa/30001']);
    for (const wrong of ['/dmx/1.0/xa/30001/extra', '/dmx/1.0/xa/..', '/dmx/1.0/xa/', '/dmx/1.0/tinh/1']) {
      const answer = await call(wrong);
      expect(answer.status, wrong).toBe(400);
    }
    expect(paths).toHaveLength(2);
  });

  it('answers 502 when the upstream cannot be reached, and refuses a non-http upstream at start', async () => {
    const gateway = twoAgencies({
      providerUpstreams: { dkdn: 'http://127.0.0.1:9/' },
      providerFetch: () => Promise.reject(new TypeError('fetch failed')),
    });
    const provider = await caller(gateway, PROVIDER.key, PROVIDER.secret);
    await provider('/catalog/1.0/services/dkdn', {
      method: 'PUT',
      body: sampleServiceDescription('dkdn', { sharingForm: 'open' }),
    });
    const answer = await provider('/invoke/1.0/services/dkdn', { method: 'POST', body: {} });
    expect(answer.status).toBe(502);
    expect(((await answer.json()) as { code: string }).code).toBe('provider_error');
    expect(() => createMockGateway({ providerUpstreams: { dkdn: 'ftp://x' } })).toThrow(
      /providerUpstreams\.dkdn/,
    );
  });
});

describe('masterData', () => {
  it('upserts all or nothing, counts unchanged and stale records, and deletes idempotently', async () => {
    const gateway = createMockGateway();
    const call = await caller(gateway);
    const path = '/master-data/1.0/entities/enterprises';
    const bad = await call(`${path}/upserts`, {
      method: 'POST',
      body: {
        records: [
          { key: '0100109106', data: { ten: 'A' } },
          { key: '0100109107', data: { ten: 'B' } },
        ],
      },
    });
    expect(bad.status).toBe(422);
    const problem = (await bad.json()) as { errors: { pointer: string }[] };
    expect(problem.errors.map((e) => e.pointer)).toEqual(['/records/1/key']);
    expect(gateway.state.masterData.entity('enterprises')?.size).toBe(0);

    const batch = {
      records: [
        { key: '0100109106', data: { ten: 'Công ty A' }, updatedAt: '2026-01-02T00:00:00Z' },
        { key: '0300588569', data: { ten: 'Công ty B' } },
      ],
    };
    const first = await (await call(`${path}/upserts`, { method: 'POST', body: batch })).json();
    expect(first).toMatchObject({ received: 2, created: 2, updated: 0, unchanged: 0, stale: 0 });
    const replay = await (await call(`${path}/upserts`, { method: 'POST', body: batch })).json();
    expect(replay).toMatchObject({ created: 0, unchanged: 2 });
    const older = {
      records: [{ key: '0100109106', data: { ten: 'Cũ' }, updatedAt: '2025-12-31T00:00:00Z' }],
    };
    expect(await (await call(`${path}/upserts`, { method: 'POST', body: older })).json()).toMatchObject({
      stale: 1,
    });

    const deletion = { keys: ['0100109106', '0100109106'] };
    expect((await call(`${path}/deletions`, { method: 'POST', body: deletion })).status).toBe(422);
    const deleted = await (
      await call(`${path}/deletions`, { method: 'POST', body: { keys: ['0100109106', '0000000000'] } })
    ).json();
    expect(deleted).toMatchObject({ received: 2, deleted: 1, notFound: 1 });
    expect(
      (await call('/master-data/1.0/entities/unknown/deletions', { method: 'POST', body: { keys: ['x'] } }))
        .status,
    ).toBe(404);
  });

  it('refuses batches over 1000 records and replays a batch sent again with its Idempotency-Key', async () => {
    const gateway = createMockGateway({ masterDataEntities: ['schools'] });
    const call = await caller(gateway);
    const path = '/master-data/1.0/entities/schools/upserts';
    const record = (i: number) => ({ key: `k${String(i).padStart(5, '0')}`, data: { n: i } });
    const tooMany = await call(path, {
      method: 'POST',
      body: { records: Array.from({ length: 1001 }, (_, i) => record(i)) },
    });
    expect(tooMany.status).toBe(422);
    expect(gateway.state.masterData.entity('schools')?.size).toBe(0);
    const full = { records: Array.from({ length: 1000 }, (_, i) => record(i)) };
    const headers = { 'idempotency-key': 'batch-2026-03-02-001' };
    const first = await call(path, { method: 'POST', body: full, headers });
    expect(first.status).toBe(200);
    const firstBody = (await first.json()) as { batchId: string; created: number };
    expect(firstBody.created).toBe(1000);
    gateway.state.masterData.entity('schools')?.clear();
    const again = await call(path, { method: 'POST', body: full, headers });
    expect(await again.json()).toEqual(firstBody);
    // Replayed, not applied a second time: the warehouse stays as the test left it.
    expect(gateway.state.masterData.entity('schools')?.size).toBe(0);
  });
});
