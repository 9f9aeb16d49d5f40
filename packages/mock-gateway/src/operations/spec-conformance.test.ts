import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { operationIds } from '@chiase/gateway-spec';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ALL_OPERATIONS } from './all-operations';

const GROUPS = join(__dirname, '../../../gateway-spec/spec/groups');
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** Every operation of the spec source: `operationId → "METHOD path"`. */
function specOperations(): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of readdirSync(GROUPS).filter((f) => f.endsWith('.yaml'))) {
    const doc = parse(readFileSync(join(GROUPS, file), 'utf8')) as {
      paths?: Record<string, Record<string, { operationId?: string }>>;
    };
    for (const [path, item] of Object.entries(doc.paths ?? {})) {
      for (const method of METHODS) {
        const id = item[method]?.operationId;
        if (id !== undefined) out.set(id, `${method.toUpperCase()} ${path}`);
      }
    }
  }
  return out;
}

describe('conformance with the gateway spec', () => {
  it('serves every mock operation at the method and path the spec gives its operationId', () => {
    const spec = specOperations();
    const mismatches = ALL_OPERATIONS.filter(
      (op) => spec.get(op.operationId) !== `${op.method} ${op.path}`,
    ).map(
      (op) =>
        `${op.operationId}: mock ${op.method} ${op.path}, spec ${spec.get(op.operationId) ?? '(absent)'}`,
    );
    expect(mismatches).toEqual([]);
  });

  it('serves every operation of the gateway spec', () => {
    const served = new Set(ALL_OPERATIONS.map((op) => op.operationId));
    expect(operationIds.filter((id) => !served.has(id))).toEqual([]);
    expect(ALL_OPERATIONS).toHaveLength(operationIds.length);
  });
});
