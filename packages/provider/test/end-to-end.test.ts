import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayClient, type GatewayClient, PermissionDeniedError } from '@chiase/client';
import { type RunningMockGateway, startMockGateway, upstreamProvider } from '@chiase/mock-gateway';
import type { SqlStore } from '@chiase/sql-store';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createSqlAccessRights, type SqlAccessRights } from '../src/access/sql-access-rights';
import { createNodeHandler } from '../src/adapters/node-handler';
import { jwtAuthenticator } from '../src/auth/jwt-authenticator';
import { createProvider, type Provider } from '../src/core/create-provider';
import { sharingUsageReport } from '../src/log/sharing-usage-report';
import { createSqlSharingLog, type SqlSharingLog } from '../src/log/sql-sharing-log';
import { verifySharingLog } from '../src/log/verify-sharing-log';
import {
  acceptConnectionRequest,
  pendingConnectionRequests,
  refuseConnectionRequest,
} from '../src/publication/connection-requests';
import { publishServices } from '../src/publication/publish-services';
import { sqlTableSource } from '../src/source/sql-table-source';
import { communeDescription, communeRecords } from './fixtures/commune-service';
import { describeEachBackend } from './sql-test-backends';

// Two agencies on one gateway: the provider (Sở Nội vụ An Giang) and two consumers.
const PROVIDER = { key: 'snv-angiang', secret: 'provider-secret-1', agencyId: 'H47.22' };
const CONSUMER = { key: 'stp-angiang', secret: 'consumer-secret-1', agencyId: 'H47.16' };
const OTHER = { key: 'sct-angiang', secret: 'consumer-secret-2', agencyId: 'H47.17' };
const SERVICE = 'H47.22.DMX';
const LIST = '/dmx/1.0/xa';
// The list, get-by-key and count operations, each declared in the description (Art. 24.3a).
function description() {
  const base = communeDescription();
  const [list] = base.endpoints;
  return {
    ...base,
    endpoints: [
      list,
      { ...list, name: { vi: 'Chi tiết xã' }, path: `${LIST}/{maXa}` },
      { ...list, name: { vi: 'Đếm số xã' }, path: `${LIST}/count` },
    ],
  } as typeof base;
}
const PROVIDER_AGENCY = { id: PROVIDER.agencyId, name: 'Sở Nội vụ tỉnh An Giang' };

function connectionRequest(id: string, requester: { id: string; name: string }) {
  return {
    id,
    requester,
    purpose: { vi: 'Đối chiếu mã xã khi giải quyết thủ tục hành chính.' },
    requestedItems: [
      { code: 'maXa', name: 'Mã xã' },
      { code: 'tenXa', name: 'Tên xã' },
    ],
    itemCount: 2,
    service: { id: SERVICE, name: 'Danh mục xã, phường' },
    accessFrequency: { requests: 500, per: 'day' as const },
    submittedAt: new Date().toISOString(),
  };
}

function clientOf(gateway: RunningMockGateway, account: { key: string; secret: string }): GatewayClient {
  return createGatewayClient(
    {
      gatewayUrl: gateway.url,
      consumerKey: account.key,
      consumerSecret: account.secret,
      logLevel: 'off',
      maxRetries: 0,
    },
    { env: false },
  );
}

describeEachBackend('consumer → mock gateway → provider → sharing log', (open) => {
  let store: SqlStore;
  let gateway: RunningMockGateway;
  let server: Server;
  let provider: Provider;
  let rights: SqlAccessRights;
  let log: SqlSharingLog;

  beforeEach(async () => {
    store = await open();
    await store.exec(
      'CREATE TABLE xa ("maXa" text PRIMARY KEY, "tenXa" text, "maTinh" text, "danSo" integer, "chuTich" text)',
    );
    for (const r of communeRecords) {
      await store.query('INSERT INTO xa VALUES ($1, $2, $3, $4, $5)', [
        r.maXa,
        r.tenXa,
        r.maTinh,
        r.danSo,
        r.chuTich,
      ]);
    }
    gateway = await startMockGateway({ port: 0, consumers: [PROVIDER, CONSUMER, OTHER] });
    log = await createSqlSharingLog({ store });
    rights = await createSqlAccessRights({ store });
    provider = createProvider({
      services: [{ description: description(), source: sqlTableSource({ store, table: 'xa' }), key: 'maXa' }],
      authenticators: [
        jwtAuthenticator({
          jwksUrl: `${gateway.url}/jwks`,
          issuer: gateway.url,
          audience: SERVICE,
          header: 'x-jwt-assertion',
        }),
      ],
      accessRights: rights,
      sharingLog: log,
      onError: () => undefined,
    });
    server = createServer(createNodeHandler(provider));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    gateway.state.providers.set(SERVICE, upstreamProvider(`http://127.0.0.1:${port}`));
  });

  afterEach(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await gateway.close();
    await store.close();
  });

  it('publishes, takes a connection request, serves the agreed items only, and logs every call in a sound chain', async () => {
    const asProvider = clientOf(gateway, PROVIDER);
    const asConsumer = clientOf(gateway, CONSUMER);
    const asOther = clientOf(gateway, OTHER);

    // Art. 25: the description the provider serves is the one in the catalogue.
    const [published] = await publishServices(provider, asProvider);
    expect(published?.service.id).toBe(SERVICE);
    expect((await asConsumer.services.get(SERVICE)).service.endpoints[0]?.path).toBe('/dmx/1.0/xa');

    // No connection yet: the gateway refuses (Art. 35, 40) and the provider sees nothing.
    await expect(
      asConsumer.invoke(SERVICE, { operation: LIST, json: { maTinh: '91' } }),
    ).rejects.toBeInstanceOf(PermissionDeniedError);

    // Two requests; the provider lists them with their Art. 35.3 deadline, accepts one, refuses the other.
    await asConsumer.connectionRequests.create(
      connectionRequest('YC-DMX-0001', { id: CONSUMER.agencyId, name: 'Sở Tư pháp tỉnh An Giang' }),
    );
    await asOther.connectionRequests.create(
      connectionRequest('YC-DMX-0002', { id: OTHER.agencyId, name: 'Sở Công Thương tỉnh An Giang' }),
    );
    const pending = await pendingConnectionRequests(asProvider, PROVIDER.agencyId);
    expect(pending.map((p) => p.entry.request.id).sort()).toEqual(['YC-DMX-0001', 'YC-DMX-0002']);
    for (const p of pending) {
      expect(p.deadline.overdue).toBe(false);
      expect(p.deadline.rule.value).toBe(2);
      // The deadline computed locally is the one the gateway set.
      expect(p.deadline.dueDate).toBe(p.entry.deadline);
    }
    const mine = pending.find((p) => p.entry.request.id === 'YC-DMX-0001');
    const theirs = pending.find((p) => p.entry.request.id === 'YC-DMX-0002');
    const accepted = await acceptConnectionRequest(asProvider, rights, mine?.entry as never, {
      provider: PROVIDER_AGENCY,
      accountId: CONSUMER.key,
      rowFilter: { maTinh: '91' },
    });
    expect(accepted.status).toBe('accepted');
    const refused = await refuseConnectionRequest(asProvider, theirs?.entry as never, {
      provider: PROVIDER_AGENCY,
      reasons: [{ vi: 'Mục đích không thuộc chức năng, nhiệm vụ của cơ quan đề nghị.' }],
      legalBasis: [{ document: 'Nghị định 194/2025/NĐ-CP', provision: 'Điều 16' }],
    });
    expect(refused.status).toBe('refused');
    expect(await pendingConnectionRequests(asProvider, PROVIDER.agencyId)).toEqual([]);

    // A decision the gateway does not take leaves the rights as they were.
    const widen = { provider: PROVIDER_AGENCY, accountId: CONSUMER.key, items: ['maXa', 'tenXa', 'chuTich'] };
    await expect(acceptConnectionRequest(asProvider, rights, mine?.entry as never, widen)).rejects.toThrow();
    expect((await rights.find(CONSUMER.agencyId, SERVICE))?.items).toEqual(['maXa', 'tenXa']);
    await expect(
      acceptConnectionRequest(asProvider, rights, theirs?.entry as never, { ...widen, accountId: OTHER.key }),
    ).rejects.toThrow();
    expect(await rights.find(OTHER.agencyId, SERVICE)).toBeUndefined();
    // The grant is in the database: a restarted provider finds it.
    expect(await (await createSqlAccessRights({ store })).find(CONSUMER.agencyId, SERVICE)).toMatchObject({
      items: ['maXa', 'tenXa'],
      rowFilter: { maTinh: '91' },
      accountId: CONSUMER.key,
    });

    // The accepted consumer gets its province's communes, with only the two items it asked for.
    const page = await asConsumer.invoke<{ data: Record<string, unknown>[] }>(SERVICE, {
      operation: LIST,
      json: { limit: 100 },
    });
    const expected = communeRecords.filter((r) => r.maTinh === '91');
    expect(page.data).toHaveLength(expected.length);
    for (const item of page.data) expect(Object.keys(item).sort()).toEqual(['maXa', 'tenXa']);
    expect(page.data.map((i) => i.maXa)).toEqual(expected.map((r) => r.maXa));

    // Get by key and count, through the gateway, within the row filter only.
    const one = expected[1] as { maXa: string; tenXa: string };
    expect(await asConsumer.invoke(SERVICE, { operation: `${LIST}/${one.maXa}` })).toEqual({
      data: { maXa: one.maXa, tenXa: one.tenXa },
    });
    const outside = communeRecords.find((r) => r.maTinh !== '91') as { maXa: string };
    await expect(asConsumer.invoke(SERVICE, { operation: `${LIST}/${outside.maXa}` })).rejects.toMatchObject({
      status: 404,
    });
    expect(await asConsumer.invoke(SERVICE, { operation: `${LIST}/count` })).toEqual({
      count: expected.length,
    });

    // The refused agency is stopped at the gateway.
    await expect(asOther.invoke(SERVICE, { operation: LIST, json: {} })).rejects.toBeInstanceOf(
      PermissionDeniedError,
    );

    // Calling the provider directly, around the gateway, is refused: no signed assertion.
    const { port } = server.address() as AddressInfo;
    const direct = await fetch(`http://127.0.0.1:${port}/dmx/1.0/xa`);
    expect(direct.status).toBe(401);

    // A raw call through the gateway: the bytes the consumer receives are the ones the log seals.
    const token = await (
      await fetch(`${gateway.url}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `grant_type=client_credentials&client_id=${CONSUMER.key}&client_secret=${CONSUMER.secret}`,
      })
    ).json();
    const raw = await fetch(
      `${gateway.url}/invoke/1.0/services/${SERVICE}?operation=${encodeURIComponent(LIST)}`,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${(token as { access_token: string }).access_token}`,
          'content-type': 'application/json',
          accept: 'application/json',
        },
        body: JSON.stringify({ maXa: expected[0]?.maXa }),
      },
    );
    expect(raw.status).toBe(200);
    const bytes = new Uint8Array(await raw.arrayBuffer());
    await log.flush();

    const { rows } = await store.query<{
      seq: string | number;
      consumer_id: string | null;
      outcome: string;
      http_status: number;
      record_count: number | null;
      data_sha256: string | null;
      purpose: string | null;
    }>(
      'SELECT seq, consumer_id, outcome, http_status, record_count, data_sha256, purpose FROM chiase_sharing_log ORDER BY seq',
    );
    expect(rows.map((r) => [r.consumer_id, r.outcome, r.http_status, r.record_count])).toEqual([
      [CONSUMER.agencyId, 'fulfilled', 200, expected.length],
      [CONSUMER.agencyId, 'fulfilled', 200, 1],
      [CONSUMER.agencyId, 'fulfilled', 404, 0],
      [CONSUMER.agencyId, 'fulfilled', 200, 0],
      [null, 'refused', 401, null],
      [CONSUMER.agencyId, 'fulfilled', 200, 1],
    ]);
    expect(rows[5]?.data_sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(rows[0]?.purpose).toBe('Đối chiếu mã xã khi giải quyết thủ tục hành chính.');

    const verified = await verifySharingLog(store);
    expect(verified).toMatchObject({ ok: true, entries: 6 });

    // Art. 16.2: usage per consumer, service and purpose.
    const usage = await sharingUsageReport(store, {
      from: new Date(Date.now() - 3_600_000),
      to: new Date(Date.now() + 3_600_000),
    });
    const consumerLine = usage.find((line) => line.consumerId === CONSUMER.agencyId);
    expect(consumerLine).toMatchObject({
      serviceId: SERVICE,
      requests: 5,
      fulfilled: 5,
      records: expected.length + 2,
    });

    // Anyone who edits the table breaks the chain at that entry.
    await store.query('UPDATE chiase_sharing_log SET record_count = 99 WHERE seq = 1');
    const tampered = await verifySharingLog(store);
    expect(tampered.ok).toBe(false);
    expect(tampered.firstBad).toMatchObject({ seq: 1, problem: 'modified' });
  });
});
