import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // DuckDB files and Chromium make some tests slow on a 2-core machine; none is timed.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { TZ: 'UTC' },
    setupFiles: ['tests/setup/fastCheckSeed.ts'],
  },
});
