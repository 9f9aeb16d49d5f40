import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleOpenDataset } from '../fixtures/sample-open-dataset';
import { sampleServiceDescription } from '../fixtures/sample-service-description';
import { type RunningMockGateway, startMockGateway } from './http-server';

let gateway: RunningMockGateway;

beforeAll(async () => {
  gateway = await startMockGateway({ port: 0, consumers: [{ key: 'srv-key', secret: 'srv-secret-9Kd' }] });
});
afterAll(() => gateway.close());

async function token(): Promise<string> {
  const response = await fetch(`${gateway.url}/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from('srv-key:srv-secret-9Kd').toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

describe('startMockGateway (HTTP server face)', () => {
  it('listens on 127.0.0.1 on a free port', () => {
    expect(gateway.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(gateway.port).toBeGreaterThan(0);
  });

  it('serves the same operations over a real socket, Location on its own URL', async () => {
    const bearer = await token();
    const created = await fetch(`${gateway.url}/catalog/1.0/services/svc-server`, {
      method: 'PUT',
      headers: {
        authorization: `Bearer ${bearer}`,
        'content-type': 'application/json',
        'x-request-id': 'srv-1',
      },
      body: JSON.stringify(sampleServiceDescription('svc-server')),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('x-request-id')).toBe('srv-1');
    expect(created.headers.get('location')).toBe(`${gateway.url}/catalog/1.0/services/svc-server`);
    const list = await fetch(`${gateway.url}/catalog/1.0/services`, {
      headers: { authorization: `Bearer ${bearer}` },
    });
    expect(((await list.json()) as { items: { id: string }[] }).items.map((s) => s.id)).toContain(
      'svc-server',
    );
    expect(gateway.state.services.has('svc-server')).toBe(true);
  });

  it('takes an uploaded file over the socket, checked against its Content-Digest, with or without a length', async () => {
    const bearer = await token();
    const auth = { authorization: `Bearer ${bearer}` };
    const put = await fetch(`${gateway.url}/open-data/1.0/datasets/ds-socket`, {
      method: 'PUT',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify(sampleOpenDataset('ds-socket')),
    });
    expect(put.status).toBeLessThan(300);
    const file = Buffer.from('ma_tinh,ten_tinh\r\n01,Hà Nội\r\n'.repeat(20_000));
    const sha256 = createHash('sha256').update(file).digest('hex');
    const digest = (hex: string) => `sha-256=:${Buffer.from(hex, 'hex').toString('base64')}:`;
    const path = '/open-data/1.0/datasets/ds-socket/distributions/csv/file';
    const wrong = await fetch(`${gateway.url}${path}`, {
      method: 'PUT',
      headers: { ...auth, 'content-type': 'text/csv', 'content-digest': digest('0'.repeat(64)) },
      body: file,
    });
    expect(wrong.status).toBe(422);
    expect(await wrong.json()).toMatchObject({ code: 'checksum_mismatch' });
    const send = (headers: Record<string, string>, chunked: boolean, bytes: Buffer = file) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const call = httpRequest(
          `${gateway.url}${path}`,
          {
            method: 'PUT',
            headers: {
              ...auth,
              'content-type': 'text/csv',
              'content-digest': digest(sha256),
              ...(chunked ? {} : { 'content-length': String(bytes.byteLength) }),
              ...headers,
            },
          },
          (response) => {
            let body = '';
            response.setEncoding('utf8');
            response.on('data', (text: string) => {
              body += text;
            });
            response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
          },
        );
        call.on('error', reject);
        // Sent in pieces, so that the body arrives in several chunks.
        for (let at = 0; at < bytes.byteLength; at += 100_000) call.write(bytes.subarray(at, at + 100_000));
        call.end();
      });
    const byLength = await send({ 'idempotency-key': 'up-1' }, false);
    expect(byLength.status).toBe(200);
    expect(JSON.parse(byLength.body)).toMatchObject({ distribution: { sha256, byteSize: file.byteLength } });
    const stored = gateway.state.openData.fileOf('ds-socket', 'csv')?.bytes ?? new Uint8Array();
    expect(Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength).equals(file)).toBe(true);
    // The same key and the same bytes replay the answer; the same key with other bytes does not.
    expect((await send({ 'idempotency-key': 'up-1' }, false)).status).toBe(200);
    const other = Buffer.concat([file, Buffer.from('02,Hà Giang\r\n')]);
    const reused = await send({ 'idempotency-key': 'up-1', 'content-digest': '' }, false, other);
    expect(JSON.parse(reused.body)).toMatchObject({ code: 'idempotency_key_reused' });
    const chunked = await send({}, true);
    expect(chunked.status).toBe(200);
    expect(JSON.parse(chunked.body)).toMatchObject({ distribution: { sha256 } });
  });

  it('answers problem+json over the socket', async () => {
    const response = await fetch(`${gateway.url}/catalog/1.0/services`);
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ code: 'invalid_token' });
  });

  it('resets its state', async () => {
    await token();
    await gateway.reset();
    expect(gateway.requestLog.size).toBe(0);
    expect(gateway.state.tokens.size).toBe(0);
  });
});
