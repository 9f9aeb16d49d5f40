import { type GatewayOperation, gatewayOperations } from '@chiase/gateway-spec';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { API_GROUPS, type ApiGroup } from '../src/config/api-groups';
import { referenceProfile } from '../src/config/gateway-profile';
import type { GatewayClient } from '../src/gateway-client';
import {
  signChangeNotification,
  verifyChangeNotification,
} from '../src/resources/change-notification-signature';
import { GATEWAY, testClient, useMswServer } from './gateway-server';

// Every operation of the gateway contract (@chiase/gateway-spec's `gatewayOperations`) is reachable
// through a client method that sends the operation's method to the operation's path, with a bearer
// token exactly when the contract asks for one, and the reference profile has the contract's base paths.

const upsertRecord = { key: 'k1', data: { ten: 'Nguyễn Văn A' } };
// Bodies are not checked by the client, and this test is about paths: any value will do.
const BODY = {} as never;

/**
 * How each operation is reached from the client. Keyed by string rather than `OperationId`, so that an
 * operation added to the contract fails the test below instead of the build.
 */
const CALLS: Readonly<Record<string, (c: GatewayClient) => Promise<unknown>>> = {
  'auth.token': (c) => c.services.get('via-token'), // every authenticated call requests a token first
  'auth.keys': (c) => c.signingKeys(),
  'health.get': (c) => c.health(),
  'invoke.call': (c) => c.invoke('svc-1', { operation: '/op', json: {} }),
  'services.list': (c) => c.services.list().then((p) => p),
  'services.get': (c) => c.services.get('svc-1'),
  'services.put': (c) => c.services.put({ id: 'svc-1' } as never),
  'services.withdraw': (c) => c.services.withdraw('svc-1', { reason: 'r' }),
  'databases.list': (c) => c.databases.list().then((p) => p),
  'databases.get': (c) => c.databases.get('db-1'),
  'databases.put': (c) => c.databases.put('db-1', BODY),
  'databases.delete': (c) => c.databases.delete('db-1'),
  'openData.listDatasets': (c) => c.openData.listDatasets().then((p) => p),
  'openData.getDataset': (c) => c.openData.getDataset('ds-1'),
  'openData.putDataset': (c) => c.openData.putDataset('ds-1', BODY),
  'openData.recordReview': (c) =>
    c.openData.recordReview('ds-1', { reviewedOn: '2026-03-02', amended: false }),
  'openData.listDistributions': (c) => c.openData.listDistributions('ds-1').then((p) => p),
  'openData.getDistribution': (c) => c.openData.getDistribution('ds-1', 'd-1'),
  'openData.putDistribution': (c) => c.openData.putDistribution('ds-1', 'd-1', BODY),
  'openData.uploadDistribution': (c) =>
    c.openData.uploadDistribution('ds-1', 'd-1', new Uint8Array([1, 2, 3])),
  'openData.downloadDistribution': (c) => c.openData.downloadDistribution('ds-1', 'd-1'),
  'focalPoints.list': (c) => c.focalPoints.list().then((p) => p),
  'focalPoints.get': (c) => c.focalPoints.get('H12.01'),
  'focalPoints.put': (c) => c.focalPoints.put('H12.01', BODY),
  'connectionRequests.list': (c) => c.connectionRequests.list().then((p) => p),
  'connectionRequests.create': (c) => c.connectionRequests.create(BODY),
  'connectionRequests.get': (c) => c.connectionRequests.get('cr-1'),
  'connectionRequests.decide': (c) => c.connectionRequests.decide('cr-1', BODY),
  'codeLists.categories': (c) => c.codeLists.categories().then((p) => p),
  'codeLists.items': (c) => c.codeLists.items('TINH').then((p) => p),
  'masterData.upsert': (c) => c.masterData.upsert('citizens', [upsertRecord]),
  'masterData.delete': (c) => c.masterData.delete('citizens', ['k1']),
  'national.snapshot': (c) => c.national.snapshot('dancu', 'citizens').then((p) => p),
  'national.changes': (c) =>
    c.national.changes('dancu', 'citizens', { since: '2026-03-01T00:00:00Z' }).then((p) => p),
  'national.listSubscriptions': (c) => c.national.listSubscriptions().then((p) => p),
  'national.subscribe': (c) =>
    c.national.subscribe({
      database: 'd',
      entity: 'e',
      callbackUrl: 'https://x.test/h',
      secret: '0123456789abcdef',
    }),
  'national.unsubscribe': (c) => c.national.unsubscribe('sub-1'),
};

function templateToRegExp(path: string): RegExp {
  const body = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
  return new RegExp(`^${body}$`);
}

const server = useMswServer();

describe('conformance with the gateway contract', () => {
  const operations: readonly GatewayOperation[] = gatewayOperations;

  it('has a client method for every operation, and no method for an operation the contract lacks', () => {
    expect(Object.keys(CALLS).sort()).toEqual(operations.map((o) => o.operationId).sort());
  });

  it('has the contract’s base path for every API group in the reference profile', () => {
    for (const operation of operations) {
      if (operation.tag === 'auth') {
        const path =
          operation.operationId === 'auth.keys' ? referenceProfile.jwksPath : referenceProfile.tokenPath;
        expect(path, operation.operationId).toBe(operation.path);
        continue;
      }
      expect(API_GROUPS).toContain(operation.tag);
      expect(referenceProfile.basePaths[operation.tag as ApiGroup], operation.operationId).toBe(
        operation.basePath,
      );
    }
  });

  for (const operation of operations) {
    const method = operation.method.toUpperCase();
    it(`${operation.operationId} sends ${method} ${operation.path}`, async () => {
      const call = CALLS[operation.operationId];
      const seen: { method: string; path: string; bearer: boolean }[] = [];
      server.use(
        http.all(`${GATEWAY}/*`, ({ request }) => {
          const path = new URL(request.url).pathname;
          seen.push({
            method: request.method,
            path,
            bearer: /^Bearer /.test(request.headers.get('authorization') ?? ''),
          });
          if (path === '/token') {
            return HttpResponse.json({
              access_token: 'conformance-token',
              token_type: 'Bearer',
              expires_in: 3600,
            });
          }
          if (request.method === 'DELETE') return new HttpResponse(null, { status: 204 });
          if (path.endsWith('/file') && request.method === 'GET') {
            return HttpResponse.arrayBuffer(new Uint8Array([1]).buffer as ArrayBuffer, {
              headers: { 'Content-Type': 'application/octet-stream' },
            });
          }
          return HttpResponse.json({ items: [], nextCursor: null, id: 'x', file: null });
        }),
      );
      const client = testClient(
        operation.operationId === 'auth.token'
          ? { auth: undefined, consumerKey: 'k', consumerSecret: 's' }
          : {},
      );
      if (call === undefined) throw new Error(`no client method for ${operation.operationId}`);
      await call(client);
      const pattern = templateToRegExp(operation.path);
      const sent = seen.find((s) => s.method === method && pattern.test(s.path));
      expect(sent, `${method} ${operation.path} was not sent`).toBeDefined();
      expect(sent?.bearer).toBe(operation.authenticated);
    });
  }

  it('verifies pushed changes (the national.changesPushed webhook) with the subscription secret', () => {
    const body = '{"subscriptionId":"sub-1","changes":[]}';
    const secret = 'subscription-secret-0123';
    expect(verifyChangeNotification(body, signChangeNotification(body, secret), secret)).toBe(true);
    expect(verifyChangeNotification(body, signChangeNotification(body, 'other-secret-012345'), secret)).toBe(
      false,
    );
  });
});
