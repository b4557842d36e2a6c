import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateManifest } from '../src/manifest/index.ts';
import { isToolboxSdkError } from '../src/index.ts';
import { toolboxApp } from '../src/node/vite/index.ts';
import { buildApp } from './helpers/buildApp.ts';
import { launchChromium } from '../src/node/testing/index.ts';
import { serveDir } from './helpers/serveDir.ts';
import { copyFixture, tempDir } from './helpers/tempApp.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)));
}

function runtimeChunk(dist: string): string {
  const name = filesUnder(join(dist, 'assets')).find((f) => /^mf-runtime-[\w-]+\.js$/.test(f));
  expect(name).toBeDefined();
  return readFileSync(join(dist, 'assets', name ?? ''), 'utf8');
}

// Loads the remote as a host would at the lowest level (init + get on remoteEntry.js, no shared modules offered, so
// the remote falls back to its own React), then runs its single-spa lifecycles.
const MOUNT_THROUGH_CONTAINER = `(async () => {
  const container = await import(location.origin + '/remoteEntry.js');
  await container.init({});
  const lifecycles = (await container.get('./app'))();
  const domElement = document.getElementById('frame');
  const toolbox = {
    apiVersion: '1.0.0', locale: 'zh-CN', user: { id: 'u1', name: '王芳', role: 'staff' },
    unit: { id: 'x', name: 'x', path: [] }, onLocaleChange: () => () => undefined,
  };
  const props = { name: 'basic-app', domElement, toolbox };
  await lifecycles.bootstrap(props);
  await lifecycles.mount(props);
  await new Promise((r) => setTimeout(r, 50));
  const mounted = domElement.textContent;
  await lifecycles.unmount(props);
  return { mounted, after: domElement.innerHTML };
})()`;

describe('toolboxApp() on a fixture app', () => {
  const app = copyFixture('basic-app');
  const dist = join(app.dir, 'dist');

  beforeAll(() => buildApp(app.dir, {}));
  afterAll(() => app.cleanup());

  it('builds a federated remote with remoteEntry.js and mf-manifest.json naming the remote after the app id', () => {
    expect(existsSync(join(dist, 'remoteEntry.js'))).toBe(true);
    const mf = JSON.parse(readFileSync(join(dist, 'mf-manifest.json'), 'utf8')) as {
      name: string;
      metaData: { publicPath: string };
      exposes: { path: string }[];
      shared: { name: string; singleton: boolean }[];
    };
    expect(mf.name).toBe('toolbox_basic_app');
    expect(mf.metaData.publicPath).toBe('auto');
    expect(mf.exposes.map((e) => e.path)).toEqual(['./app']);
    expect(mf.shared.filter((s) => s.singleton).map((s) => s.name).sort()).toEqual(
      ['@toolbox/sdk', 'react', 'react-dom', 'react-dom/client', 'react/jsx-runtime'].sort(),
    );
  });

  it('writes dist/toolbox.manifest.json: the manifest, the entry, and the sha256 of every other file', () => {
    const written = JSON.parse(readFileSync(join(dist, 'toolbox.manifest.json'), 'utf8')) as Record<string, unknown>;
    const result = validateManifest(written);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { manifest } = result;
    expect(manifest.entry).toBe('remoteEntry.js');
    expect(manifest.version).toBe('1.2.3');
    const onDisk = filesUnder(dist).filter((f) => f !== 'toolbox.manifest.json').sort();
    expect(Object.keys(manifest.files ?? {}).sort()).toEqual(onDisk);
    for (const file of onDisk) {
      const hash = createHash('sha256').update(readFileSync(join(dist, file))).digest('hex');
      expect(manifest.files?.[file], file).toBe(hash);
    }
  });

  it('keeps the Module Federation runtime in one chunk instead of many small ones', () => {
    const entry = readFileSync(join(dist, 'remoteEntry.js'), 'utf8');
    const runtimeChunks = filesUnder(join(dist, 'assets')).filter((f) => /^(dist|helpers|utils)-/.test(f));
    expect(runtimeChunks).toEqual([]);
    expect(entry).toMatch(/mf-runtime-[\w-]+\.js/);
  });

  it('uses the MF runtime the host publishes by default: a small shim, not a copy of the runtime', () => {
    const shim = runtimeChunk(dist);
    expect(shim).toContain('_FEDERATION_RUNTIME_CORE');
    expect(shim.length).toBeLessThan(10_000);
  });
});

describe('toolboxApp({ externalRuntime: false }): a self-contained remote for any Module Federation host', () => {
  const app = copyFixture('basic-app');
  const dist = join(app.dir, 'dist');

  beforeAll(() => buildApp(app.dir, { externalRuntime: false }));
  afterAll(() => app.cleanup());

  it('bundles its own copy of the MF runtime', () => {
    const runtime = runtimeChunk(dist);
    expect(runtime).not.toContain('_FEDERATION_RUNTIME_CORE');
    expect(runtime.length).toBeGreaterThan(20_000);
  });

  it('carries its own copies of React and ReactDOM to fall back on, behind loadShare glue with short names', () => {
    const assets = filesUnder(join(dist, 'assets'));
    expect(assets.some((f) => /__prebuild__/.test(f))).toBe(true);
    expect(assets.some((f) => /__loadShare__/.test(f))).toBe(true);
    for (const file of assets) expect(file.length, file).toBeLessThanOrEqual(64);
    // A host without the catalogue's preload list preloads the mf-manifest.json files named `loadShare`: the glue,
    // never a fallback copy.
    const mf = readFileSync(join(dist, 'mf-manifest.json'), 'utf8');
    const named = [...mf.matchAll(/"(assets\/[^"]+)"/g)].map((m) => m[1]!).filter((f) => f.includes('loadShare'));
    expect(named.length).toBeGreaterThan(0);
    for (const file of named) expect(file).not.toContain('prebuild');
  });

  it('gives a remote that mounts and unmounts in Chromium through the container interface', async () => {
    const { url, server } = await serveDir(dist, {
      '/page.html': '<!doctype html><meta charset="utf-8"><div id="frame"></div>',
    });
    const browser = await launchChromium();
    try {
      const page = await browser.context.newPage();
      await page.goto(`${url}/page.html`);
      // A string, not a function: Vitest would rewrite a function's dynamic import() for Node.
      const result = await page.evaluate(MOUNT_THROUGH_CONTAINER);
      expect(result).toEqual({ mounted: '你好，王芳', after: '' });
    } finally {
      await browser.close();
      server.close();
    }
  });
});

describe('toolboxApp() refuses a bad project', () => {
  it('throws TOOLBOX_MANIFEST_NOT_FOUND without a manifest', () => {
    const empty = tempDir('no-manifest');
    try {
      expect(() => toolboxApp({ root: empty.dir })).toThrow(
        expect.objectContaining({ code: 'TOOLBOX_MANIFEST_NOT_FOUND' }) as Error,
      );
    } finally {
      empty.cleanup();
    }
  });

  it('throws TOOLBOX_MANIFEST_INVALID naming each wrong path', async () => {
    const bad = copyFixture('basic-app');
    try {
      const file = join(bad.dir, 'toolbox.manifest.json');
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      const { writeFileSync } = await import('node:fs');
      writeFileSync(file, JSON.stringify({ ...manifest, owner: { unit: 'x' }, version: 'v1' }));
      let caught: unknown;
      try {
        toolboxApp({ root: bad.dir });
      } catch (error) {
        caught = error;
      }
      expect(isToolboxSdkError(caught, 'TOOLBOX_MANIFEST_INVALID')).toBe(true);
      expect((caught as { details: { path: string }[] }).details.map((d) => d.path).sort()).toEqual(['/owner/contact', '/version']);
    } finally {
      bad.cleanup();
    }
  });
});
