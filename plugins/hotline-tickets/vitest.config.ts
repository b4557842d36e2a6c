import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'plugin-hotline-tickets',
    environment: 'jsdom',
    include: ['test/**/*.test.{ts,tsx}'],
    // Dates in the tests are written as Shanghai wall-clock times; a different machine zone must not change the result.
    env: { TZ: 'UTC' },
  },
});
