import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Options } from 'tsup';

/**
 * The one tsup configuration every library shares: ESM + CJS + d.ts/d.cts, sourcemaps,
 * and the package version injected as `__PACKAGE_VERSION__` (used in User-Agent strings).
 */
export function libraryConfig(overrides: Partial<Options> = {}): Options {
  const pkg = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { version: string };
  return {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    splitting: false,
    treeshake: true,
    define: { __PACKAGE_VERSION__: JSON.stringify(pkg.version) },
    // Keep `node:` specifiers: vitest inlines linked workspace packages and cannot resolve a bare `stream`.
    removeNodeProtocol: false,
    ...overrides,
  };
}
