import { defineConfig } from 'vitest/config';

// One browser at a time on a 2-core machine; launching Chromium takes seconds.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
