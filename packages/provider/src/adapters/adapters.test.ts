import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { createServer as createHttpsServer, request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { communeDescription, communeRecords } from '../../test/fixtures/commune-service';
import { createTestSigner, type TestSigner } from '../../test/fixtures/jwt-keys';
import { createMemoryAccessRights } from '../access/access-rights';
import { jwtAuthenticator } from '../auth/jwt-authenticator';
import { mtlsAuthenticator } from '../auth/mtls-authenticator';
import { createProvider, type Provider } from '../core/create-provider';
import type { SharingLogRecord } from '../log/sharing-log-record';
import { functionSource } from '../source/function-source';
import { providerMiddleware } from './express-middleware';
import { createNodeHandler } from './node-handler';

let signer: TestSigner;
const logged: SharingLogRecord[] = [];
let servers: Server[] = [];

beforeAll(async () => {
  signer = await createTestSigner();
});
afterEach(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  servers = [];
  logged.length = 0;
});

function provider(): Provider {
  return createProvider({
    services: [
      { description: communeDescription(), source: functionSource(async () => communeRecords), key: 'maXa' },
    ],
    authenticators: [
      jwtAuthenticator({ keys: signer.jwks, issuer: 'https://lgsp.angiang.gov.vn', audience: 'H47.22.DMX' }),
      mtlsAuthenticator(),
    ],
    accessRights: createMemoryAccessRights([
      { consumerId: 'G01.003', serviceId: 'H47.22.DMX', items: ['maXa'] },
      { consumerId: 'H47.01', serviceId: 'H47.22.DMX', items: ['tenXa'] },
    ]),
    sharingLog: { append: async (r) => void logged.push(r) },
  });
}

async function listen(server: Server): Promise<number> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

describe('Node http adapter', () => {
  it('serves the provider and answers 404 elsewhere', async () => {
    const port = await listen(createServer(createNodeHandler(provider())));
    const headers = { authorization: `Bearer ${await signer.sign({ sub: 'G01.003' })}` };
    const ok = await fetch(`http://127.0.0.1:${port}/dmx/1.0/xa/30002`, { headers });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ data: { maXa: '30002' } });
    expect((await fetch(`http://127.0.0.1:${port}/dmx/1.0/xa/30002`)).status).toBe(401);
    expect((await fetch(`http://127.0.0.1:${port}/elsewhere`)).status).toBe(404);
  });

  it('writes the same status, headers and bytes as the provider fetch answers', async () => {
    const served = provider();
    const port = await listen(createServer(createNodeHandler(served)));
    const headers = {
      authorization: `Bearer ${await signer.sign({ sub: 'G01.003' })}`,
      'x-request-id': 'req-same',
    };
    // Lists are left out: their next-page cursor is sealed with a fresh nonce each time.
    for (const path of ['/dmx/1.0/xa/30002', '/dmx/1.0/xa/count', '/dmx/1.0/xa/99999', '/elsewhere']) {
      const direct = await served.fetch(new Request(`http://127.0.0.1${path}`, { headers }));
      const overHttp = await fetch(`http://127.0.0.1:${port}${path}`, { headers });
      expect(overHttp.status).toBe(direct.status);
      for (const name of ['content-type', 'repr-digest', 'x-request-id', 'cache-control']) {
        expect(overHttp.headers.get(name)).toBe(direct.headers.get(name));
      }
      expect(await overHttp.text()).toBe(await direct.text());
    }
  });

  it('serves any other implementation of Provider through its fetch', async () => {
    const inner = provider();
    const wrapped: Provider = {
      ...inner,
      fetch: async (request, context) => {
        const answer = await inner.fetch(request, context);
        answer.headers.set('x-wrapped', 'yes');
        return answer;
      },
    };
    const port = await listen(createServer(createNodeHandler(wrapped)));
    const headers = { authorization: `Bearer ${await signer.sign({ sub: 'G01.003' })}` };
    const ok = await fetch(`http://127.0.0.1:${port}/dmx/1.0/xa/30002`, { headers });
    expect(ok.headers.get('x-wrapped')).toBe('yes');
    expect(await ok.json()).toEqual({ data: { maXa: '30002' } });
  });

  it('aborts the source read when the client goes away', async () => {
    let aborted: Promise<unknown> | undefined;
    let started!: () => void;
    const reading = new Promise<void>((resolve) => {
      started = resolve;
    });
    const slow = createProvider({
      services: [
        {
          description: communeDescription(),
          source: functionSource(async (signal) => {
            aborted = new Promise((resolve) =>
              signal?.addEventListener('abort', () => resolve(signal.reason)),
            );
            started();
            await aborted;
            return communeRecords;
          }),
          key: 'maXa',
        },
      ],
      authenticators: [
        jwtAuthenticator({
          keys: signer.jwks,
          issuer: 'https://lgsp.angiang.gov.vn',
          audience: 'H47.22.DMX',
        }),
      ],
      accessRights: createMemoryAccessRights([
        { consumerId: 'G01.003', serviceId: 'H47.22.DMX', items: ['maXa'] },
      ]),
      sharingLog: { append: async (r) => void logged.push(r) },
    });
    const port = await listen(createServer(createNodeHandler(slow)));
    const call = httpRequest({
      host: '127.0.0.1',
      port,
      path: '/dmx/1.0/xa',
      headers: { authorization: `Bearer ${await signer.sign({ sub: 'G01.003' })}` },
    });
    call.on('error', () => {});
    call.end();
    await reading;
    call.destroy();
    await expect(aborted).resolves.toBeDefined();
  });

  it('authenticates a consumer by its verified TLS client certificate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chiase-mtls-'));
    const ssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
    ssl(
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      'ca.key',
      '-out',
      'ca.crt',
      '-subj',
      '/CN=Test CA',
      '-days',
      '1',
    );
    for (const [name, cn] of [
      ['server', 'localhost'],
      ['client', 'H47.01'],
    ] as const) {
      ssl(
        'req',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-keyout',
        `${name}.key`,
        '-out',
        `${name}.csr`,
        '-subj',
        `/CN=${cn}`,
      );
      ssl(
        'x509',
        '-req',
        '-in',
        `${name}.csr`,
        '-CA',
        'ca.crt',
        '-CAkey',
        'ca.key',
        '-CAcreateserial',
        '-out',
        `${name}.crt`,
        '-days',
        '1',
      );
    }
    const file = (name: string) => readFileSync(join(dir, name));
    const server = createHttpsServer(
      {
        key: file('server.key'),
        cert: file('server.crt'),
        ca: file('ca.crt'),
        requestCert: true,
        rejectUnauthorized: false,
      },
      createNodeHandler(provider()),
    );
    const port = await listen(server);
    const get = (withCert: boolean) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = httpsRequest(
          {
            host: '127.0.0.1',
            port,
            path: '/dmx/1.0/xa/30002',
            ca: file('ca.crt'),
            servername: 'localhost',
            ...(withCert ? { key: file('client.key'), cert: file('client.crt') } : {}),
          },
          (res) => {
            let body = '';
            res.on('data', (chunk: Buffer) => {
              body += chunk.toString();
            });
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
          },
        );
        req.on('error', reject);
        req.end();
      });
    const withCert = await get(true);
    expect(withCert.status).toBe(200);
    expect(JSON.parse(withCert.body)).toEqual({ data: { tenXa: 'Xã số 3' } });
    expect(logged.at(-1)).toMatchObject({ consumerId: 'H47.01' });
    expect((await get(false)).status).toBe(401);
  });
});

describe('Express 5 middleware', () => {
  it('serves the provider paths and passes other requests on', async () => {
    const app = express();
    app.use(providerMiddleware(provider()));
    app.get('/own', (_req, res) => {
      res.json({ own: true });
    });
    const port = await listen(createServer(app));
    const headers = { authorization: `Bearer ${await signer.sign({ sub: 'G01.003' })}` };
    expect(await (await fetch(`http://127.0.0.1:${port}/dmx/1.0/xa/count`, { headers })).json()).toEqual({
      count: 12,
    });
    expect(await (await fetch(`http://127.0.0.1:${port}/own`)).json()).toEqual({ own: true });
  });
});
