import { defineConfig } from 'vite';
import { toolboxApp } from '@toolbox/sdk/vite';

export default defineConfig({
  plugins: [toolboxApp({ root: import.meta.dirname })],
  // ECharts (line, bar, grid, tooltip, legend, canvas) is one ~530 kB chunk, loaded only when an app's page opens;
  // the review table itself is about 50 kB.
  build: { chunkSizeWarningLimit: 600 },
});
