import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'registry-server',
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Each test migrates a fresh database and hashes demo passwords with scrypt: slower than a unit test.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
