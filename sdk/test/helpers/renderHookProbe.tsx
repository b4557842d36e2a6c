import { render } from '@testing-library/react';
import { ToolboxProvider } from '../../src/react/index.ts';
import type { ToolboxContext } from '../../src/shared/types.ts';

export interface HookProbe<T> {
  /** The hook's value at the latest render (read it after the first). */
  readonly value: T;
  /** Mounts the probe again, as a new component (its hooks start afresh). */
  mount(): void;
}

/**
 * Renders, inside a ToolboxProvider with `toolbox`, a component that calls `useHook` and shows `show(value)` as its text:
 * the test reads the screen as a worker would, and calls the hook's functions through `value`.
 */
export function renderHookProbe<T>(toolbox: ToolboxContext, useHook: () => T, show: (value: T) => string): HookProbe<T> {
  let latest: { value: T } | undefined;
  function Probe() {
    const value = useHook();
    latest = { value };
    return <p>{show(value)}</p>;
  }
  const mount = () => {
    render(
      <ToolboxProvider context={toolbox}>
        <Probe />
      </ToolboxProvider>,
    );
  };
  mount();
  return {
    get value() {
      if (!latest) throw new Error('the probe has not rendered yet');
      return latest.value;
    },
    mount,
  };
}
