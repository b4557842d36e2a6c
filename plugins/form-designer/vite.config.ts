import { toolboxApp } from '@toolbox/sdk/vite';
import { defineConfig } from 'vite';

// Everything comes from toolbox.manifest.json: the remote's name, `./app` = ./src/app.tsx, React and the SDK shared.
export default defineConfig({ plugins: [toolboxApp({ root: import.meta.dirname })] });
