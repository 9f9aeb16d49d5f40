import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGatewayClient } from '@chiase/client';
import { startMockGateway } from '@chiase/mock-gateway';
import { expect, it } from 'vitest';
import { parseDatasetSchema } from '../schema/load-dataset-schema';
import { publishCsv } from './publish-csv';

it('publishes a changed file to a dataset it already published', async () => {
  const gateway = await startMockGateway({ port: 0 });
  const dir = mkdtempSync(join(tmpdir(), 'chiase-republish-'));
  try {
    const client = createGatewayClient(
      {
        gatewayUrl: gateway.url,
        consumerKey: 'test-consumer',
        consumerSecret: 'test-secret',
        logLevel: 'off',
      },
      { env: false },
    );
    const schema = parseDatasetSchema({ columns: [{ name: 'ma', type: 'string', required: true }] });
    const options = {
      datasetId: 'ds',
      schema,
      client,
      license: 'https://data.gov.vn/giay-phep',
      dataset: {
        title: { vi: 'Tập dữ liệu' },
        description: { vi: 'Mô tả.' },
        publisher: { id: 'H12.01', name: 'Sở' },
        contactPoint: { name: 'Phòng', email: 'a@example.gov.vn' },
        updateFrequency: 'ANNUAL' as const,
        issued: '2026-01-05',
      },
    };
    writeFileSync(join(dir, 'a.csv'), 'ma\n01\n');
    const first = await publishCsv({ ...options, file: join(dir, 'a.csv') });
    writeFileSync(join(dir, 'b.csv'), 'ma\n01\n02\n');
    const second = await publishCsv({ ...options, file: join(dir, 'b.csv') });
    expect(second.status).toBe('published');
    expect(second.sha256).not.toBe(first.sha256);
    expect(second.dataset.dataset.distributions[0]?.sha256).toBe(second.sha256);
  } finally {
    await gateway.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
