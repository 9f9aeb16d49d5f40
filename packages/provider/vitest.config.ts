import { defineConfig } from 'vitest/config';

export default defineConfig({
  // PGlite starts a WebAssembly PostgreSQL: seconds on a loaded machine.
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 },
});
