// `@toolbox/sdk/testing`: a host API without a host, for an app's own tests, Storybook and the `toolbox dev` shell.
export { createMockToolbox } from './createMockToolbox.ts';
export type { MockToolbox, MockToolboxOptions } from './createMockToolbox.ts';
export { createMemoryData } from './createMemoryData.ts';
export { createMemoryFiles } from './createMemoryFiles.ts';
export { createMemoryOrg } from './createMemoryOrg.ts';
export type { MemoryOrgOptions } from './createMemoryOrg.ts';
export type { MemoryDataOptions } from './createMemoryData.ts';
export { mountLightApp } from './mountLightApp.ts';
export type { MountedLightApp } from './mountLightApp.ts';
