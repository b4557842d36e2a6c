export { launchChromium } from '@toolbox/sdk/testing/node';
