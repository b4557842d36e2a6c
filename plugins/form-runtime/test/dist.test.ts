// @vitest-environment node
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkDist } from '@toolbox/sdk/testing/node';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

// `pnpm test` builds the plugins first; a plain `vitest run` on a fresh checkout has no dist/ to check.
it.runIf(existsSync(join(root, 'dist', 'toolbox.manifest.json')))('builds a dist/ that carries the manifest over, with every file and its sha256', async () => {
  expect(await checkDist(root)).toEqual([]);
});
