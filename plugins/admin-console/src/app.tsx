// The remote's `./app`: single-spa lifecycles that draw the console into the frame the host gives it.
import { createReactLightApp, useToolbox } from '@toolbox/sdk/react';
import { useCallback } from 'react';
import type { Notice } from '@toolbox/sdk';
import { AdminConsole } from './AdminConsole.tsx';
import { createApi } from './api/createApi.ts';

// The host serves the API on its own origin, with the admin's session cookie: no base URL, no token.
const api = createApi();

function App() {
  const toolbox = useToolbox();
  const notify = useCallback((notice: Notice) => toolbox.notify(notice), [toolbox]);
  return <AdminConsole api={api} notify={notify} role={toolbox.user.role} />;
}

export const { bootstrap, mount, unmount } = createReactLightApp(App);
