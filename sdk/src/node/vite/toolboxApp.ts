import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';
import type { Plugin, PluginOption, ResolvedConfig, Rolldown, UserConfig } from 'vite';
import { remoteName } from '../../shared/remoteName.ts';
import type { Manifest } from '../../shared/types.ts';
import { chunkFileName } from './chunkFileName.ts';
import { chunkGroups, mergePreloadHelperIntoRuntime } from './chunkGroups.ts';
import { devShell } from './devShell.ts';
import { hashDirectory } from './hashDirectory.ts';
import { preloadFiles } from './preloadFiles.ts';
import { compileHints } from './compileHints.ts';
import { DEFAULT_ENTRY, MANIFEST_FILE, readManifest } from './readManifest.ts';

/** A shared module as Module Federation configures it. */
export interface SharedModuleConfig {
  singleton?: boolean;
  requiredVersion?: string | false;
  strictVersion?: boolean;
  version?: string;
  /** `false`: the host always provides the module, so the remote bundles no copy of its own to fall back on. */
  import?: false;
}

/** Options of `toolboxApp()`; every one has a default that suits a scaffolded app. */
export interface ToolboxAppOptions {
  /** The directory holding `toolbox.manifest.json`. Default: the current directory (where `toolbox build` runs). */
  root?: string;
  /** The module exposed as `./app`, giving the single-spa lifecycles. Default: `./src/app.tsx`. */
  expose?: string;
  /** More modules to share with the host, merged over the defaults (React and `@toolbox/sdk` as singletons). */
  shared?: Record<string, SharedModuleConfig>;
  /** Adds `@vitejs/plugin-react` (default `true`); pass `false` for an app without React. */
  react?: boolean;
  /**
   * Use the Module Federation runtime the host publishes (`globalThis._FEDERATION_RUNTIME_CORE`) instead of bundling
   * a copy: the remote ships a 3 kB shim instead of 42 kB (19 kB gzip) of runtime, and opens faster the first time.
   * Default `true`, which needs a host built with `experiments.provideExternalRuntime` (the Toolbox host is). Pass
   * `false` to build a self-contained remote that any Module Federation host (or a bare `container.init()`) can load:
   * its own runtime, and copies of the shared modules to fall back on where the host shares none.
   */
  externalRuntime?: boolean;
}

// Stated outright: when the SDK is linked into a workspace, Module Federation cannot always find its package.json.
const SDK_PACKAGE_VERSION = (
  JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** What every light app shares with the host: one React, and one SDK (so `instanceof` and contexts hold across). */
export const DEFAULT_SHARED: Readonly<Record<string, SharedModuleConfig>> = {
  react: { singleton: true },
  'react-dom': { singleton: true },
  // The host registers these too; if a remote does not share them it loads its own React copy (error #321).
  'react-dom/client': { singleton: true },
  'react/jsx-runtime': { singleton: true },
  '@toolbox/sdk': { singleton: true, version: SDK_PACKAGE_VERSION, requiredVersion: `^${SDK_PACKAGE_VERSION.split('.')[0]}.0.0` },
};

/**
 * The defaults for a remote of the Toolbox host, which always provides them: no fallback copies (`import: false`).
 */
const HOST_PROVIDED: Readonly<Record<string, SharedModuleConfig>> = Object.fromEntries(
  Object.entries(DEFAULT_SHARED).map(([name, config]) => [name, { ...config, import: false }]),
);

/**
 * The Vite plugins that build a light app into a Module Federation remote the Toolbox host can load:
 * `remoteEntry.js` + `mf-manifest.json` exposing `./app`, and `dist/toolbox.manifest.json` with the sha256 of every file.
 *
 * ```ts
 * // vite.config.ts
 * import { defineConfig } from 'vite';
 * import { toolboxApp } from '@toolbox/sdk/vite';
 * export default defineConfig({ plugins: [toolboxApp()] });
 * ```
 */
export function toolboxApp(options: ToolboxAppOptions = {}): PluginOption[] {
  const root = resolve(options.root ?? process.cwd());
  const manifest = readManifest(root);
  const expose = options.expose ?? './src/app.tsx';
  const exposePath = existsSync(resolve(root, expose)) ? realpathSync(resolve(root, expose)) : resolve(root, expose);
  // Built for the Toolbox host (the default): its runtime and its shared modules, no copies of either.
  const forToolboxHost = options.externalRuntime !== false;
  const federationPlugins = federation({
    name: remoteName(manifest.id),
    filename: DEFAULT_ENTRY,
    manifest: true,
    // Without 'auto', chunks are fetched from the host's origin instead of the bundle's (RUNTIME-008).
    publicPath: 'auto',
    exposes: { './app': expose },
    shared: { ...(forToolboxHost ? HOST_PROVIDED : DEFAULT_SHARED), ...options.shared },
    dts: false,
    // A light app is a leaf: it never loads other remotes, so that part of the runtime can go.
    disableRemote: true,
    // The Toolbox host publishes its runtime-core on globalThis; the remote uses it unless told to bring its own.
    ...(forToolboxHost ? { experiments: { externalRuntime: true } } : {}),
  }) as PluginOption[];
  return [
    buildDefaults(root, exposePath),
    ...(options.react === false ? [] : [react()]),
    ...federationPlugins.flat().filter(Boolean).map(onlyWhenBuilding),
    devShell(manifest, root, expose),
    // What a first open runs is compiled as it streams in, off the main thread (compileHints.ts).
    compileHints((bundle) => [DEFAULT_ENTRY, ...preloadFiles(bundle, DEFAULT_ENTRY, exposePath)]),
    writeToolboxManifest(manifest, exposePath),
  ];
}

// In development the dev shell imports the exposed module directly; Module Federation only matters for the build.
function onlyWhenBuilding(option: PluginOption): PluginOption {
  const plugin = option as Plugin;
  const { apply } = plugin;
  if (apply === 'serve') return false;
  if (typeof apply === 'function') return { ...plugin, apply: (config, env) => env.command === 'build' && apply(config, env) };
  return { ...plugin, apply: 'build' };
}

// A project's own chunkFileNames wins (what a plugin's config returns would override it).
function ownChunkFileNames(config: UserConfig): Rolldown.OutputOptions['chunkFileNames'] {
  const output = config.build?.rolldownOptions?.output;
  return Array.isArray(output) ? undefined : output?.chunkFileNames;
}

const NO_INPUT_ID = '\0toolbox:no-input';
const NO_INPUT_NAME = 'toolbox-no-input';

// Defaults for the build only, so a project's own `build` settings still win where it sets them.
function buildDefaults(root: string, exposePath: string): Plugin {
  const splitting = chunkGroups(exposePath);
  return {
    name: 'toolbox:build-defaults',
    configResolved(config) {
      // After every config hook: the federation plugin's groups are in place now.
      const output = config.build.rolldownOptions.output;
      for (const out of Array.isArray(output) ? output : [output]) {
        const splittingOptions = out?.codeSplitting;
        if (splittingOptions && typeof splittingOptions === 'object') mergePreloadHelperIntoRuntime(splittingOptions.groups);
      }
    },
    buildStart() {
      splitting.reset();
    },
    resolveId(id) {
      return id === NO_INPUT_ID ? id : undefined;
    },
    load(id) {
      return id === NO_INPUT_ID ? 'export {};' : undefined;
    },
    generateBundle(_options, bundle) {
      for (const [fileName, output] of Object.entries(bundle)) {
        if (output.type === 'chunk' && output.facadeModuleId === NO_INPUT_ID) delete bundle[fileName];
      }
    },
    config(config) {
      const input = config.build?.rollupOptions?.input ?? config.build?.rolldownOptions?.input;
      // A remote needs no page, but Vite's build wants an entry: without index.html, an empty module serves (and
      // leaves no file). Not the exposed module: as an entry of its own, it would keep its imports out of shared chunks.
      const needsInput = input === undefined && !existsSync(resolve(config.root ?? root, 'index.html'));
      return {
        build: {
          rolldownOptions: {
            ...(needsInput ? { input: { [NO_INPUT_NAME]: NO_INPUT_ID } } : {}),
            // The exposed module's chunk may export more than its lifecycles (the SDK code that the SDK's fallback
            // copy shares with it); 'strict' would put a facade chunk in front of it, one more file on a first open.
            preserveEntrySignatures: config.build?.rolldownOptions?.preserveEntrySignatures ?? 'allow-extension',
            // Out of the box a first open fetches a dozen small chunks, one after the other; these groups make it
            // about five (see chunkGroups.ts), and the names of MF's virtual chunks short.
            output: { codeSplitting: { groups: splitting.groups }, chunkFileNames: ownChunkFileNames(config) ?? chunkFileName },
          },
          target: config.build?.target ?? 'esnext',
          // The host loads the remote through the MF runtime, which fetches what it needs: an HTML preload helper
          // would only add a chunk.
          modulePreload: config.build?.modulePreload ?? false,
        },
      };
    },
  };
}

function writeToolboxManifest(manifest: Manifest, exposePath: string): Plugin {
  let resolved: ResolvedConfig | undefined;
  // closeBundle also runs after a failed build; only a build that wrote its files gets a manifest.
  let written = false;
  let preload: string[] = [];
  return {
    name: 'toolbox:manifest',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      resolved = config;
    },
    buildStart() {
      written = false;
      preload = [];
    },
    writeBundle(_options, bundle) {
      written = true;
      preload = preloadFiles(bundle, DEFAULT_ENTRY, exposePath);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        if (!resolved || !written) return;
        const outDir = resolve(resolved.root, resolved.build.outDir);
        const files = await hashDirectory(outDir, new Set([MANIFEST_FILE]));
        // `$schema` only helps an editor with the source file; the published manifest is data.
        const { $schema: _editorOnly, ...described } = manifest as Manifest & { $schema?: string };
        // Only files that made it to disk: the host preloads each one.
        const built: Manifest = { ...described, entry: DEFAULT_ENTRY, files, preload: preload.filter((file) => file in files) };
        await writeFile(resolve(outDir, MANIFEST_FILE), `${JSON.stringify(built, null, 2)}\n`);
      },
    },
  };
}
