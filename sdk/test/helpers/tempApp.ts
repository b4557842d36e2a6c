import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const sdkRoot = join(import.meta.dirname, '..', '..');

/**
 * A scratch directory inside `sdk/.tmp/`, so that `@toolbox/sdk` (self-reference), React and Vite resolve from the
 * SDK's own node_modules exactly as in a workspace plugin. Returns the path and a cleanup.
 */
export function tempDir(prefix: string): { dir: string; cleanup: () => void } {
  const base = join(sdkRoot, '.tmp');
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(join(base, `${prefix}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A copy of `test/fixtures/<name>` in a scratch directory. */
export function copyFixture(name: string): { dir: string; cleanup: () => void } {
  const scratch = tempDir(name);
  cpSync(join(sdkRoot, 'test', 'fixtures', name), scratch.dir, {
    recursive: true,
    filter: (src) => !src.includes(`${name}/dist`),
  });
  return scratch;
}
