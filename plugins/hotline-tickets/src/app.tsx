// The module the remote exposes as `./app`: single-spa lifecycles that render the app into the host's frame.
import { createReactLightApp } from '@toolbox/sdk/react';
import { HotlineApp } from './HotlineApp.tsx';

export const { bootstrap, mount, unmount } = createReactLightApp(HotlineApp);
