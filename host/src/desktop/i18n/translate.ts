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
  return (key, params) => table[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params?.[name] ?? `{${name}}`));
}

/** An app's localized text in the user's locale, falling back to Chinese. */
export function pickText(text: LocalizedText | undefined, locale: Locale): string {
  if (!text) return '';
  return (locale === 'en' ? text.en : undefined) ?? text['zh-CN'];
}

/** A date as YYYY-MM-DD in Asia/Shanghai, whatever the machine's zone. */
export function shanghaiDate(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00+08:00` : value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}
