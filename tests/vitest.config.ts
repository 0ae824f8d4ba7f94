import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    // Two cores: run test files two at a time at most.
    maxWorkers: 2,
    reporters: ['default'],
  },
});
