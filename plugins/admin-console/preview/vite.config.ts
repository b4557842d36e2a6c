import { previewPage } from '@toolbox/sdk/testing/node';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The SDK's preview page (the host's bar and a host-sized #frame); the console calls `/api` on its own origin, as in
// the host: forward it to the registry server.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), previewPage()],
  server: {
    host: '127.0.0.1',
    proxy: { '/api': process.env.TOOLBOX_API ?? 'http://127.0.0.1:4173' },
  },
});
