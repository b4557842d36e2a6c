import type { Locale, LocalizedText } from '@toolbox/sdk';
import { zhCN, type MessageKey } from './messages.ts';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

let english: Record<MessageKey, string> | undefined;

/** Loads the messages of `locale` (English is a chunk of its own); localeStore switches only once they are here. */
export async function loadMessages(locale: Locale): Promise<void> {
  if (locale === 'en') english ??= (await import('./messagesEn.ts')).en;
}

/** The desktop's messages in `locale`; Chinese until the English ones are loaded (loadMessages). */
export function translator(locale: Locale): Translate {
  const table: Record<MessageKey, string> = (locale === 'en' && english) || zhCN;
  return (key, params) => fill(table[key], params);
}

/** A message with its `{name}` placeholders filled in (a missing one stays as it is). */
export function fill(text: string, params?: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params?.[name] ?? `{${name}}`));
}

/** An app's localized text in the user's locale, falling back to Chinese. */
export function pickText(text: LocalizedText | undefined, locale: Locale): string {
  if (!text) return '';
  return (locale === 'en' ? text.en : undefined) ?? text['zh-CN'];
}
