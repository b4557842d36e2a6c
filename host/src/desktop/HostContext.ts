import { createContext, useContext } from 'react';
import type { CatalogItem, Locale, Notice } from '@toolbox/sdk';
import type { Me } from '../api/endpoints.ts';
import type { AppRuntime } from '../runtime/createAppRuntime.ts';
import type { Translate } from './i18n/translate.ts';

/** What every desktop component may use: the session, the catalogue, pins and recents, and the app runtime. */
export interface HostValue {
  t: Translate;
  locale: Locale;
  setLocale(locale: Locale): void;
  me: Me;
  /** The catalogue as last read: at sign-in, then each time it changed while the desktop stayed open (watchCatalog). */
  catalog: CatalogItem[];
  pins: string[];
  togglePin(id: string): void;
  recent: string[];
  navigate(to: string): void;
  notify(notice: Notice): void;
  logout(): void;
  /** After 我的账号 renamed the user. */
  setMyName(name: string): void;
  runtime: AppRuntime;
  rate(id: string, score: number, comment?: string): Promise<void>;
  /** Looks up an app that is not in the catalogue (retired, or not visible). */
  lookupApp: typeof import('../api/endpoints.ts').fetchApp;
}

export const HostContext = createContext<HostValue | null>(null);

export function useHost(): HostValue {
  const value = useContext(HostContext);
  if (!value) throw new Error('useHost outside HostContext');
  return value;
}
