import type { Locale, LocalizedText } from '@toolbox/sdk';

/** The text in the console's language; Chinese when there is no English. */
export function localized(text: LocalizedText, locale: Locale): string {
  return locale === 'en' ? (text.en ?? text['zh-CN']) : text['zh-CN'];
}
