import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'sdk',
    root: import.meta.dirname,
    include: ['test/**/*.test.{ts,tsx}'],
    // Node by default; component tests opt into jsdom with a `// @vitest-environment jsdom` docblock.
    environment: 'node',
    // Some tests run real Vite builds, a CLI in a child process and Chromium.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
