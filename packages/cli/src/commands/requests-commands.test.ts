import { join } from 'node:path';
import { createGatewayClient, type GatewayClient } from '@chiase/client';
import { type RunningMockGateway, sampleServiceDescription, startMockGateway } from '@chiase/mock-gateway';
import { createSqlAccessRights } from '@chiase/provider';
import { openSqlStore } from '@chiase/sql-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, temporaryDirectory } from '../../test/memory-io';

const PROVIDER = { key: 'snv-angiang', secret: 'provider-secret-1', agencyId: 'H47.22' };
const CONSUMER = { key: 'stp-angiang', secret: 'consumer-secret-1', agencyId: 'H47.16' };
const SERVICE = 'H47.22.DMX';

let gateway: RunningMockGateway;
let env: Record<string, string>;
let consumer: GatewayClient;

function request(id: string) {
  return {
    id,
    requester: { id: CONSUMER.agencyId, name: 'Sở Tư pháp tỉnh An Giang' },
    purpose: { vi: 'Đối chiếu mã xã khi giải quyết thủ tục hành chính.' },
    requestedItems: [
      { code: 'maXa', name: 'Mã xã' },
      { code: 'tenXa', name: 'Tên xã' },
    ],
    itemCount: 2,
    service: { id: SERVICE, name: 'Danh mục xã' },
    accessFrequency: { requests: 100, per: 'day' as const },
    submittedAt: new Date().toISOString(),
  };
}

beforeAll(async () => {
  gateway = await startMockGateway({ port: 0, consumers: [PROVIDER, CONSUMER] });
  env = {
    LANG: 'en_US.UTF-8',
    CHIASE_GATEWAY_URL: gateway.url,
    CHIASE_CONSUMER_KEY: PROVIDER.key,
    CHIASE_CONSUMER_SECRET: PROVIDER.secret,
  };
  const settings = { gatewayUrl: gateway.url, logLevel: 'off' as const };
  const provider = createGatewayClient(
    { ...settings, consumerKey: PROVIDER.key, consumerSecret: PROVIDER.secret },
    { env: false },
  );
  consumer = createGatewayClient(
    { ...settings, consumerKey: CONSUMER.key, consumerSecret: CONSUMER.secret },
    { env: false },
  );
  await provider.services.put(
    sampleServiceDescription(SERVICE, {
      provider: { id: PROVIDER.agencyId, name: 'Sở Nội vụ tỉnh An Giang' },
    }) as never,
  );
  await consumer.connectionRequests.create(request('YC-1'));
  await consumer.connectionRequests.create(request('YC-2'));
});
afterAll(() => gateway.close());

describe('chiase requests', () => {
  it('lists the pending requests with their Art. 35.3 deadline', async () => {
    const result = await run(['requests', 'list', '--agency', PROVIDER.agencyId], { env });
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^YC-1\s+H47\.16\s+H47\.22\.DMX\s+due \d{4}-\d{2}-\d{2}\s+Đối chiếu mã xã/);
    expect(lines[2]).toBe('2 pending requests.');
    const json = await run(['--json', 'requests', 'list', '--agency', PROVIDER.agencyId], { env });
    const items = (
      JSON.parse(json.stdout) as { items: { id: string; overdue: boolean; rule: { value: number } }[] }
    ).items;
    expect(items.map((i) => [i.id, i.overdue, i.rule.value])).toEqual([
      ['YC-1', false, 2],
      ['YC-2', false, 2],
    ]);
  });

  it('accepts: grants the rights in the provider database, then records the decision at the gateway', async () => {
    const database = join(temporaryDirectory(), 'provider-db');
    const result = await run(
      [
        'requests',
        'accept',
        'YC-1',
        '--account',
        CONSUMER.key,
        '--database',
        database,
        '--row-filter',
        'maTinh=91',
        '--per-minute',
        '60',
        '--valid-until',
        '2027-12-31',
      ],
      { env },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe('Accepted request YC-1: H47.16 may use maXa, tenXa.\n');
    expect((await consumer.connectionRequests.get('YC-1')).status).toBe('accepted');
    const store = await openSqlStore({ dataDir: database });
    try {
      const grant = await (await createSqlAccessRights({ store })).find(CONSUMER.agencyId, SERVICE);
      expect(grant).toMatchObject({
        items: ['maXa', 'tenXa'],
        rowFilter: { maTinh: '91' },
        quota: { perMinute: 60 },
        accountId: CONSUMER.key,
        validUntil: new Date('2027-12-31T17:00:00Z'),
      });
    } finally {
      await store.close();
    }

    const again = await run(['requests', 'accept', 'YC-1', '--account', 'x', '--database', database], {
      env,
    });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Request YC-1 is already decided (accepted)');
  });

  it('refuses with reasons and legal basis, and refuses to refuse without them', async () => {
    const bare = await run(['requests', 'refuse', 'YC-2', '--reason', 'Ngoài phạm vi'], { env });
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('--legal-basis');
    const result = await run(
      [
        'requests',
        'refuse',
        'YC-2',
        '--reason',
        'Mục đích không thuộc chức năng, nhiệm vụ của cơ quan đề nghị.',
        '--legal-basis',
        'Nghị định 194/2025/NĐ-CP#Điều 16',
      ],
      { env },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe('Refused request YC-2 from H47.16.\n');
    const entry = await consumer.connectionRequests.get('YC-2');
    expect(entry.status).toBe('refused');
    expect(entry.decision).toMatchObject({
      outcome: 'refused',
      legalBasis: [{ document: 'Nghị định 194/2025/NĐ-CP', provision: 'Điều 16' }],
    });
    const none = await run(['requests', 'list', '--agency', PROVIDER.agencyId], { env });
    expect(none.stdout).toBe('No connection request is waiting for H47.22.\n');
  });

  it('exits 2 on a malformed flag before it contacts the gateway', async () => {
    const before = gateway.requestLog.entries().length;
    const badFilter = await run(
      ['requests', 'accept', 'YC-9', '--account', 'a', '--database', 'db', '--row-filter', 'maTinh'],
      { env },
    );
    expect(badFilter.code).toBe(2);
    expect(badFilter.stderr).toContain('--row-filter must be <item>=<value>');
    const badAgency = await run(['requests', 'list', '--agency', 'not-an-id'], { env });
    expect(badAgency.code).toBe(2);
    expect(gateway.requestLog.entries().length).toBe(before);
  });
});
