import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export default defineConfig({
  // The same constant tsup injects at build time (tooling/tsup.base.ts).
  define: { __PACKAGE_VERSION__: JSON.stringify(pkg.version) },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // CI runs every package's tests at once on two cores: a slow compile is not a hang.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
