import { createGatewayClient } from '@chiase/client';
import { type RunningMockGateway, startMockGateway } from '@chiase/mock-gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communeDescription, communeRecords } from '../../test/fixtures/commune-service';
import { createMemoryAccessRights } from '../access/access-rights';
import { createProvider } from '../core/create-provider';
import { functionSource } from '../source/function-source';
import { publishServices } from './publish-services';

let gateway: RunningMockGateway;
beforeAll(async () => {
  gateway = await startMockGateway({ port: 0 });
});
afterAll(async () => {
  await gateway.close();
});

describe('publishServices (Decree 47/2020 Art. 25)', () => {
  it('registers the description, then updates it with If-Match after a change', async () => {
    const client = createGatewayClient(
      { gatewayUrl: gateway.url, consumerKey: 'test-consumer', consumerSecret: 'test-secret', maxRetries: 0 },
      { env: {} },
    );
    const description = communeDescription({ provider: { id: 'H12.01', name: 'Sở Nội vụ' } });
    const provider = createProvider({
      services: [{ description, source: functionSource(async () => communeRecords), key: 'maXa' }],
      authenticators: [],
      accessRights: createMemoryAccessRights(),
      sharingLog: { append: async () => {} },
    });
    const [first] = await publishServices(provider, client);
    expect(first?.id).toBe('H47.22.DMX');
    provider.updateDescription({ ...description, otherInformation: { vi: 'Đã cập nhật' } });
    const [second] = await publishServices(provider, client);
    expect(second?.etag).not.toBe(first?.etag);
    const stored = await client.services.get('H47.22.DMX');
    expect(stored).toMatchObject({ etag: second?.etag });
    const puts = gateway.requestLog.entries().filter((e) => e.method === 'PUT');
    expect(puts.length).toBe(2);
  });
});
