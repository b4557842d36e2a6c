import type { LightAppLifecycles } from '../runtime/defineLightApp.ts';
import { createMockToolbox, type MockToolbox, type MockToolboxOptions } from './createMockToolbox.ts';

/** An app mounted by `mountLightApp`: the frame it drew into, the mock host API it got, and how to take it down. */
export interface MountedLightApp {
  domElement: HTMLElement;
  toolbox: MockToolbox;
  /** Calls the app's `unmount`, takes the frame out of the document and gives it back, for a test to see it was emptied. */
  unmount(): Promise<HTMLElement>;
}

/**
 * Mounts an app through the single-spa lifecycles its remote exposes (`bootstrap` then `mount`), as the host does, into
 * a fresh frame appended to the document, with `createMockToolbox(options)` as its host API.
 */
export async function mountLightApp(app: LightAppLifecycles, name: string, options: MockToolboxOptions = {}): Promise<MountedLightApp> {
  const domElement = document.createElement('div');
  document.body.append(domElement);
  const toolbox = createMockToolbox(options);
  const props = { name, domElement, toolbox };
  await app.bootstrap(props);
  await app.mount(props);
  const unmount = async () => {
    await app.unmount(props);
    domElement.remove();
    return domElement;
  };
  return { domElement, toolbox, unmount };
}
