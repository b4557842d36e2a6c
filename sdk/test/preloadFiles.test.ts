// `toolboxApp()` writes `preload` into dist/toolbox.manifest.json: the files opening `./app` needs at once, so the host
// fetches them in one wave with the entry. Checked on a real build (a fixture with a form, whose record checker loads on demand,
// and a stylesheet) against the import graph read back from the files on disk, and on hand-made bundles.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateManifest } from '../src/manifest/index.ts';
import { shortChunkName } from '../src/node/vite/chunkFileName.ts';
import { COMPILE_HINT, compileHints } from '../src/node/vite/compileHints.ts';
import { MAX_PRELOAD, preloadFiles } from '../src/node/vite/preloadFiles.ts';
import { buildApp } from './helpers/buildApp.ts';
import { copyFixture } from './helpers/tempApp.ts';

interface Imports {
  static: string[];
  dynamic: string[];
}

// The import graph as the browser sees it: what each file imports, read from the built code itself.
function importsOf(dist: string, file: string): Imports {
  const code = readFileSync(join(dist, file), 'utf8');
  const at = (specifier: string) => posix.normalize(posix.join(posix.dirname(file), specifier));
  return {
    static: [...code.matchAll(/(?:\bfrom|\bimport)\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g)].map((m) => at(m[1]!)),
    dynamic: [...code.matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)].map((m) => at(m[1]!)),
  };
}

function staticClosure(dist: string, seeds: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...seeds];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...importsOf(dist, file).static);
  }
  return seen;
}

describe('preload in dist/toolbox.manifest.json, on a fixture with a form and a stylesheet', () => {
  const app = copyFixture('lazy-validator-app');
  const dist = join(app.dir, 'dist');
  let preload: string[] = [];
  const assets = () => readdirSync(join(dist, 'assets'));

  beforeAll(async () => {
    await buildApp(app.dir);
    const result = validateManifest(JSON.parse(readFileSync(join(dist, 'toolbox.manifest.json'), 'utf8')));
    expect(result.ok).toBe(true);
    preload = (result.ok && result.manifest.preload) || [];
  });
  afterAll(() => app.cleanup());

  it('lists files that exist, relative to dist, once each, without the entry', () => {
    expect(preload.length).toBeGreaterThan(0);
    for (const file of preload) expect(existsSync(join(dist, file)), file).toBe(true);
    expect(new Set(preload).size).toBe(preload.length);
    expect(preload).not.toContain('remoteEntry.js');
    for (const file of preload) expect(file).toMatch(/^[^/\\].*\.(m?js|css)$/);
  });

  it('is the static closure of the entry and the exposed module; the share map the entry loads in init() is in the runtime chunk', () => {
    const entry = importsOf(dist, 'remoteEntry.js');
    // remoteEntry.js imports two chunks dynamically: the exposed module's (on get('./app')) and the share map's (on
    // init), which is the runtime chunk that the entry already imports statically.
    const runtime = entry.static[0]!;
    expect(entry.dynamic).toHaveLength(2);
    expect(entry.dynamic.filter((f) => f !== runtime)).toHaveLength(1);
    expect(readFileSync(join(dist, runtime), 'utf8')).toMatch(/usedShared/);
    expect(assets().filter((f) => f.startsWith('localSharedImportMap-'))).toEqual([]);
    const closure = staticClosure(dist, ['remoteEntry.js', ...entry.dynamic]);
    closure.delete('remoteEntry.js');
    const js = preload.filter((f) => !f.endsWith('.css'));
    expect(new Set(js)).toEqual(closure);
  });

  it('puts Vite\'s preload helper into the runtime chunk: the entry imports one chunk statically', () => {
    expect(importsOf(dist, 'remoteEntry.js').static).toEqual([expect.stringMatching(/^assets\/mf-runtime-[\w-]+\.js$/)]);
    expect(assets().filter((f) => f.includes('preload-helper'))).toEqual([]);
  });

  it('includes the CSS the exposed module imports', () => {
    const css = assets().filter((f) => f.endsWith('.css'));
    expect(css).toHaveLength(1);
    expect(preload).toContain(`assets/${css[0]}`);
  });

  it('leaves out what loads on demand: the forms\' record checker', () => {
    const checker = assets().find((f) => f.startsWith('checkRecord-'));
    expect(checker).toBeDefined();
    expect(preload).not.toContain(`assets/${checker}`);
    // A chunk with the checker's validator in it, whatever its name, is not preloaded; nor is ajv anywhere.
    for (const file of preload) expect(readFileSync(join(dist, file), 'utf8'), file).not.toMatch(/Instance does not match|strictSchema/);
  });

  it('carries no copy of React, ReactDOM or the SDK to fall back on: the Toolbox host provides them (import: false)', () => {
    expect(assets().filter((f) => /__(prebuild|loadShare)__/.test(f))).toEqual([]);
    const scripts = ['remoteEntry.js', ...assets().map((f) => `assets/${f}`).filter((f) => f.endsWith('.js'))];
    // React's element type and ReactDOM's root API are in every copy of them, minified or not.
    for (const file of scripts) expect(readFileSync(join(dist, file), 'utf8'), file).not.toMatch(/react\.transitional\.element|createRoot\(\)\{|function createRoot/);
    const mf = JSON.parse(readFileSync(join(dist, 'mf-manifest.json'), 'utf8')) as { shared: { name: string; assets: { js: { sync: string[]; async: string[] } } }[] };
    for (const share of mf.shared) expect([...share.assets.js.sync, ...share.assets.js.async], share.name).toEqual([]);
  });

  it('keeps a first open to the entry and at most three more scripts', () => {
    // Entry + the app with its SDK code and the shares' glue + the MF runtime (with Vite's preload helper and the
    // share map in it) + Rolldown's helpers; and the stylesheet here. Over HTTP/1.1 a browser sends one server six
    // requests at a time: these leave together, with the app's first data read beside them.
    expect(preload.filter((f) => f.endsWith('.js')).length).toBeLessThanOrEqual(3);
    // The SDK code the app uses is in the app's chunk, not in chunks of its own.
    expect(assets().filter((f) => /^(defineLightApp|src)-/.test(f) && preload.includes(`assets/${f}`))).toEqual([]);
  });

  it('starts the entry and every listed script, and nothing else, with V8\'s compile hint on the first line', () => {
    const scripts = ['remoteEntry.js', ...assets().map((f) => `assets/${f}`).filter((f) => f.endsWith('.js'))];
    const hinted = scripts.filter((file) => readFileSync(join(dist, file), 'utf8').startsWith(COMPILE_HINT));
    expect(hinted.sort()).toEqual(['remoteEntry.js', ...preload.filter((f) => f.endsWith('.js'))].sort());
    // The hashes in the manifest are of the files as written, hint and all (the host checks the entry's by SRI).
    const manifest = JSON.parse(readFileSync(join(dist, 'toolbox.manifest.json'), 'utf8')) as { files: Record<string, string> };
    const entry = readFileSync(join(dist, 'remoteEntry.js'));
    expect(manifest.files['remoteEntry.js']).toBe(createHash('sha256').update(entry).digest('hex'));
  });

  it('gives every chunk a short name', () => {
    for (const file of assets()) expect(file.length, file).toBeLessThanOrEqual(64);
  });
});

// A hand-made bundle: only the fields preloadFiles reads.
function chunk(fileName: string, fields: Partial<Rolldown.OutputChunk> & { css?: string[] } = {}): Rolldown.OutputChunk {
  const imports = fields.imports ?? [];
  const code = fields.code ?? imports.map((f) => `import "./${posix.relative('assets', f)}";`).join('\n');
  return {
    type: 'chunk',
    fileName,
    name: fileName.replace(/^assets\//, '').replace(/-.*$/, ''),
    isEntry: false,
    facadeModuleId: null,
    moduleIds: [],
    dynamicImports: [],
    ...fields,
    imports,
    code,
    ...(fields.css ? { viteMetadata: { importedCss: new Set(fields.css), importedAssets: new Set() } } : {}),
  } as unknown as Rolldown.OutputChunk;
}

function bundleOf(...chunks: Rolldown.OutputChunk[]): Rolldown.OutputBundle {
  return Object.fromEntries(chunks.map((c) => [c.fileName, c]));
}

describe('preloadFiles()', () => {
  const expose = '/app/src/app.tsx';
  const entry = (dynamicImports: string[], imports = ['assets/mf-runtime-1.js']) =>
    chunk('remoteEntry.js', {
      isEntry: true,
      imports,
      code: `import "./assets/mf-runtime-1.js";`.repeat(imports.length ? 1 : 0),
      dynamicImports,
    });

  it('walks static imports from the entry, the share map and the exposed module, in the order an open needs them; not dynamic ones', () => {
    const files = preloadFiles(
      bundleOf(
        entry(['assets/app-1.js', 'assets/localSharedImportMap-1.js']),
        chunk('assets/mf-runtime-1.js'),
        chunk('assets/localSharedImportMap-1.js', { imports: ['assets/mf-runtime-1.js'], dynamicImports: ['assets/react_prebuild-1.js'] }),
        chunk('assets/app-1.js', { moduleIds: [expose], imports: ['assets/react__loadShare__-1.js'], dynamicImports: ['assets/createAjv-1.js'], css: ['assets/app-1.css'] }),
        chunk('assets/react__loadShare__-1.js', { dynamicImports: ['assets/react_prebuild-1.js'] }),
        chunk('assets/createAjv-1.js'),
        chunk('assets/react_prebuild-1.js'),
      ),
      'remoteEntry.js',
      expose,
    );
    // The runtime first (the entry cannot run without it), then the share map (its init), then the app's chunks.
    expect(files).toEqual([
      'assets/mf-runtime-1.js',
      'assets/localSharedImportMap-1.js',
      'assets/app-1.js',
      'assets/react__loadShare__-1.js',
      'assets/app-1.css',
    ]);
  });

  it('follows a facade in front of the exposed module', () => {
    const files = preloadFiles(
      bundleOf(
        entry(['assets/app-facade.js'], []),
        chunk('assets/app-facade.js', { isEntry: true, facadeModuleId: expose, imports: ['assets/app-1.js'] }),
        chunk('assets/app-1.js', { moduleIds: [expose] }),
      ),
      'remoteEntry.js',
      expose,
    );
    expect(files).toEqual(['assets/app-facade.js', 'assets/app-1.js']);
  });

  it('ignores an import the rendered code no longer has (MF strips some from its control chunks)', () => {
    const files = preloadFiles(
      bundleOf(
        entry(['assets/app-1.js'], []),
        chunk('assets/app-1.js', { moduleIds: [expose], imports: ['assets/gone-1.js'], code: 'export {};' }),
        chunk('assets/gone-1.js'),
      ),
      'remoteEntry.js',
      expose,
    );
    expect(files).toEqual(['assets/app-1.js']);
  });

  it(`stops at ${MAX_PRELOAD} files, the schema's limit`, () => {
    const many = Array.from({ length: 80 }, (_, i) => `assets/part${i}-1.js`);
    const files = preloadFiles(
      bundleOf(entry(['assets/app-1.js'], []), chunk('assets/app-1.js', { moduleIds: [expose], imports: many }), ...many.map((f) => chunk(f))),
      'remoteEntry.js',
      expose,
    );
    expect(files).toHaveLength(MAX_PRELOAD);
    expect(files[0]).toBe('assets/app-1.js');
  });

  it('gives nothing without the entry', () => {
    expect(preloadFiles(bundleOf(chunk('assets/app-1.js', { moduleIds: [expose] })), 'remoteEntry.js', expose)).toEqual([]);
  });
});

describe('shortChunkName()', () => {
  it.each([
    ['_virtual_mf___mfe_internal__toolbox_visit_log__mf_owner__170244334369881__loadShare__react__loadShare__.js', 'react__loadShare__'],
    ['_virtual_mf___mfe_internal__toolbox_visit_log__mf_owner__170244334369881__loadShare__react_mf_2_dom__loadShare__.js', 'react-dom__loadShare__'],
    ['_virtual_mf___mfe_internal__toolbox_visit_log__mf_owner__170244334369881__prebuild__react_mf_2_dom_mf_1_client__prebuild__', 'react-dom_client__prebuild__'],
    ['_virtual_mf___mfe_internal__toolbox_basic_app__mf_owner__1__loadShare___mf_0_toolbox_mf_1_sdk__loadShare__.js', 'toolbox_sdk__loadShare__'],
    ['_virtual_mf___mfe_internal__toolbox_visit_log__mf_owner__170244334369881__loadShare__shared', 'shared__loadShare__'],
    ['_virtual_mf-localSharedImportMap___mfe_internal__toolbox_visit_log__mf_owner__1', 'localSharedImportMap'],
    ['mf-runtime', 'mf-runtime'],
    ['vite-preload-helper', 'vite-preload-helper'],
    ['hostInit', 'hostInit'],
    ['createAjv', 'createAjv'],
  ])('%s → %s', (name, short) => {
    expect(shortChunkName(name)).toBe(short);
  });
});

describe('compileHints()', () => {
  type Hook = (this: unknown, options: unknown, bundle: Rolldown.OutputBundle) => void;
  const run = (bundle: Rolldown.OutputBundle, names: string[]) => {
    const hook = compileHints(() => names).generateBundle as { handler: Hook };
    hook.handler.call(undefined, {}, bundle);
  };
  const asset = (fileName: string, source: string) => ({ type: 'asset', fileName, source }) as unknown as Rolldown.OutputAsset;

  it('puts the hint on the first line of the named chunks only, once, and moves their source maps down a line', () => {
    const bundle: Rolldown.OutputBundle = {
      'remoteEntry.js': chunk('remoteEntry.js', { code: 'import "./a.js";\n' }),
      'remoteEntry.js.map': asset('remoteEntry.js.map', JSON.stringify({ version: 3, mappings: 'AAAA;AACA' })),
      'assets/lazy.js': chunk('assets/lazy.js', { code: 'export const x = 1;\n' }),
      'assets/app.css': asset('assets/app.css', 'p{}'),
    };
    run(bundle, ['remoteEntry.js', 'assets/app.css', 'missing.js']);
    run(bundle, ['remoteEntry.js']);
    expect((bundle['remoteEntry.js'] as Rolldown.OutputChunk).code).toBe(`${COMPILE_HINT}import "./a.js";\n`);
    expect(JSON.parse((bundle['remoteEntry.js.map'] as Rolldown.OutputAsset).source as string).mappings).toBe(';AAAA;AACA');
    expect((bundle['assets/lazy.js'] as Rolldown.OutputChunk).code).toBe('export const x = 1;\n');
    expect((bundle['assets/app.css'] as Rolldown.OutputAsset).source).toBe('p{}');
  });
});
