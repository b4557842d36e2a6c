import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The console calls `/api` on its own origin, as in the host: forward it to the registry server.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    proxy: { '/api': process.env.TOOLBOX_API ?? 'http://127.0.0.1:4173' },
  },
});
