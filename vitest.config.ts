import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 90_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Concurrent real-terminal cases each start a qari process: on a 2-core machine more than two at
    // once only makes them time out.
    maxConcurrency: 2,
    globalSetup: ['test/global-setup.ts'],
  },
});
