import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as tar from 'tar';
import { DEFAULT_LIMITS } from '../../src/options.ts';
import { stageBundle } from '../../src/publish/stageBundle.ts';

const repo = new URL('../../../', import.meta.url).pathname;
const pluginDists = readdirSync(join(repo, 'plugins'))
  .map((name) => join(repo, 'plugins', name, 'dist'))
  .filter((dir) => existsSync(join(dir, 'toolbox.manifest.json')));
const fixtureRoot = join(repo, 'host/.tmp/fixtures');
const fixtureDists = (existsSync(fixtureRoot) ? readdirSync(fixtureRoot) : [])
  .map((hash) => join(fixtureRoot, hash, 'bundles'))
  .filter((dir) => existsSync(dir))
  .flatMap((dir) => readdirSync(dir).flatMap((app) => readdirSync(join(dir, app)).map((version) => join(dir, app, version))))
  .filter((dir) => existsSync(join(dir, 'toolbox.manifest.json')))
  // Tampered on purpose after its build (the host's integrity test): its hash is meant to be wrong.
  .filter((dir) => !dir.includes('fixture-bad-hash'));

/** The limits and the file-type allow-list of issue 12 still let every real built bundle through, with default limits. */
describe('real bundles pass the upload checks', () => {
  const work = mkdtempSync(join(tmpdir(), 'toolbox-real-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('has the built example plugins to check (pnpm run build)', () => {
    expect(pluginDists.length).toBeGreaterThanOrEqual(3);
  });

  it.each([...pluginDists, ...fixtureDists].map((dir) => [dir.slice(repo.length), dir]))('%s', async (_name, dir) => {
    const staging = mkdtempSync(join(work, 'stage-'));
    const archive = join(staging, 'upload');
    // As `toolbox publish` packs dist/ (sdk/src/node/registry/packDirectory.ts).
    const chunks: Buffer[] = [];
    for await (const chunk of tar.create({ gzip: true, cwd: dir, portable: true }, readdirSync(dir).sort()) as AsyncIterable<Buffer>) chunks.push(chunk);
    writeFileSync(archive, Buffer.concat(chunks));
    const staged = await stageBundle(archive, staging, DEFAULT_LIMITS);
    expect(Object.keys(staged.files)).toContain('toolbox.manifest.json');
    expect(Object.hasOwn(staged.files, staged.manifest.entry)).toBe(true);
  });
});
