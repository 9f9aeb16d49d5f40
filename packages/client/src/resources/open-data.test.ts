import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createMockGateway, DEFAULT_CONSUMER, sampleOpenDataset } from '@chiase/mock-gateway';
import { HttpResponse, http } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { GATEWAY, testClient, useMswServer } from '../../test/gateway-server';
import { InvalidResponseError } from '../errors/response-errors';
import { UnprocessableError } from '../errors/status-errors';
import { createGatewayClient } from '../gateway-client';
import { HashingStream } from './hashing-stream';
import type { OpenDataset } from './types';

const server = useMswServer();
const FILE_URL = `${GATEWAY}/open-data/1.0/datasets/ds-1/distributions/csv/file`;
const CSV = 'ma_tinh,ten_tinh\n01,Thành phố Hà Nội\n79,Thành phố Hồ Chí Minh\n';
const SHA = createHash('sha256').update(CSV).digest('hex');
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chiase-client-'));
  await writeFile(join(dir, 'tinh.csv'), CSV);
});
afterAll(() => rm(dir, { recursive: true, force: true }));
afterEach(() => {
  vi.restoreAllMocks();
});

/** A gateway that stores the upload and answers the checksum it computed (or a wrong one). */
function storage(options: { failFirst?: boolean; lie?: boolean } = {}) {
  const uploads: { body: Buffer; headers: Headers }[] = [];
  server.use(
    http.put(FILE_URL, async ({ request }) => {
      const body = Buffer.from(await request.arrayBuffer());
      uploads.push({ body, headers: request.headers });
      if (options.failFirst === true && uploads.length === 1) {
        return HttpResponse.json({ type: 'about:blank', title: 'Unavailable', status: 503 }, { status: 503 });
      }
      const sha256 = options.lie === true ? '0'.repeat(64) : createHash('sha256').update(body).digest('hex');
      return HttpResponse.json({
        id: 'csv',
        datasetId: 'ds-1',
        etag: '"2"',
        registeredAt: '2026-03-02T08:00:00+07:00',
        updatedAt: '2026-03-02T08:00:00+07:00',
        uploadedAt: '2026-03-02T08:00:00+07:00',
        distribution: { byteSize: body.length, sha256, downloadUrl: 'https://lgsp.test/x', format: 'CSV' },
      });
    }),
  );
  return uploads;
}

describe('distribution upload', () => {
  it('streams a file by path with its sha256 computed on the way, and retries by reopening it', async () => {
    const uploads = storage({ failFirst: true });
    const result = await testClient().openData.uploadDistribution('ds-1', 'csv', join(dir, 'tinh.csv'));
    expect(result.sha256).toBe(SHA);
    expect(result.byteSize).toBe(Buffer.byteLength(CSV));
    expect(result.entry.distribution.sha256).toBe(SHA);
    expect(uploads).toHaveLength(2);
    expect(uploads[1]?.body.toString()).toBe(CSV);
    expect(uploads[1]?.headers.get('content-type')).toBe('application/octet-stream');
    expect(uploads[0]?.headers.get('idempotency-key')).toBe(uploads[1]?.headers.get('idempotency-key'));
  });

  it('uploads a stream once and sends Content-Digest when the digest is known', async () => {
    const uploads = storage();
    const result = await testClient().openData.uploadDistribution('ds-1', 'csv', Readable.from([CSV]), {
      sha256: SHA,
      ifMatch: '"1"',
    });
    expect(result.sha256).toBe(SHA);
    expect(uploads[0]?.headers.get('content-digest')).toBe(
      `sha-256=:${Buffer.from(SHA, 'hex').toString('base64')}:`,
    );
    expect(uploads[0]?.headers.get('if-match')).toBe('"1"');
  });

  it('trusts a given sha256 without hashing the bytes again, counts them, and still retries a path by reopening it', async () => {
    const uploads = storage({ failFirst: true });
    const hashed = vi.spyOn(HashingStream.prototype, '_transform');
    const result = await testClient().openData.uploadDistribution('ds-1', 'csv', join(dir, 'tinh.csv'), {
      sha256: SHA.toUpperCase(),
    });
    expect(result.sha256).toBe(SHA);
    expect(result.byteSize).toBe(Buffer.byteLength(CSV));
    expect(hashed).not.toHaveBeenCalled();
    expect(uploads).toHaveLength(2);
    expect(uploads[1]?.body.toString()).toBe(CSV);
    expect(uploads[1]?.headers.get('content-length')).toBe(String(Buffer.byteLength(CSV)));
    expect(uploads[1]?.headers.get('content-digest')).toBe(
      `sha-256=:${Buffer.from(SHA, 'hex').toString('base64')}:`,
    );
  });

  it('still computes the sha256 on the way when none is given', async () => {
    storage();
    const hashed = vi.spyOn(HashingStream.prototype, '_transform');
    const result = await testClient().openData.uploadDistribution(
      'ds-1',
      'csv',
      new TextEncoder().encode(CSV),
    );
    expect(result.sha256).toBe(SHA);
    expect(result.byteSize).toBe(Buffer.byteLength(CSV));
    expect(hashed).toHaveBeenCalled();
  });

  it('throws a checksum mismatch when the gateway stored another digest than the sha256 given', async () => {
    storage();
    const other = createHash('sha256').update(`${CSV}x`).digest('hex');
    const error = await testClient()
      .openData.uploadDistribution('ds-1', 'csv', new TextEncoder().encode(CSV), { sha256: other })
      .catch((e: unknown) => e);
    expect(InvalidResponseError.isInstance(error)).toBe(true);
    expect((error as InvalidResponseError).code).toBe('gateway.checksum_mismatch');
  });

  it('refuses a malformed sha256 before sending anything', async () => {
    const uploads = storage();
    for (const sha256 of [
      '',
      SHA.slice(1),
      `${SHA}0`,
      `${SHA.slice(1)}g`,
      Buffer.from(SHA, 'hex').toString('base64'),
    ]) {
      await expect(
        testClient().openData.uploadDistribution('ds-1', 'csv', join(dir, 'tinh.csv'), { sha256 }),
      ).rejects.toThrow(TypeError);
    }
    await expect(
      testClient().openData.uploadDistribution('ds-1', 'csv', join(dir, 'tinh.csv'), { sha256: 'abc' }),
    ).rejects.toThrow(/options\.sha256 must be a SHA-256 as 64 hexadecimal digits, got "abc"/);
    expect(uploads).toHaveLength(0);
  });

  it("is refused by the mock gateway (422 checksum mismatch) when the sha256 given is not the file's", async () => {
    const gateway = createMockGateway();
    server.use(...gateway.handlers);
    const client = createGatewayClient(
      {
        gatewayUrl: gateway.baseUrl,
        consumerKey: DEFAULT_CONSUMER.key,
        consumerSecret: DEFAULT_CONSUMER.secret,
        logLevel: 'off',
      },
      { env: false },
    );
    await client.openData.putDataset('truong-hoc', sampleOpenDataset('truong-hoc') as OpenDataset);
    const error = await client.openData
      .uploadDistribution('truong-hoc', 'csv', new TextEncoder().encode(CSV), { sha256: '0'.repeat(64) })
      .catch((e: unknown) => e);
    expect(UnprocessableError.isInstance(error)).toBe(true);
    expect((error as UnprocessableError).problem?.type).toBe('urn:chiase:problem:checksum-mismatch');
    const uploaded = await client.openData.uploadDistribution(
      'truong-hoc',
      'csv',
      new TextEncoder().encode(CSV),
      { sha256: SHA },
    );
    expect(uploaded.entry.distribution.sha256).toBe(SHA);
  });

  it('does not retry a stream upload', async () => {
    const uploads = storage({ failFirst: true });
    await expect(
      testClient().openData.uploadDistribution('ds-1', 'csv', Readable.from([CSV])),
    ).rejects.toMatchObject({ status: 503 });
    expect(uploads).toHaveLength(1);
  });

  it('throws a checksum mismatch when the gateway stored other bytes than were sent', async () => {
    storage({ lie: true });
    const error = await testClient()
      .openData.uploadDistribution('ds-1', 'csv', new TextEncoder().encode(CSV))
      .catch((e: unknown) => e);
    expect(InvalidResponseError.isInstance(error)).toBe(true);
    expect((error as InvalidResponseError).code).toBe('gateway.checksum_mismatch');
  });

  it('downloads a file and checks its Content-Digest', async () => {
    const digest = `sha-256=:${createHash('sha256').update(CSV).digest('base64')}:`;
    server.use(
      http.get(FILE_URL, () =>
        HttpResponse.arrayBuffer(new TextEncoder().encode(CSV).buffer as ArrayBuffer, {
          headers: { 'Content-Type': 'application/octet-stream', 'Content-Digest': digest },
        }),
      ),
    );
    const file = await testClient().openData.downloadDistribution('ds-1', 'csv');
    expect(Buffer.from(file.bytes).toString()).toBe(CSV);
    server.use(
      http.get(FILE_URL, () =>
        HttpResponse.arrayBuffer(new TextEncoder().encode(`${CSV}x`).buffer as ArrayBuffer, {
          headers: { 'Content-Type': 'application/octet-stream', 'Content-Digest': digest },
        }),
      ),
    );
    await expect(testClient().openData.downloadDistribution('ds-1', 'csv')).rejects.toSatisfy(
      InvalidResponseError.isInstance,
    );
  });
});
