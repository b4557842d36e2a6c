import { createContext, useContext } from 'react';
import type { Locale, Notice } from '@toolbox/sdk';
import type { AdminApi } from './api/createApi.ts';
import type { Messages } from './i18n/messages.ts';

/** What every screen of the console needs: the API, the words of the current language, and the host's notices. */
export interface ConsoleEnv {
  api: AdminApi;
  locale: Locale;
  m: Messages;
  notify(notice: Notice): void;
}

export const ConsoleContext = createContext<ConsoleEnv | null>(null);

export function useConsole(): ConsoleEnv {
  const env = useContext(ConsoleContext);
  if (!env) throw new Error('useConsole() outside <AdminConsole>');
  return env;
}
