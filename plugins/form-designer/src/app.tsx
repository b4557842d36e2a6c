// The module the remote exposes as `./app`: single-spa lifecycles of 应用搭建, the form app designer.
import { createReactLightApp } from '@toolbox/sdk/react';
import { DesignerApp } from './DesignerApp.tsx';

export const { bootstrap, mount, unmount } = createReactLightApp(() => <DesignerApp />);
