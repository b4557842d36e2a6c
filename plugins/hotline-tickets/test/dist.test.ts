import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateManifest } from '@toolbox/sdk/manifest';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');

// `pnpm test` builds the plugins first; a plain `vitest run` on a fresh checkout has no dist/ to check.
describe.runIf(existsSync(join(dist, 'toolbox.manifest.json')))('the built dist/', () => {
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

  it('has a toolbox.manifest.json that validates, pointing at remoteEntry.js', () => {
    const built = read(join(dist, 'toolbox.manifest.json'));
    const result = validateManifest(built);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(built.entry).toBe('remoteEntry.js');
    expect(existsSync(join(dist, 'remoteEntry.js'))).toBe(true);
  });

  it('carries the source manifest unchanged, the icon, and the right hash of every file', () => {
    const built = read(join(dist, 'toolbox.manifest.json'));
    const source = read(join(root, 'toolbox.manifest.json'));
    // `preload` is written by the build too: the files opening the app needs besides the entry, each in dist/.
    const { files, entry: _entry, preload, ...rest } = built;
    for (const file of preload as string[]) expect(existsSync(join(dist, file)), file).toBe(true);
    const { entry: _sourceEntry, ...sourceRest } = source;
    expect(rest).toEqual(sourceRest);
    expect(existsSync(join(dist, String(source.icon)))).toBe(true);
    for (const [file, hash] of Object.entries(files as Record<string, string>)) {
      expect(createHash('sha256').update(readFileSync(join(dist, file))).digest('hex'), file).toBe(hash);
    }
  });
});
