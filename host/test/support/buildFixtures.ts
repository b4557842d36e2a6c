// Builds the fixture remotes with the SDK's own Vite plugin (exactly as a real light app is built) into
// host/.tmp/fixtures, keyed by a hash of their sources and of the SDK's Vite plugin, so repeated runs reuse the build.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CatalogItem, Manifest } from '@toolbox/sdk';

export const hostDir = new URL('../../', import.meta.url).pathname.replace(/\/$/, '');
export const fixturesDir = join(hostDir, 'test/fixtures');

/** A built fixture: where its files are, and how the catalogue will describe it. */
export interface BuiltFixture {
  folder: string;
  manifest: Manifest;
  /** Directory served at /bundles/<id>/<version>/ */
  dir: string;
  /** SRI of remoteEntry.js as built (before any tampering). */
  integrity: string;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

/** The SDK's build side (toolboxApp and its chunking): a change there changes every fixture's files. */
const sdkBuildDir = join(hostDir, '../sdk/src/node/vite');

function sourceHash(): string {
  const hash = createHash('sha256');
  for (const file of listFiles(fixturesDir).sort()) hash.update(relative(fixturesDir, file)).update(readFileSync(file));
  for (const file of listFiles(sdkBuildDir).sort()) hash.update(relative(sdkBuildDir, file)).update(readFileSync(file));
  hash.update(readFileSync(new URL(import.meta.url)));
  return hash.digest('hex').slice(0, 16);
}

export function sri(bytes: Buffer): string {
  return `sha256-${createHash('sha256').update(bytes).digest('base64')}`;
}

const BUILT = ['good', 'mount-throws', 'render-throws', 'slow-bootstrap', 'mount-hangs', 'unmount-hangs', 'bad-hash', 'incompatible-sdk', 'leaky'];

/** The good app again under other ids, for the e2e tests: visibility, deprecation and retirement. */
export const VARIANTS: Record<string, { id: string; name: Manifest['name']; visibility?: Manifest['visibility'] }> = {
  'huayang-only': { id: 'fixture-huayang-only', name: { 'zh-CN': '华阳路街道专用台账', en: 'Huayang Road only' }, visibility: { units: ['huayanglu'] } },
  deprecated: { id: 'fixture-old-ledger', name: { 'zh-CN': '旧版走访台账', en: 'Old visit ledger' } },
  retired: { id: 'fixture-retired-form', name: { 'zh-CN': '纸质表单录入', en: 'Paper form entry' } },
};

async function buildOne(folder: string, srcFolder: string, outDir: string, manifestOverride?: Partial<Manifest>, externalRuntime = false): Promise<void> {
  const { build } = await import('vite');
  const { toolboxApp } = await import('@toolbox/sdk/vite');
  const root = join(fixturesDir, srcFolder);
  const manifest = { ...(JSON.parse(readFileSync(join(fixturesDir, folder, 'toolbox.manifest.json'), 'utf8')) as Manifest), ...manifestOverride };
  // toolboxApp reads the manifest from its root: build from a staging root that holds this fixture's manifest.
  const stage = `${outDir}.stage`;
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  writeFileSync(join(stage, 'toolbox.manifest.json'), JSON.stringify(manifest));
  await build({
    root: stage,
    configFile: false,
    logLevel: 'warn',
    plugins: [toolboxApp({ root: stage, expose: join(root, 'src/app.tsx'), externalRuntime })],
    build: { outDir, emptyOutDir: true },
    resolve: { dedupe: ['react', 'react-dom'] },
  });
  rmSync(stage, { recursive: true, force: true });
}

/** Builds (or reuses) every fixture; returns them by folder name, plus the root to serve at /bundles. */
export async function buildFixtures(): Promise<{ bundlesRoot: string; fixtures: Map<string, BuiltFixture> }> {
  const root = join(hostDir, '.tmp/fixtures', sourceHash());
  const bundlesRoot = join(root, 'bundles');
  if (!existsSync(join(root, 'done')) && process.env.VITEST) {
    // @module-federation/vite switches itself off under Vitest, and Vitest's NODE_ENV=test would pick React's
    // development build: build in a plain Node child instead, as a developer's `vite build` would.
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(hostDir, 'test/support/buildFixturesCli.ts')], {
      cwd: hostDir,
      stdio: 'inherit',
      env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST'))), NODE_ENV: 'production' },
    });
    if (r.status !== 0) throw new Error('building the fixture remotes failed');
  }
  if (!existsSync(join(root, 'done'))) {
    const tmp = `${root}.partial-${process.pid}`;
    rmSync(tmp, { recursive: true, force: true });
    for (const folder of BUILT) {
      const manifest = JSON.parse(readFileSync(join(fixturesDir, folder, 'toolbox.manifest.json'), 'utf8')) as Manifest;
      await buildOne(folder, folder, join(tmp, 'bundles', manifest.id, manifest.version));
    }
    for (const variant of Object.values(VARIANTS)) await buildOne('good', 'good', join(tmp, 'bundles', variant.id, '1.0.0'), variant);
    // The good app without its own copy of the MF runtime: it uses the one the host publishes (provideExternalRuntime).
    await buildOne('good', 'good', join(tmp, 'bundles', 'fixture-external-runtime', '1.0.0'), { id: 'fixture-external-runtime', name: { 'zh-CN': '共用运行时', en: 'Shared runtime' } }, true);
    // remote-404 has no current build (1.1.0 is missing) but an earlier, working 1.0.0: the good app under its id.
    await buildOne('remote-404', 'good', join(tmp, 'bundles', 'fixture-remote-404', '1.0.0'), { id: 'fixture-remote-404' });
    // bad-hash: the entry changes after the build, as if someone edited the file on the server.
    const entries = { 'bad-hash': join(tmp, 'bundles', 'fixture-bad-hash', '1.0.0', 'remoteEntry.js') };
    writeFileSync(join(tmp, 'bad-hash.integrity'), sri(readFileSync(entries['bad-hash'])));
    appendFileSync(entries['bad-hash'], '\nglobalThis.__tampered = true;\n');
    writeFileSync(join(tmp, 'done'), new Date().toISOString());
    rmSync(root, { recursive: true, force: true });
    renameSync(tmp, root);
  }
  const fixtures = new Map<string, BuiltFixture>();
  for (const folder of [...BUILT, 'remote-404', 'external-runtime']) {
    const manifest =
      folder === 'external-runtime'
        ? (JSON.parse(readFileSync(join(bundlesRoot, 'fixture-external-runtime/1.0.0/toolbox.manifest.json'), 'utf8')) as Manifest)
        : (JSON.parse(readFileSync(join(fixturesDir, folder, 'toolbox.manifest.json'), 'utf8')) as Manifest);
    const version = folder === 'remote-404' ? '1.0.0' : manifest.version;
    const dir = join(bundlesRoot, manifest.id, version);
    const integrity = folder === 'bad-hash' ? readFileSync(join(root, 'bad-hash.integrity'), 'utf8') : sri(readFileSync(join(dir, 'remoteEntry.js')));
    fixtures.set(folder, { folder, manifest, dir, integrity });
  }
  return { bundlesRoot, fixtures };
}

/** The built dist of a variant (see VARIANTS), ready for `toolbox publish <dir>`. */
export function variantDir(bundlesRoot: string, key: keyof typeof VARIANTS): string {
  const variant = VARIANTS[key];
  if (!variant) throw new Error(`no variant ${String(key)}`);
  return join(bundlesRoot, variant.id, '1.0.0');
}

/** The catalogue the fake server gives: one item per fixture, entries under `${origin}/bundles/`. */
export function fixtureCatalog(origin: string, fixtures: Map<string, BuiltFixture>): CatalogItem[] {
  return [...fixtures.values()].map(({ folder, manifest, integrity, dir }) => {
    const entryOf = (version: string) => `${origin}/bundles/${manifest.id}/${version}/remoteEntry.js`;
    // The built manifest's `preload` list, as the registry turns it into URLs. `leaky` is served without one, as an
    // app published before the list existed: the host then reads its mf-manifest.json.
    const built = existsSync(join(dir, 'toolbox.manifest.json')) ? (JSON.parse(readFileSync(join(dir, 'toolbox.manifest.json'), 'utf8')) as Manifest) : undefined;
    const preload = folder === 'leaky' || folder === 'remote-404' ? undefined : built?.preload?.map((file) => `${origin}/bundles/${manifest.id}/${manifest.version}/${file}`);
    const base: CatalogItem = {
      id: manifest.id,
      name: manifest.name,
      icon: manifest.icon,
      category: manifest.category,
      keywords: manifest.keywords ?? [],
      scenario: manifest.scenario,
      owner: { unit: manifest.owner.unit, unitName: '区城运中心', contact: manifest.owner.contact },
      status: 'active',
      version: manifest.version,
      entry: entryOf(manifest.version),
      integrity,
      sdk: manifest.sdk,
      previous: [],
    };
    if (preload) base.preload = preload;
    if (manifest.preloadData) base.preloadData = manifest.preloadData;
    if (folder === 'remote-404') {
      return { ...base, version: '1.1.0', entry: entryOf('1.1.0'), integrity: undefined, previous: [{ version: '1.0.0', entry: entryOf('1.0.0'), integrity, sdk: '^1.0.0' }] };
    }
    return base;
  });
}
