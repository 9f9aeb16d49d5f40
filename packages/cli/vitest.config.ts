import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export default defineConfig({
  // The same constant tsup injects at build time (tooling/tsup.base.ts).
  define: { __PACKAGE_VERSION__: JSON.stringify(pkg.version) },
  // Generous: PGlite (publish-csv --table) takes seconds to start when CI runs every package's tests at once.
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 },
});
