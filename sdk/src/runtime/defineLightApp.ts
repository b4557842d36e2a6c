import { ToolboxSdkError } from '../errors.ts';
import type { LightAppProps, ToolboxContext } from '../shared/types.ts';

/** What an app supplies to `defineLightApp`: how to draw itself into the host's frame and how to clean up. */
export interface LightAppDefinition {
  /** Runs once before the first mount (load data that does not depend on the frame, warm caches…). */
  bootstrap?(ctx: ToolboxContext): void | Promise<void>;
  /** Renders the app into `el`, the frame the host gave it. */
  mount(el: HTMLElement, ctx: ToolboxContext): void | Promise<void>;
  /** Removes what `mount` created. The SDK empties `el` afterwards in any case. */
  unmount?(el: HTMLElement, ctx: ToolboxContext): void | Promise<void>;
}

/** single-spa lifecycles, as the remote's `./app` module exports them. */
export interface LightAppLifecycles {
  bootstrap(props: LightAppProps): Promise<void>;
  mount(props: LightAppProps): Promise<void>;
  unmount(props: LightAppProps): Promise<void>;
}

function checkProps(props: LightAppProps): void {
  const name = props?.name ?? 'the light app';
  // An element check that also holds for a frame from another realm (an iframe's document), where instanceof fails.
  const el = props?.domElement as { nodeType?: unknown } | undefined;
  if (!el || typeof el !== 'object' || el.nodeType !== 1) {
    throw new ToolboxSdkError('TOOLBOX_SDK_NO_DOM_ELEMENT', [name]);
  }
  if (!props.toolbox || typeof props.toolbox !== 'object') throw new ToolboxSdkError('TOOLBOX_SDK_NO_CONTEXT', [name]);
}

/**
 * Turns `{ mount, unmount }` into the single-spa lifecycles the host calls with `{ name, domElement, toolbox }`.
 * Export the result from the module the remote exposes as `./app`:
 *
 * ```ts
 * export const { bootstrap, mount, unmount } = defineLightApp({ mount(el, ctx) { el.textContent = ctx.user.name } });
 * ```
 */
export function defineLightApp(definition: LightAppDefinition): LightAppLifecycles {
  // single-spa bootstraps once per app, but a host may mount several frames of the same app (or remount after an
  // error): remember each frame separately so unmount always cleans the right one.
  let bootstrapped: Promise<void> | undefined;
  let bootstrapDone = false;
  const mounted = new Map<HTMLElement, ToolboxContext>();

  // single-spa calls lifecycles as plain functions (no `this`), so they close over their state instead.
  const bootstrap = async (props: LightAppProps): Promise<void> => {
    checkProps(props);
    bootstrapped ??= Promise.resolve(definition.bootstrap?.(props.toolbox)).then(() => {
      bootstrapDone = true;
    });
    await bootstrapped;
  };

  const mountInto = (props: LightAppProps): Promise<void> => {
    const fail = (error: unknown) => {
      mounted.delete(props.domElement);
      props.domElement.replaceChildren();
      throw error;
    };
    mounted.set(props.domElement, props.toolbox);
    try {
      return Promise.resolve(definition.mount(props.domElement, props.toolbox)).catch(fail);
    } catch (error) {
      return Promise.reject(error).catch(fail);
    }
  };

  return {
    bootstrap,
    // Once bootstrapped (single-spa always bootstraps first), the app's mount runs within this call, not a tick
    // later: a host that mounts inside React's flushSync then gets the app's first render at once, with its effects
    // (the first data requests) started before the browser paints an empty frame.
    mount(props) {
      try {
        checkProps(props);
      } catch (error) {
        return Promise.reject(error);
      }
      return bootstrapDone ? mountInto(props) : bootstrap(props).then(() => mountInto(props));
    },
    async unmount(props) {
      const el = props?.domElement;
      if (!el) return;
      const ctx = mounted.get(el) ?? props.toolbox;
      mounted.delete(el);
      try {
        await definition.unmount?.(el, ctx);
      } finally {
        el.replaceChildren();
      }
    },
  };
}
