// The host knows no app at build time (`remotes: {}`): apps come from the catalogue and are registered with the
// Module Federation runtime when the desktop starts. The federation plugin is here only to provide the shared
// singletons, so that every remote uses the host's one React and one SDK.
import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { hostShared } from './hostShared.ts';

export default defineConfig({
  plugins: [
    react(),
    federation({
      name: 'toolbox_host',
      remotes: {},
      shared: hostShared,
      dts: false,
      manifest: false,
      // Publishes the host's runtime-core on globalThis, so a remote built with `toolboxApp({ externalRuntime: true })`
      // does not ship (and parse) its own copy of the MF runtime. Remotes that do ship one keep working.
      experiments: { provideExternalRuntime: true },
      // Remotes are registered by remoteEntry.js, never by mf-manifest.json, and the host preloads chunks itself.
      disableSnapshot: true,
    }),
  ],
  build: { target: 'es2022', sourcemap: false },
  server: { proxy: { '/api': 'http://127.0.0.1:4173', '/bundles': 'http://127.0.0.1:4173' } },
});
