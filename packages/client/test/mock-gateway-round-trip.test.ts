import {
  createMockGateway,
  DEFAULT_CONSUMER,
  sampleOpenDataset,
  sampleServiceDescription,
} from '@chiase/mock-gateway';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PreconditionFailedError } from '../src/errors/status-errors';
import { createGatewayClient } from '../src/gateway-client';
import type { OpenDataset, ServiceDescription } from '../src/resources/types';

// Resource round trips against the mock gateway (@chiase/mock-gateway), the project's one HTTP double.
const gateway = createMockGateway({ nationalRecords: 300 });
const server = setupServer(...gateway.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => gateway.reset());
afterAll(() => server.close());

function client() {
  return createGatewayClient(
    {
      gatewayUrl: gateway.baseUrl,
      consumerKey: DEFAULT_CONSUMER.key,
      consumerSecret: DEFAULT_CONSUMER.secret,
      logLevel: 'off',
      // The mock's answers must also hold valid Decree 47/2020 artefacts.
      strict: true,
    },
    { env: false },
  );
}

describe('round trips against the mock gateway', () => {
  it('checks health', async () => {
    await expect(client().health()).resolves.toMatchObject({ status: 'ok' });
  });

  it('registers, reads, lists, updates with If-Match and withdraws a service', async () => {
    const c = client();
    const description = sampleServiceDescription('svc-round-trip') as ServiceDescription;
    const created = await c.services.put(description);
    expect(created.id).toBe('svc-round-trip');
    const read = await c.services.get('svc-round-trip');
    expect(read.etag).toBe(created.etag);
    const ids: string[] = [];
    for await (const entry of c.services.list()) ids.push(entry.id);
    expect(ids).toContain('svc-round-trip');
    const updated = await c.services.put(
      { ...description, summary: { vi: 'Tra cứu', en: 'Lookup' } },
      { ifMatch: read.etag },
    );
    expect(updated.etag).not.toBe(read.etag);
    // The first ETag is stale now.
    await expect(c.services.put(description, { ifMatch: read.etag })).rejects.toSatisfy(
      PreconditionFailedError.isInstance,
    );
    const withdrawn = await c.services.withdraw('svc-round-trip', { reason: 'Replaced by a new service' });
    expect(withdrawn.service.status).toBe('withdrawn');
  });

  it('uses one token for many concurrent calls', async () => {
    const c = client();
    await Promise.all(Array.from({ length: 20 }, () => c.services.list()));
    const tokenCalls = gateway.requestLog.entries().filter((e) => e.path === '/token');
    expect(tokenCalls).toHaveLength(1);
  });

  it('reads the same code list items from JSON and XML answers', async () => {
    const c = client();
    const fromJson = await c.codeLists.items('DANTOC', { limit: 20 }).toArray();
    const fromXml = await c.codeLists.items('DANTOC', { limit: 20, format: 'xml' }).toArray();
    expect(fromJson.length).toBeGreaterThan(20);
    expect(fromXml).toEqual(fromJson);
    expect(fromJson[0]).toMatchObject({ code: '01', name: 'Kinh' });
  });

  it('reads provinces as of a day, before and after the 2025 merger', async () => {
    const c = client();
    const today = await c.codeLists.items('TINH', { limit: 1000 }).toArray();
    const before = await c.codeLists.items('TINH', { limit: 1000, effectiveOn: '2025-06-30' }).toArray();
    expect(today).toHaveLength(34);
    expect(before.length).toBeGreaterThan(today.length);
  });

  it('mirrors a national entity: every snapshot record, then the change feed from snapshotAt', async () => {
    const c = client();
    const snapshot = c.national.snapshot('dancu', 'citizens', { limit: 120 });
    const first = await snapshot;
    const keys = new Set<string>();
    for await (const record of snapshot) keys.add(record.key);
    expect(keys.size).toBe(300);
    const changes = await c.national.changes('dancu', 'citizens', { since: first.snapshotAt });
    expect(Array.isArray(changes.items)).toBe(true);
    expect(typeof changes.until).toBe('string');
  });

  it('publishes an open dataset and uploads, then downloads, its file with the digest checked both ways', async () => {
    const c = client();
    await c.openData.putDataset('truong-hoc', sampleOpenDataset('truong-hoc') as OpenDataset);
    const bytes = new TextEncoder().encode('ma,ten\n01,Trường THPT Nguyễn Trãi\n');
    const uploaded = await c.openData.uploadDistribution('truong-hoc', 'csv', bytes);
    expect(uploaded.byteSize).toBe(bytes.byteLength);
    expect(uploaded.entry.distribution.sha256).toBe(uploaded.sha256);
    const downloaded = await c.openData.downloadDistribution('truong-hoc', 'csv');
    expect(new Uint8Array(downloaded.bytes)).toEqual(bytes);
    expect(downloaded.contentDigest).toMatch(/^sha-256=:/);
    const dataset = await c.openData.getDataset('truong-hoc');
    expect(dataset.dataset.dataUpdatedOn).toBeDefined();
  });

  it('upserts and deletes master data idempotently', async () => {
    const c = client();
    const records = [{ key: '0100109106', data: { ten: 'Công ty A' } }];
    await expect(c.masterData.upsert('enterprises', records)).resolves.toMatchObject({ created: 1 });
    await expect(c.masterData.upsert('enterprises', records)).resolves.toMatchObject({ unchanged: 1 });
    await expect(c.masterData.delete('enterprises', ['0100109106', '0300588569'])).resolves.toMatchObject({
      deleted: 1,
      notFound: 1,
    });
  });
});
