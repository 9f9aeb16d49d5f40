import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // CI runs every package's tests at once on two cores: a slow compile is not a hang.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
