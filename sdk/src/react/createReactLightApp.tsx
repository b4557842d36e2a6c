import type { ComponentType } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { defineLightApp, type LightAppLifecycles } from '../runtime/defineLightApp.ts';
import type { ToolboxContext } from '../shared/types.ts';
import { ToolboxProvider } from './ToolboxProvider.tsx';

/** Props every light-app root component receives (it can also call `useToolbox()`). */
export interface LightAppComponentProps {
  toolbox: ToolboxContext;
}

/**
 * Turns a React component into the single-spa lifecycles of a light app: mount renders it with React 19's
 * `createRoot` into the host's frame inside a `ToolboxProvider`; unmount unmounts the root and empties the frame.
 *
 * ```tsx
 * // src/app.tsx, exposed as ./app
 * export const { bootstrap, mount, unmount } = createReactLightApp(App);
 * ```
 */
export function createReactLightApp(Component: ComponentType<LightAppComponentProps>): LightAppLifecycles {
  const roots = new Map<HTMLElement, Root>();
  return defineLightApp({
    mount(el, ctx) {
      const root = createRoot(el);
      roots.set(el, root);
      root.render(
        <ToolboxProvider context={ctx}>
          <Component toolbox={ctx} />
        </ToolboxProvider>,
      );
    },
    unmount(el) {
      const root = roots.get(el);
      roots.delete(el);
      root?.unmount();
    },
  });
}
