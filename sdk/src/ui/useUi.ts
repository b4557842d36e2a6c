import { useContext, useInsertionEffect, useMemo } from 'react';
import { LocaleContext } from '../react/contexts.ts';
import { translator, type Translate } from '../shared/messages.ts';
import type { Locale } from '../shared/types.ts';
import { ensureStyles } from './styles.ts';
import { uiMessages } from './uiMessages.ts';

/** Injects the stylesheet and gives the component its locale and a `t` for the kit's own strings (useT's catalogues). */
export function useUi(): { locale: Locale; t: Translate<(typeof uiMessages)['zh-CN']> } {
  useInsertionEffect(() => ensureStyles(), []);
  const locale = useContext(LocaleContext);
  const t = useMemo(() => translator(uiMessages, locale), [locale]);
  return { locale, t };
}
