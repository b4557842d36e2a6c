import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';
import type { Plugin, PluginOption, ResolvedConfig } from 'vite';
import { remoteName } from '../../shared/remoteName.ts';
import type { Manifest } from '../../shared/types.ts';
import { devShell } from './devShell.ts';
import { hashDirectory } from './hashDirectory.ts';
import { DEFAULT_ENTRY, MANIFEST_FILE, readManifest } from './readManifest.ts';

/** A shared module as Module Federation configures it. */
export interface SharedModuleConfig {
  singleton?: boolean;
  requiredVersion?: string | false;
  strictVersion?: boolean;
  version?: string;
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
   * `false` to build a self-contained remote that any Module Federation host (or a bare `container.init()`) can load.
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
  const federationPlugins = federation({
    name: remoteName(manifest.id),
    filename: DEFAULT_ENTRY,
    manifest: true,
    // Without 'auto', chunks are fetched from the host's origin instead of the bundle's (RUNTIME-008).
    publicPath: 'auto',
    exposes: { './app': expose },
    shared: { ...DEFAULT_SHARED, ...options.shared },
    dts: false,
    // A light app is a leaf: it never loads other remotes, so that part of the runtime can go.
    disableRemote: true,
    // The Toolbox host publishes its runtime-core on globalThis; the remote uses it unless told to bring its own.
    ...(options.externalRuntime === false ? {} : { experiments: { externalRuntime: true } }),
  }) as PluginOption[];
  return [
    buildDefaults(root, expose),
    ...(options.react === false ? [] : [react()]),
    ...federationPlugins.flat().filter(Boolean).map(onlyWhenBuilding),
    devShell(manifest, root, expose),
    writeToolboxManifest(manifest),
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

// Out of the box the MF runtime lands in half a dozen small chunks that the host fetches one after the other on the
// first open; one chunk for all of it cuts those round trips. Only plain runtime code goes there: the virtual
// loadShare modules wait for the share scope and must stay in their own chunks.
const MF_RUNTIME_GROUP = {
  name: 'mf-runtime',
  test: /node_modules[\\/]@module-federation[\\/]|rolldown[\\/]runtime|vite[\\/]preload-helper/,
};

// Defaults for the build only, so a project's own `build` settings still win where it sets them.
function buildDefaults(root: string, expose: string): Plugin {
  return {
    name: 'toolbox:build-defaults',
    config(config) {
      const input = config.build?.rollupOptions?.input ?? config.build?.rolldownOptions?.input;
      // A remote needs no page, but Vite's build wants an entry: without index.html, the exposed module serves.
      const needsInput = input === undefined && !existsSync(resolve(config.root ?? root, 'index.html'));
      return {
        build: {
          rolldownOptions: {
            ...(needsInput ? { input: { app: resolve(root, expose) } } : {}),
            output: { codeSplitting: { groups: [MF_RUNTIME_GROUP] } },
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

function writeToolboxManifest(manifest: Manifest): Plugin {
  let resolved: ResolvedConfig | undefined;
  // closeBundle also runs after a failed build; only a build that wrote its files gets a manifest.
  let written = false;
  return {
    name: 'toolbox:manifest',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      resolved = config;
    },
    buildStart() {
      written = false;
    },
    writeBundle() {
      written = true;
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
        const built: Manifest = { ...described, entry: DEFAULT_ENTRY, files };
        await writeFile(resolve(outDir, MANIFEST_FILE), `${JSON.stringify(built, null, 2)}\n`);
      },
    },
  };
}
