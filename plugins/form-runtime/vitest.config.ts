import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'plugin-form-runtime',
    root: import.meta.dirname,
    environment: 'jsdom',
    include: ['test/**/*.test.{ts,tsx}'],
    // Whole-app flows in jsdom take a few seconds each on a busy 2-core machine.
    testTimeout: 30_000,
    // Dates in the tests are written as Shanghai wall-clock times; a different machine zone must not change the result.
    env: { TZ: 'UTC' },
  },
});
