// `@toolbox/sdk/testing/node`: helpers for an app's own tests that run in Node (never in jsdom or the page): its built
// dist/ checked, and its preview opened in Debian's Chromium in a host-sized frame. playwright-core comes from the app's
// own devDependencies (an optional peer of the SDK).
export { checkDist } from './checkDist.ts';
export { CHROMIUM_ARGS, CHROMIUM_PATH, launchChromium } from './launchChromium.ts';
export type { ChromiumSession, LaunchChromiumOptions } from './launchChromium.ts';
export { FRAME, SCREEN, previewPage } from './previewPage.ts';
export { framedPreview } from './framedPreview.ts';
export type { FramedPreview, FramedPreviewOptions } from './framedPreview.ts';
export { describeFramedPreview } from './describeFramedPreview.ts';
export type { PreviewSuiteHooks } from './describeFramedPreview.ts';
export { overflowingElements } from './overflowingElements.ts';
export { insideFrame } from './insideFrame.ts';
