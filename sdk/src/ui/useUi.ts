import { useContext, useInsertionEffect } from 'react';
import { LocaleContext } from '../react/contexts.ts';
import type { Locale } from '../shared/types.ts';
import { ensureStyles } from './styles.ts';
import { uiMessages, type UiMessageKey } from './uiMessages.ts';

/** Injects the stylesheet and gives the component its locale and a `t` for the kit's own strings. */
export function useUi(): { locale: Locale; t: (key: UiMessageKey, params?: Record<string, string | number>) => string } {
  useInsertionEffect(() => ensureStyles(), []);
  const locale = useContext(LocaleContext);
  const t = (key: UiMessageKey, params?: Record<string, string | number>) => {
    const text = (locale === 'en' ? uiMessages.en[key] : undefined) ?? uiMessages['zh-CN'][key];
    return params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole)) : text;
  };
  return { locale, t };
}
