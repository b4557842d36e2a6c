import { previewPage } from '@toolbox/sdk/testing/node';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The preview page is a plain Vite page (no federation): the app with demo data in a host-sized frame.
export default defineConfig({ plugins: [react(), previewPage()], server: { host: '127.0.0.1' } });
