import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'plugin-admin-console',
    // Component tests run in jsdom; the browser test (e2e/) sets `@vitest-environment node` itself.
    environment: 'jsdom',
    include: ['test/**/*.test.{ts,tsx}', 'e2e/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    // "Today" and "this year" are Shanghai's whatever the machine's zone: run in UTC to prove it.
    env: { TZ: 'UTC' },
    // The browser test builds the product, starts the server and drives Chromium.
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
