import { defineConfig } from 'vitest/config';

export default defineConfig({
  // PGlite (the table-load tests) takes seconds to start when CI runs every package's tests at once.
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 },
});
