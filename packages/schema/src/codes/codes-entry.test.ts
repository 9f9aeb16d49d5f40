import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as codes from './index';

const here = dirname(fileURLToPath(import.meta.url));

/** Every module `entry` loads, following relative imports (type-only imports load nothing). */
function moduleGraph(entry: string): { files: string[]; packages: Map<string, string> } {
  const files: string[] = [];
  const packages = new Map<string, string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (files.includes(file)) continue;
    files.push(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)) {
      const specifier = match[1] as string;
      if (!specifier.startsWith('.')) packages.set(specifier, file);
      else if (specifier.endsWith('.json')) continue;
      else pending.push(`${resolve(dirname(file), specifier)}.ts`);
    }
  }
  return { files, packages };
}

describe('@chiase/schema/codes', () => {
  it('loads no zod, nor any other package, so that it can be used without them', () => {
    const { files, packages } = moduleGraph(join(here, 'index.ts'));
    expect(files.length).toBeGreaterThan(10);
    expect(Object.fromEntries(packages)).toEqual({});
  });

  it('has the code checks and the error base class, and no zod schema', () => {
    expect(codes.checkPersonalId('001203001234').ok).toBeTypeOf('boolean');
    expect(typeof codes.ChiaseError).toBe('function');
    expect(Object.keys(codes).filter((name) => name.endsWith('Schema'))).toEqual([]);
  });
});
