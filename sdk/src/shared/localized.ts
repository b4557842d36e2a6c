import type { Locale, LocalizedText } from './types.ts';

/** Picks the text for `locale`, falling back to Chinese (the one language every text has). */
export function localized(text: LocalizedText | undefined, locale: Locale): string {
  if (!text) return '';
  return (locale === 'en' ? text.en : undefined) ?? text['zh-CN'];
}
