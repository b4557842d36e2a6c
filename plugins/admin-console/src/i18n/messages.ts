import type { Locale } from '@toolbox/sdk';
import { en } from './en.ts';
import { zhCN, type Messages } from './zh-CN.ts';

export type { Messages };

/** The catalogue for a locale; Chinese is the default and the fallback. */
export function messagesFor(locale: Locale): Messages {
  return locale === 'en' ? en : zhCN;
}
