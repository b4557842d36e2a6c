import { createContext, useContext } from 'react';
import type { Notice } from '@toolbox/sdk';
import type { AdminApi } from './api/createApi.ts';

/**
 * What every screen of the console needs: the API and the host's notices. Words and the language come from the SDK
 * (`useT(messages)`, `useLocale()`), as in every light app.
 */
export interface ConsoleEnv {
  api: AdminApi;
  notify(notice: Notice): void;
}

export const ConsoleContext = createContext<ConsoleEnv | null>(null);

export function useConsole(): ConsoleEnv {
  const env = useContext(ConsoleContext);
  if (!env) throw new Error('useConsole() outside <AdminConsole>');
  return env;
}
