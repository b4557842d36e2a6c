import { useCallback } from 'react';
import type { Locale } from '../shared/types.ts';
import { useLocale } from './useLocale.ts';

/** A message catalogue: every key in Chinese, and any of them in English (missing ones fall back to Chinese). */
export interface Messages<K extends string> {
  'zh-CN': Record<K, string>;
  en?: Partial<Record<K, string>>;
}

/** Looks up `key` for `locale` and fills `{name}` placeholders from `params`. */
export type Translate<K extends string> = (key: K, params?: Record<string, string | number>) => string;

/** Declares a catalogue with its keys inferred from the Chinese messages. */
export function defineMessages<K extends string>(messages: Messages<K>): Messages<K> {
  return messages;
}

/** Translates outside React (`translate(messages, 'en', 'save')`). */
export function translate<K extends string>(
  messages: Messages<K>,
  locale: Locale,
  key: K,
  params?: Record<string, string | number>,
): string {
  const text = (locale === 'en' ? messages.en?.[key] : undefined) ?? messages['zh-CN'][key] ?? key;
  return params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole)) : text;
}

/** A `t(key, params?)` for the current locale that follows the host's language switch. */
export function useT<K extends string>(messages: Messages<K>): Translate<K> {
  const locale = useLocale();
  return useCallback<Translate<K>>((key, params) => translate(messages, locale, key, params), [messages, locale]);
}
