import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // The property tests, the 5,000-field page and the holiday data take a few
    // seconds alone and several times that on a loaded 2-core machine.
    testTimeout: 60_000,
  },
});
