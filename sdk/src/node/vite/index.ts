// `@toolbox/sdk/vite`: builds a light app into a remote the host can load. Runs in Node (Vite config).
export { toolboxApp, DEFAULT_SHARED } from './toolboxApp.ts';
export type { ToolboxAppOptions, SharedModuleConfig } from './toolboxApp.ts';
export { readManifest, MANIFEST_FILE, DEFAULT_ENTRY } from './readManifest.ts';
