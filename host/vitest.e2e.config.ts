import { defineProject } from 'vitest/config';

// Browser tests against the real product: the registry server (started by each test file on a free port) serving
// host/dist and the example plugins published through the real HTTP API. `pnpm test` builds both first.
export default defineProject({
  test: {
    name: 'host-e2e',
    root: import.meta.dirname,
    include: ['e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 300_000,
    // Each file starts its own server and Chromium; two at once is what a 2-core machine takes.
    fileParallelism: false,
  },
});
