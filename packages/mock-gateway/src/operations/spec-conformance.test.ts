import { gatewayOperations, operationIds } from '@chiase/gateway-spec';
import { describe, expect, it } from 'vitest';
import { createMockGateway } from '../faces/mock-gateway';
import { ALL_OPERATIONS } from './all-operations';

/** A concrete path for a template: every `{parameter}` filled with a placeholder id. */
function concrete(template: string): string {
  return template.replace(/\{[^}]+\}/g, 'conformance-1');
}

describe('conformance with the gateway spec (openapi.yaml as generated)', () => {
  it('serves every mock operation at the method and path the spec gives its operationId', () => {
    const spec = new Map(
      gatewayOperations.map((op) => [op.operationId, `${op.method.toUpperCase()} ${op.path}`]),
    );
    const mismatches = ALL_OPERATIONS.filter(
      (op) => spec.get(op.operationId as never) !== `${op.method} ${op.path}`,
    ).map(
      (op) =>
        `${op.operationId}: mock ${op.method} ${op.path}, spec ${spec.get(op.operationId as never) ?? '(absent)'}`,
    );
    expect(mismatches).toEqual([]);
  });

  it('serves every operationId of the gateway spec, each exactly once', () => {
    const served = ALL_OPERATIONS.map((op) => op.operationId);
    expect(operationIds.filter((id) => !served.includes(id))).toEqual([]);
    expect(new Set(served).size).toBe(served.length);
    expect(served).toHaveLength(operationIds.length);
  });

  it('routes every operation of the spec: no "No API at" 404 and no 405 at its method and path', async () => {
    const gateway = createMockGateway({ nationalRecords: 10 });
    const unrouted: string[] = [];
    for (const op of gatewayOperations) {
      const response = await gateway.fetch(concrete(op.path), { method: op.method.toUpperCase() });
      const body = await response.text();
      if (response.status === 405 || (response.status === 404 && body.includes('No API at'))) {
        unrouted.push(`${op.operationId} → ${response.status} ${body.slice(0, 120)}`);
      }
    }
    expect(unrouted).toEqual([]);
  });
});
