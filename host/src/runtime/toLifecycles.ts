import type { LightAppProps } from '@toolbox/sdk';

/** The single-spa lifecycles of an app, each normalised to one function (single-spa also allows arrays). */
export interface Lifecycles {
  bootstrap(props: LightAppProps): Promise<unknown>;
  mount(props: LightAppProps): Promise<unknown>;
  unmount(props: LightAppProps): Promise<unknown>;
}

type LifecycleFn = (props: LightAppProps) => unknown;

function toFn(value: unknown): LifecycleFn | undefined {
  if (typeof value === 'function') return value as LifecycleFn;
  if (Array.isArray(value) && value.every((f) => typeof f === 'function')) {
    const fns = value as LifecycleFn[];
    return async (props) => {
      for (const fn of fns) await fn(props);
    };
  }
  return undefined;
}

function pick(source: Record<string, unknown>): Lifecycles | undefined {
  const mount = toFn(source.mount);
  const unmount = toFn(source.unmount);
  if (!mount || !unmount) return undefined;
  const bootstrap = toFn(source.bootstrap) ?? (() => undefined);
  return {
    bootstrap: async (props) => bootstrap(props),
    mount: async (props) => mount(props),
    unmount: async (props) => unmount(props),
  };
}

/** Reads the lifecycles of the module exposed as `./app`: named exports, or the same on the default export (design.md). */
export function toLifecycles(module: unknown): Lifecycles | undefined {
  if (!module || (typeof module !== 'object' && typeof module !== 'function')) return undefined;
  const record = module as Record<string, unknown>;
  const named = pick(record);
  if (named) return named;
  const fallback = record.default;
  if (fallback && typeof fallback === 'object') return pick(fallback as Record<string, unknown>);
  return undefined;
}
