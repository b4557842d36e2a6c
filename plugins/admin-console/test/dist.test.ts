// @vitest-environment node
// The console calls the registry through `@toolbox/sdk/api/client` (route references, no schemas); a value import
// of `@toolbox/sdk/api` would put TypeBox and every schema of the contract back into the app chunk (+22 kB gzip).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDist } from '@toolbox/sdk/testing/node';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const assets = join(root, 'dist', 'assets');

it('imports only types from @toolbox/sdk/api; values come from @toolbox/sdk/api/client', () => {
  const sources = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && /\.tsx?$/.test(e.name));
  expect(sources.length).toBeGreaterThan(20);
  const valueImports = sources.flatMap((entry) => {
    const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    return [...text.matchAll(/^(?:import|export)(?!\s+type\b)[^;]*?from\s+'@toolbox\/sdk\/api'/gm)].map(() => entry.name);
  });
  expect(valueImports).toEqual([]);
});

// `pnpm test` builds the plugins first; a plain `vitest run` on a fresh checkout has no dist/ to check.
it.runIf(existsSync(join(root, 'dist', 'toolbox.manifest.json')))('builds a dist/ whose scripts carry no TypeBox and no contract schema', async () => {
  expect(await checkDist(root)).toEqual([]);
  const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
  expect(scripts.some((name) => name.startsWith('app-'))).toBe(true);
  for (const name of scripts) {
    const text = readFileSync(join(assets, name), 'utf8');
    expect(text, name).not.toMatch(/TypeBox\.(?:Kind|Hint|Optional)/);
    // ErrorBodySchema's `code` pattern: present wherever the contract's schemas are bundled.
    expect(text, name).not.toContain('^TOOLBOX_[A-Z0-9_]+$');
  }
});
