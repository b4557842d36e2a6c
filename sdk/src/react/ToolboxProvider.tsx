import { useEffect, useState, type ReactNode } from 'react';
import type { Locale, ToolboxContext } from '../shared/types.ts';
import { LocaleContext, ToolboxReactContext } from './contexts.ts';

/** Props of `ToolboxProvider`. */
export interface ToolboxProviderProps {
  /** The host API: `props.toolbox` from the host, or `createMockToolbox()` in tests. */
  context: ToolboxContext;
  /** Forces a locale (Storybook, tests); by default it follows `context.locale` and `onLocaleChange`. */
  locale?: Locale;
  children?: ReactNode;
}

/**
 * Gives the components below it the host API (`useToolbox`, `useCollection`) and the current locale (`useLocale`,
 * `useT`, the UI kit). `createReactLightApp` renders it for you; use it directly in tests.
 */
export function ToolboxProvider({ context, locale, children }: ToolboxProviderProps) {
  const [current, setCurrent] = useState<Locale>(context.locale);
  useEffect(() => {
    setCurrent(context.locale);
    return context.onLocaleChange(setCurrent);
  }, [context]);
  return (
    <ToolboxReactContext.Provider value={context}>
      <LocaleContext.Provider value={locale ?? current}>{children}</LocaleContext.Provider>
    </ToolboxReactContext.Provider>
  );
}
