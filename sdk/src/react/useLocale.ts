import { useContext } from 'react';
import type { Locale } from '../shared/types.ts';
import { LocaleContext } from './contexts.ts';

/** The user's current language; re-renders when the user switches it in the host. `zh-CN` outside a light app. */
export function useLocale(): Locale {
  return useContext(LocaleContext);
}
