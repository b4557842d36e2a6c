import type { Locale } from '@toolbox/sdk';
import { loadMessages } from './i18n/translate.ts';

// The chosen language, shared by the desktop (React state) and every app (ToolboxContext.onLocaleChange).
const KEY = 'toolbox.locale';
const listeners = new Set<(locale: Locale) => void>();

function initial(): Locale {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

let current: Locale = initial();
let wanted: Locale = current;

export const localeStore = {
  get: (): Locale => current,
  set(locale: Locale): void {
    wanted = locale;
    // The switch happens once the desktop's messages in that language are here (a failed load switches anyway: the
    // desktop then stays in Chinese, the apps follow the choice). The last choice wins.
    void loadMessages(locale)
      .catch(() => undefined)
      .then(() => {
        if (wanted !== locale || locale === current) return;
        current = locale;
        try {
          localStorage.setItem(KEY, locale);
        } catch {
          // The choice then lasts for this page only.
        }
        document.documentElement.lang = locale;
        for (const l of [...listeners]) l(locale);
      });
  },
  subscribe(listener: (locale: Locale) => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
