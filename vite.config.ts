// Root Vitest config: one project per package. Each package keeps its own `vitest.config.ts`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      'registry-server/vitest.config.ts',
      'sdk/vitest.config.ts',
      'host/vitest.config.ts',
      'plugins/*/vitest.config.ts',
      'host/vitest.e2e.config.ts',
    ],
  },
});
