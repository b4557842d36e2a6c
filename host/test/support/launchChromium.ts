// Debian's chromium with the flags stack.md prescribes, and a fresh profile each time: the SDK's helper, as plugins use it.
export { CHROMIUM_ARGS, launchChromium } from '@toolbox/sdk/testing/node';
export type { ChromiumSession as Browser } from '@toolbox/sdk/testing/node';
