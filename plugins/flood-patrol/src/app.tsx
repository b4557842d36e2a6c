// The module the remote exposes as `./app`: single-spa lifecycles that render the app into the host's frame.
import { createReactLightApp } from '@toolbox/sdk/react';
import { FloodPatrolApp } from './FloodPatrolApp.tsx';

export const { bootstrap, mount, unmount } = createReactLightApp(FloodPatrolApp);
