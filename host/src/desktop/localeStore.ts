import type { Locale } from '@toolbox/sdk';

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

export const localeStore = {
  get: (): Locale => current,
  set(locale: Locale): void {
    if (locale === current) return;
    current = locale;
    try {
      localStorage.setItem(KEY, locale);
    } catch {
      // The choice then lasts for this page only.
    }
    document.documentElement.lang = locale;
    for (const l of [...listeners]) l(locale);
  },
  subscribe(listener: (locale: Locale) => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
