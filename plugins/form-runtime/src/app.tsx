// The module the remote exposes as `./app`: single-spa lifecycles that render a form app from its definition.
import type { LightAppProps } from '@toolbox/sdk';
import { ToolboxProvider } from '@toolbox/sdk/react';
import { createRoot, type Root } from 'react-dom/client';
import { FormAppRoot } from './FormAppRoot.tsx';

/**
 * What the host passes when it mounts a form app: the single-spa props every app gets, plus `form`, the app's
 * definition (read by the host from the published version, see docs/form-apps.md 设计). The runtime checks it again
 * before rendering: a definition is data from the network, not code.
 */
export interface FormRuntimeProps extends LightAppProps {
  form?: unknown;
}

const roots = new Map<HTMLElement, Root>();

export async function bootstrap(): Promise<void> {}

export async function mount(props: FormRuntimeProps): Promise<void> {
  const root = createRoot(props.domElement);
  roots.set(props.domElement, root);
  root.render(
    <ToolboxProvider context={props.toolbox}>
      <FormAppRoot definition={props.form} />
    </ToolboxProvider>,
  );
}

export async function unmount(props: FormRuntimeProps): Promise<void> {
  roots.get(props.domElement)?.unmount();
  roots.delete(props.domElement);
  props.domElement.replaceChildren();
}
