import { useMemo } from 'react';
import { translator, type MessageCatalogue, type Messages, type Translate } from '../shared/messages.ts';
import { useLocale } from './useLocale.ts';

export { defineMessages, translate } from '../shared/messages.ts';
export type { Message, MessageArgs, MessageCatalogue, Messages, Translate, Translation } from '../shared/messages.ts';

/** A `t(key, …)` for the current locale that follows the host's language switch. */
export function useT<M extends MessageCatalogue>(messages: Messages<M>): Translate<M> {
  const locale = useLocale();
  return useMemo(() => translator(messages, locale), [messages, locale]);
}
