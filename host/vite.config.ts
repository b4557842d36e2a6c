// The host knows no app at build time: apps come from the catalogue and are registered with the Module Federation
// runtime when the desktop starts. The runtime and the shared singletons (one React, one SDK for every remote) are
// set up by hand in src/runtime/federation.ts, so the host's own code is a plain Vite bundle.
import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
// By path, not '@toolbox/sdk/vite': that entry is TypeScript, which Node cannot load when Vite leaves a package's
// import to it; a relative import is bundled with this config.
import { compileHints } from '../sdk/src/node/vite/compileHints.ts';

const sdkVersion = (JSON.parse(readFileSync(new URL('../sdk/package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** The SDK version the host's share scope announces (src/runtime/federation.ts); the tests' config uses it too. */
export const define = {
  __TOOLBOX_SDK_VERSION__: JSON.stringify(sdkVersion),
  // Module Federation's own build flags (what its bundler plugins set for `target: 'web'` and
  // `experiments.optimization.disableSnapshot`): every remote is given by its remoteEntry.js, never by a manifest, and
  // the desktop runs only in a browser. Folding them drops the runtime's snapshot and preload-assets plugins and its
  // Node script loader from the runtime chunk (about 4 kB gzip).
  FEDERATION_OPTIMIZE_NO_SNAPSHOT_PLUGIN: 'true',
  ENV_TARGET: JSON.stringify('web'),
};

/**
 * The chunks every open runs nearly all of: the federation runtime (loaded when the desktop is idle) and the SDK as
 * apps receive it (at the first hover or press). V8 compiles them whole as they arrive, off the main thread, instead
 * of function by function inside the open (`compileHints`, in the SDK's Vite plugin).
 */
const OPEN_CHUNKS = /^(federation|sdkShare)$/;

export default defineConfig({
  plugins: [
    react(),
    compileHints((bundle) => Object.values(bundle).flatMap((out) => (out.type === 'chunk' && OPEN_CHUNKS.test(out.name) ? [out.fileName] : []))),
  ],
  define,
  build: {
    target: 'es2022',
    sourcemap: false,
    // No preload helper (0.6 kB gzip in the desktop's chunk): the lazy chunks import only chunks an idle desktop has
    // already loaded, and the two that use PasswordFields ask for its chunk beside their own (withPasswordFields.ts).
    modulePreload: false,
    rolldownOptions: {
      // @module-federation/runtime and runtime-core declare no `sideEffects`, so importing only their semver matcher
      // (src/runtime/semver.ts, loaded when the desktop is idle) would bring the whole runtime along. Their modules
      // are kept or dropped by what is used from them; the runtime's chunk (federation.ts) comes out the same.
      treeshake: { moduleSideEffects: (id: string) => !/\/@module-federation\/runtime(-core)?\/dist\//.test(id) },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:4173', '/bundles': 'http://127.0.0.1:4173' } },
});
