import { defineMessages } from '@toolbox/sdk/react';
import { en } from './en.ts';
import { zhCN } from './zh-CN.ts';

/** The console's words, in the SDK's catalogue: `useT(messages)` in a component, `translate(messages, …)` outside. */
export const messages = defineMessages({ 'zh-CN': zhCN, en });

/** The console's words in Chinese, the catalogue's reference: the `t` a component hands to a helper is a `Translate<ConsoleWords>`. */
export type ConsoleWords = typeof zhCN;
