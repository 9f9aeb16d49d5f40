import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
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
