import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineProject } from 'vitest/config';

const sdkVersion = (JSON.parse(readFileSync(new URL('../sdk/package.json', import.meta.url), 'utf8')) as { version: string }).version;

export default defineProject({
  plugins: [react()],
  // As in vite.config.ts: the SDK version the host's share scope announces (src/runtime/federation.ts).
  define: { __TOOLBOX_SDK_VERSION__: JSON.stringify(sdkVersion) },
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
