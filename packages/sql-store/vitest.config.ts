import { defineConfig } from 'vitest/config';

export default defineConfig({
  // PGlite takes a few seconds to start (WASM); PostgreSQL suites share one throwaway server.
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 },
});
