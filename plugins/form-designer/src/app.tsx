// The module the remote exposes as `./app`: single-spa lifecycles of 应用搭建, the form app designer.
import type { LightAppProps } from '@toolbox/sdk';
import { ToolboxProvider } from '@toolbox/sdk/react';
import { createRoot, type Root } from 'react-dom/client';
import { DesignerApp } from './DesignerApp.tsx';

const roots = new Map<HTMLElement, Root>();

export async function bootstrap(): Promise<void> {}

export async function mount(props: LightAppProps): Promise<void> {
  const root = createRoot(props.domElement);
  roots.set(props.domElement, root);
  root.render(
    <ToolboxProvider context={props.toolbox}>
      <DesignerApp />
    </ToolboxProvider>,
  );
}

export async function unmount(props: LightAppProps): Promise<void> {
  roots.get(props.domElement)?.unmount();
  roots.delete(props.domElement);
  props.domElement.replaceChildren();
}
