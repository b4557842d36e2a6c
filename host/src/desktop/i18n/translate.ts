import { translator as catalogueTranslator, type Locale, type Messages, type Translate as CatalogueTranslate } from '@toolbox/sdk';
import { zhCN } from './messages.ts';

/** The desktop's `t(key, params)`: the SDK's message catalogues, as every light app words its screens. */
export type Translate = CatalogueTranslate<typeof zhCN>;

// English is a chunk of its own (messagesEn.ts); until it is here, the catalogue has Chinese only and says that.
const messages: Messages<typeof zhCN> = { 'zh-CN': zhCN };

/** Loads the messages of `locale` (English is a chunk of its own); localeStore switches only once they are here. */
export async function loadMessages(locale: Locale): Promise<void> {
  if (locale === 'en') messages.en ??= (await import('./messagesEn.ts')).en;
}

/** The desktop's messages in `locale`; Chinese until the English ones are loaded (loadMessages). */
export function translator(locale: Locale): Translate {
  return catalogueTranslator(messages, locale);
}
