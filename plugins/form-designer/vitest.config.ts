import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'plugin-form-designer',
    root: import.meta.dirname,
    environment: 'jsdom',
    include: ['test/**/*.test.{ts,tsx}'],
    // Whole-designer flows in jsdom take a few seconds each on a busy 2-core machine.
    testTimeout: 30_000,
    env: { TZ: 'UTC' },
  },
});
