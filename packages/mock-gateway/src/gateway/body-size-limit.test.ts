import { request as httpRequest } from 'node:http';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockGatewaySettingsError } from '../errors/settings-error';
import { startMockGateway } from '../faces/http-server';
import { createMockGateway } from '../faces/mock-gateway';
import { sampleOpenDataset } from '../fixtures/sample-open-dataset';
import { MAX_BODY_BYTES_CEILING } from './body-size-limit';

const LIMIT = 8192;
const FILE_PATH = '/open-data/1.0/datasets/ds-limit/distributions/csv/file';

async function bearerOf(base: string): Promise<string> {
  const response = await fetch(`${base}/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from('test-consumer:test-secret').toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

async function putDataset(base: string, bearer: string): Promise<void> {
  const body = JSON.stringify(sampleOpenDataset('ds-limit'));
  expect(body.length).toBeLessThan(LIMIT);
  const put = await fetch(`${base}/open-data/1.0/datasets/ds-limit`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
    body,
  });
  expect(put.status).toBeLessThan(300);
}

describe('maxBodyBytes (msw face)', () => {
  const gateway = createMockGateway({ maxBodyBytes: LIMIT });
  const server = setupServer(...gateway.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('answers 413 payload-too-large for a body over the limit, and takes one at the limit', async () => {
    const bearer = await bearerOf(gateway.baseUrl);
    await putDataset(gateway.baseUrl, bearer);
    const upload = (bytes: number) =>
      fetch(`${gateway.baseUrl}${FILE_PATH}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${bearer}`, 'content-type': 'text/csv' },
        body: Buffer.alloc(bytes, 0x61),
      });
    const over = await upload(LIMIT + 1);
    expect(over.status).toBe(413);
    expect(over.headers.get('x-request-id')).toBeTruthy();
    const problem = (await over.json()) as { code: string; type: string; detail: string };
    expect(problem).toMatchObject({
      code: 'payload_too_large',
      type: 'urn:chiase:problem:payload-too-large',
    });
    expect(problem.detail).toContain(`${LIMIT + 1} bytes`);
    expect(gateway.state.openData.fileOf('ds-limit', 'csv')).toBeUndefined();
    expect((await upload(LIMIT)).status).toBe(200);
  });
});

describe('maxBodyBytes (Node face)', () => {
  let url = '';
  let close: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const running = await startMockGateway({ maxBodyBytes: LIMIT });
    url = running.url;
    close = () => running.close();
  });
  afterAll(() => close());

  /** Sends a PUT of the file; `announce` is its Content-Length (none: chunked); resolves at the answer. */
  const send = (bearer: string, body: Buffer, announce: number | undefined, end: boolean) =>
    new Promise<{ status: number; code: string }>((resolve, reject) => {
      const call = httpRequest(
        `${url}${FILE_PATH}`,
        {
          method: 'PUT',
          headers: {
            authorization: `Bearer ${bearer}`,
            'content-type': 'text/csv',
            ...(announce === undefined ? {} : { 'content-length': String(announce) }),
          },
        },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (piece: string) => {
            text += piece;
          });
          response.on('end', () => {
            resolve({ status: response.statusCode ?? 0, code: (JSON.parse(text) as { code: string }).code });
            if (!end) call.destroy();
          });
        },
      );
      call.on('error', reject);
      call.write(body);
      if (end) call.end();
    });

  it('answers 413 at once to a body announced over the limit, without waiting for it or keeping it', async () => {
    const bearer = await bearerOf(url);
    await putDataset(url, bearer);
    // 10 GiB announced, 16 bytes sent: the answer comes before the body could have.
    const answer = await send(bearer, Buffer.from('ma,ten\r\n01,a\r\n\r\n'), 10 * 2 ** 30, false);
    expect(answer).toEqual({ status: 413, code: 'payload_too_large' });
  });

  it('answers 413 to a chunked body that grows over the limit, and 200 to one within it', async () => {
    const bearer = await bearerOf(url);
    await putDataset(url, bearer);
    expect(await send(bearer, Buffer.alloc(LIMIT + 100, 0x61), undefined, true)).toEqual({
      status: 413,
      code: 'payload_too_large',
    });
    expect((await send(bearer, Buffer.alloc(LIMIT, 0x61), undefined, true)).status).toBe(200);
  });
});

describe('maxBodyBytes setting', () => {
  it.each([0, -1, 1.5, MAX_BODY_BYTES_CEILING + 1])('refuses %s', (value) => {
    expect(() => createMockGateway({ maxBodyBytes: value })).toThrow(MockGatewaySettingsError);
  });

  it('is checked by the Node face too, which then leaves nothing listening', async () => {
    await expect(startMockGateway({ maxBodyBytes: 0 })).rejects.toThrow(MockGatewaySettingsError);
  });
});
