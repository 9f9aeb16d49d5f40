import { createHash } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { communeDescription, communeRecords } from '../../test/fixtures/commune-service';
import { createTestSigner, type TestSigner } from '../../test/fixtures/jwt-keys';
import type { AccessGrant } from '../access/access-grant';
import { createMemoryAccessRights } from '../access/access-rights';
import { jwtAuthenticator } from '../auth/jwt-authenticator';
import type { SharingLog, SharingLogRecord } from '../log/sharing-log-record';
import { functionSource } from '../source/function-source';
import { createProvider } from './create-provider';
import type { ProviderSettings } from './provider-settings';

const BASE = 'https://provider.example/dmx/1.0/xa';
let signer: TestSigner;
beforeAll(async () => {
  signer = await createTestSigner();
});

function memoryLog(): SharingLog & { records: SharingLogRecord[] } {
  const records: SharingLogRecord[] = [];
  return {
    records,
    async append(record) {
      records.push(record);
    },
  };
}

function setup(grants: AccessGrant[], overrides: Partial<ProviderSettings> = {}) {
  const log = memoryLog();
  let clock = new Date('2026-03-02T03:00:00Z');
  const provider = createProvider({
    services: [
      { description: communeDescription(), source: functionSource(async () => communeRecords), key: 'maXa' },
    ],
    authenticators: [
      jwtAuthenticator({ keys: signer.jwks, issuer: 'https://lgsp.angiang.gov.vn', audience: 'H47.22.DMX' }),
    ],
    accessRights: createMemoryAccessRights(grants),
    sharingLog: log,
    now: () => clock,
    ...overrides,
  });
  const call = async (
    path: string,
    consumer: string | null = 'G01.003',
    headers: Record<string, string> = {},
  ) => {
    const auth: Record<string, string> =
      consumer === null ? {} : { authorization: `Bearer ${await signer.sign({ sub: consumer })}` };
    return provider.fetch(new Request(`${BASE}${path}`, { headers: { ...auth, ...headers } }));
  };
  return {
    provider,
    log,
    call,
    setClock: (d: Date) => {
      clock = d;
    },
  };
}

const grant = (overrides: Partial<AccessGrant> = {}): AccessGrant => ({
  consumerId: 'G01.003',
  serviceId: 'H47.22.DMX',
  items: ['maXa', 'tenXa', 'maTinh'],
  purpose: 'Giải quyết thủ tục hành chính',
  ...overrides,
});

describe('access rights', () => {
  it('refuses an authenticated consumer without a grant (default deny) and logs the refusal', async () => {
    const { call, log } = setup([grant({ consumerId: 'H47.01' })]);
    const response = await call('');
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({
      code: 'provider.access_denied',
      localized: { vi: expect.any(String) },
    });
    expect(log.records).toHaveLength(1);
    expect(log.records[0]).toMatchObject({
      consumerId: 'G01.003',
      outcome: 'refused',
      httpStatus: 403,
      dataSha256: null,
    });
  });

  it('refuses a grant that has expired', async () => {
    const { call } = setup([grant({ validUntil: new Date('2026-03-01T00:00:00Z') })]);
    expect((await call('')).status).toBe(403);
  });

  it('refuses a request without credentials with 401 and logs it without a consumer', async () => {
    const { call, log } = setup([grant()]);
    const response = await call('', null);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('Bearer');
    expect(log.records[0]).toMatchObject({ consumerId: null, outcome: 'refused', httpStatus: 401 });
  });

  it('removes items not agreed from every record, including undeclared columns', async () => {
    const { call } = setup([grant({ items: ['maXa', 'tenXa'] })]);
    const body = (await (await call('?limit=3')).json()) as { data: Record<string, unknown>[] };
    expect(body.data).toHaveLength(3);
    for (const record of body.data) expect(Object.keys(record).sort()).toEqual(['maXa', 'tenXa']);
    const one = (await (await call('/30001')).json()) as { data: Record<string, unknown> };
    expect(one.data).toEqual({ maXa: '30001', tenXa: 'Xã số 2' });
    expect('chuTich' in one.data).toBe(false);
  });

  it('applies the row filter to list, count and get', async () => {
    const { call } = setup([grant({ rowFilter: { maTinh: '91' } })]);
    const list = (await (await call('?limit=100')).json()) as { data: { maTinh: string }[] };
    expect(list.data).toHaveLength(8);
    expect(list.data.every((r) => r.maTinh === '91')).toBe(true);
    expect(await (await call('/count')).json()).toEqual({ count: 8 });
    expect((await call('/30000')).status).toBe(404);
    expect((await call('/30001')).status).toBe(200);
    // A consumer's own filter cannot widen the row filter.
    expect(await (await call('/count?maTinh=89')).json()).toEqual({ count: 0 });
  });

  it('refuses filters on items not agreed, unknown parameters and mistyped values', async () => {
    const { call } = setup([grant()]);
    expect((await call('?chuTich=x')).status).toBe(403);
    expect((await call('?khong=1')).status).toBe(400);
    const typed = setup([grant({ items: ['maXa', 'danSo'] })]);
    expect((await typed.call('?danSo=abc')).status).toBe(400);
    expect(await (await typed.call('/count?danSo=1010')).json()).toEqual({ count: 1 });
  });
});

describe('quotas', () => {
  it('answers 429 with Retry-After once the minute quota is used, and serves again the next minute', async () => {
    const { call, setClock } = setup([grant({ quota: { perMinute: 2 } })]);
    setClock(new Date('2026-03-02T03:00:15Z'));
    expect((await call('/count')).status).toBe(200);
    expect((await call('/count')).status).toBe(200);
    const refused = await call('/count');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('45');
    setClock(new Date('2026-03-02T03:01:00Z'));
    expect((await call('/count')).status).toBe(200);
  });

  it('applies the published daily capacity when the grant sets no daily limit, until Vietnamese midnight', async () => {
    const description = communeDescription({ capacity: { requestsPerDay: 1 } });
    const { call, setClock } = setup([grant()], {
      services: [{ description, source: functionSource(async () => communeRecords), key: 'maXa' }],
    });
    setClock(new Date('2026-03-02T16:00:00Z')); // 23:00 in Vietnam
    expect((await call('/count')).status).toBe(200);
    const refused = await call('/count');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('3600');
    setClock(new Date('2026-03-02T17:00:00Z')); // 00:00 the next day in Vietnam
    expect((await call('/count')).status).toBe(200);
  });
});

describe('serving as the description declares', () => {
  it('pages through every record once with sealed cursors, and refuses a forged cursor', async () => {
    const { call } = setup([grant()]);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor === null ? '?limit=5' : `?limit=5&cursor=${cursor}`;
      const page = (await (await call(query)).json()) as {
        data: { maXa: string }[];
        nextCursor: string | null;
      };
      seen.push(...page.data.map((r) => r.maXa));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual(communeRecords.map((r) => r.maXa));
    expect((await call('?cursor=MzAwMDU')).status).toBe(400);
    expect((await call('?limit=101')).status).toBe(400);
  });

  it('answers in XML when asked and declared, and 406 for an undeclared format', async () => {
    const { call } = setup([grant()]);
    const response = await call('?limit=2', 'G01.003', { accept: 'application/xml' });
    expect(response.headers.get('content-type')).toContain('application/xml');
    const xml = new XMLParser().parse(await response.text()) as {
      result: { data: { record: { maXa: number; tenXa: string }[] } };
    };
    expect(xml.result.data.record.map((r) => r.tenXa)).toEqual(['Xã số 1', 'Xã số 2']);
    expect((await call('', 'G01.003', { accept: 'text/csv' })).status).toBe(406);
  });

  it('serves the OpenAPI generated from the description and a health endpoint, without credentials', async () => {
    const { provider } = setup([]);
    const openapi = await provider.fetch(
      new Request('https://provider.example/.well-known/chiase/openapi/H47.22.DMX'),
    );
    const document = (await openapi.json()) as {
      paths: Record<string, unknown>;
      components: { schemas: { Record: { properties: object } } };
    };
    expect(Object.keys(document.paths)).toEqual(['/dmx/1.0/xa', '/dmx/1.0/xa/count', '/dmx/1.0/xa/{maXa}']);
    expect(Object.keys(document.components.schemas.Record.properties)).toEqual([
      'maXa',
      'tenXa',
      'maTinh',
      'danSo',
      'chuTich',
    ]);
    const health = await provider.fetch(new Request('https://provider.example/.well-known/chiase/health'));
    expect(await health.json()).toMatchObject({
      status: 'ok',
      services: [{ id: 'H47.22.DMX', status: 'available' }],
    });
    expect((await provider.fetch(new Request('https://provider.example/other'))).status).toBe(404);
    expect(await provider.handle(new Request('https://provider.example/other'))).toBeUndefined();
  });

  it('refuses calls during announced downtime with Retry-After until the expected restoration', async () => {
    const description = communeDescription({
      plannedDowntime: [
        {
          reason: 'maintenance',
          announcedAt: '2026-02-10T08:00:00+07:00',
          startsAt: '2026-03-02T09:00:00+07:00',
          expectedRestorationAt: '2026-03-02T11:00:00+07:00',
        },
      ],
    });
    const { call } = setup([grant()], {
      services: [{ description, source: functionSource(async () => communeRecords), key: 'maXa' }],
    });
    const response = await call('');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('3600');
  });
});

describe('sharing log', () => {
  it('records a fulfilled request with the digest of the bytes shared (Art. 45.2)', async () => {
    const { call, log } = setup([grant()]);
    const response = await call('?maTinh=89&limit=2', 'G01.003', { 'x-request-id': 'req-42' });
    const bytes = Buffer.from(await response.arrayBuffer());
    const sha = createHash('sha256').update(bytes).digest();
    expect(response.headers.get('repr-digest')).toBe(`sha-256=:${sha.toString('base64')}:`);
    expect(log.records[0]).toMatchObject({
      form: 'online',
      consumerId: 'G01.003',
      serviceId: 'H47.22.DMX',
      operation: 'GET /dmx/1.0/xa',
      parameters: { maTinh: '89', limit: '2' },
      purpose: 'Giải quyết thủ tục hành chính',
      requestId: 'req-42',
      httpStatus: 200,
      outcome: 'fulfilled',
      recordCount: 2,
      itemCodes: ['maXa', 'tenXa', 'maTinh'],
      dataSha256: sha.toString('hex'),
    });
  });

  it('shares nothing when the log cannot be written', async () => {
    const errors: unknown[] = [];
    const { call } = setup([grant()], {
      sharingLog: {
        append: async () => {
          throw new Error('disk full');
        },
      },
      onError: (e) => errors.push(e),
    });
    const response = await call('');
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ code: 'provider.log_unavailable' });
    expect(errors).toHaveLength(1);
  });

  it('answers 500 without details when the source fails, and logs the failure', async () => {
    const errors: unknown[] = [];
    const { call, log } = setup([grant()], {
      services: [
        {
          description: communeDescription(),
          source: functionSource(async () => {
            throw new Error('connection refused to 10.0.0.5');
          }),
          key: 'maXa',
        },
      ],
      onError: (e) => errors.push(e),
    });
    const response = await call('');
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('10.0.0.5');
    expect(log.records[0]).toMatchObject({ outcome: 'failed', httpStatus: 500 });
    expect(errors).toHaveLength(1);
  });
});
