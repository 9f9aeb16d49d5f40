import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleServiceDescription } from '../fixtures/sample-service-description';
import { startMockGateway } from './http-server';

const dataDir = mkdtempSync(join(tmpdir(), 'chiase-mock-state-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function bearer(url: string): Promise<Record<string, string>> {
  const response = await fetch(`${url}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials&client_id=test-consumer&client_secret=test-secret',
  });
  const { access_token } = (await response.json()) as { access_token: string };
  return { authorization: `Bearer ${access_token}` };
}

describe('startMockGateway({ dataDir })', () => {
  it('keeps what was written through the API across restarts, ETags and ids included', async () => {
    const first = await startMockGateway({ dataDir });
    const auth = await bearer(first.url);
    const put = await fetch(`${first.url}/catalog/1.0/services/persisted`, {
      method: 'PUT',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify(sampleServiceDescription('persisted')),
    });
    expect(put.status).toBe(201);
    const etag = put.headers.get('etag');
    const upsert = await fetch(`${first.url}/master-data/1.0/entities/enterprises/upserts`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ records: [{ key: '0100109106', data: { ten: 'Công ty Cổ phần Ánh Dương' } }] }),
    });
    const { batchId } = (await upsert.json()) as { batchId: string };
    await first.close();

    const second = await startMockGateway({ dataDir });
    try {
      const again = await bearer(second.url);
      const read = await fetch(`${second.url}/catalog/1.0/services/persisted`, { headers: again });
      expect(read.status).toBe(200);
      expect(read.headers.get('etag')).toBe(etag);
      expect(second.state.masterData.entity('enterprises')?.get('0100109106')?.data).toEqual({
        ten: 'Công ty Cổ phần Ánh Dương',
      });
      const next = await fetch(`${second.url}/master-data/1.0/entities/enterprises/deletions`, {
        method: 'POST',
        headers: { ...again, 'content-type': 'application/json' },
        body: JSON.stringify({ keys: ['0100109106'] }),
      });
      expect(((await next.json()) as { batchId: string }).batchId > batchId).toBe(true);
      // Tokens are not kept: the first run's token is unknown now.
      expect((await fetch(`${second.url}/catalog/1.0/services`, { headers: auth })).status).toBe(401);
      await second.reset();
    } finally {
      await second.close();
    }
    const third = await startMockGateway({ dataDir });
    try {
      expect(third.state.services.size).toBe(0);
    } finally {
      await third.close();
    }
  }, 60_000);
});
