import react from '@vitejs/plugin-react';
import { defineProject } from 'vitest/config';
import { define } from './vite.config.ts';

export default defineProject({
  plugins: [react()],
  define,
  test: {
    name: 'host',
    root: import.meta.dirname,
    include: ['test/**/*.test.{ts,tsx}'],
    // Node by default (the runtime's browser tests drive Chromium from Node); component and unit tests opt into
    // jsdom with a `// @vitest-environment jsdom` docblock.
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
