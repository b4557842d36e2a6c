import { defineConfig } from 'vite';
import { toolboxApp } from '@toolbox/sdk/vite';

export default defineConfig({ plugins: [toolboxApp({ root: import.meta.dirname })] });
