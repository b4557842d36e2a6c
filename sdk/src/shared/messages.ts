import type { Locale } from './types.ts';

// Message catalogues: the one way the desktop and every light app word their screens in Chinese and English. React-free,
// so that code outside a component (the desktop's shell, a CSV's file name) translates as a component's `useT` does.

/**
 * One message: text with `{name}` placeholders, or a function for what a placeholder cannot say (an English plural, a
 * unit picked by a value). Groups are flat keys with a dot (`status.open`), so `t(\`status.${status}\`)` is checked.
 */
export type Message = string | ((...args: never[]) => string);

/** A catalogue's Chinese messages, the reference every other language follows. */
export type MessageCatalogue = Record<string, Message>;

/** Every message of `M` in another language: a text for a text, a function of the same arguments for a function. */
export type Translation<M extends MessageCatalogue> = { [K in keyof M]: M[K] extends string ? string : M[K] };

/**
 * A message catalogue: every key in Chinese, and any of them in English (missing ones fall back to Chinese). Declare
 * English as a `Translation<typeof zh>` first to have the compiler ask for every key.
 */
export interface Messages<M extends MessageCatalogue = MessageCatalogue> {
  'zh-CN': M;
  en?: Partial<Translation<M>>;
}

/** What `t(key, …)` takes after the key: a function message's own arguments, or a text's `{name}` values. */
export type MessageArgs<V> = V extends (...args: infer A) => string ? A : [params?: Record<string, string | number>];

/** Looks up `key` for the current locale: fills a text's `{name}` placeholders from `params`, or calls a function. */
export type Translate<M extends MessageCatalogue> = <K extends keyof M & string>(key: K, ...args: MessageArgs<M[K]>) => string;

/** Declares a catalogue with its keys (and each function's arguments) inferred from the Chinese messages. */
export function defineMessages<M extends MessageCatalogue>(messages: { 'zh-CN': M; en?: NoInfer<Messages<M>['en']> }): Messages<M> {
  return messages;
}

function lookup(messages: Messages, locale: Locale, key: string, args: readonly unknown[]): string {
  const message = (locale === 'en' ? messages.en?.[key] : undefined) ?? messages['zh-CN'][key];
  if (message === undefined) return key;
  if (typeof message === 'function') return (message as (...values: unknown[]) => string)(...args);
  const params = args[0] as Record<string, string | number> | undefined;
  return params ? message.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole)) : message;
}

/** Translates outside React (`translate(messages, 'en', 'save')`). */
export function translate<M extends MessageCatalogue, K extends keyof M & string>(
  messages: Messages<M>,
  locale: Locale,
  key: K,
  ...args: MessageArgs<M[K]>
): string {
  return lookup(messages as Messages, locale, key, args);
}

/** A `t(key, …)` bound to one catalogue and locale, for code outside React (a component uses `useT`). */
export function translator<M extends MessageCatalogue>(messages: Messages<M>, locale: Locale): Translate<M> {
  return ((key: string, ...args: unknown[]) => lookup(messages as Messages, locale, key, args)) as Translate<M>;
}
