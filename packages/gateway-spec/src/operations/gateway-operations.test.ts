import { describe, expect, it } from 'vitest';
import { operationIds } from '../generated/openapi-document';
import type { OperationId } from './gateway-operation';
import { gatewayOperation, gatewayOperations, operationsOfGroup } from './gateway-operations';

describe('gatewayOperations', () => {
  it('lists every operationId once, in document order', () => {
    expect(gatewayOperations.map((operation) => operation.operationId)).toEqual([...operationIds]);
  });

  it('splits each path into its group base path and the rest', () => {
    for (const operation of gatewayOperations) {
      expect(operation.basePath + operation.relativePath).toBe(operation.path);
      expect(operation.relativePath.startsWith('/')).toBe(true);
    }
    expect(gatewayOperation('services.get')).toMatchObject({
      method: 'get',
      path: '/catalog/1.0/services/{serviceId}',
      tag: 'services',
      basePath: '/catalog/1.0',
      relativePath: '/services/{serviceId}',
      authenticated: true,
    });
  });

  it('needs no bearer token only for the token request, the signing keys and the health check', () => {
    const open = gatewayOperations.filter((operation) => !operation.authenticated).map((o) => o.operationId);
    expect(open.sort()).toEqual(['auth.keys', 'auth.token', 'health.get']);
  });

  it('carries the summary and the legal citations of each operation', () => {
    const decide = gatewayOperation('connectionRequests.decide');
    expect(decide.law).toContain('Decree 47/2020 Art. 35.3');
    expect(decide.summary).toMatch(/Art\. 35\.3/);
  });

  it('groups operations by tag', () => {
    expect(operationsOfGroup('codeLists').map((operation) => operation.operationId)).toEqual([
      'codeLists.categories',
      'codeLists.items',
    ]);
    expect(operationsOfGroup('health').map((operation) => operation.path)).toEqual(['/health']);
  });

  it('refuses an unknown operationId', () => {
    expect(() => gatewayOperation('services.frobnicate' as OperationId)).toThrow(RangeError);
  });
});
