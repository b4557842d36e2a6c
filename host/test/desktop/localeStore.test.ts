// @vitest-environment jsdom
// The language switch: English messages are a chunk of their own, so the desktop switches once they are loaded, and
// the last choice wins when two come quickly.
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/desktop/i18n/translate.ts';
import { localeStore } from '../../src/desktop/localeStore.ts';

const next = () => new Promise<string>((resolve) => {
  const off = localeStore.subscribe((locale) => {
    off();
    resolve(locale);
  });
});

describe('localeStore', () => {
  it('starts in Chinese and switches to English once its messages are here, remembering the choice', async () => {
    expect(localeStore.get()).toBe('zh-CN');
    expect(translator('en')('header.logout')).toBe('退出登录');
    const switched = next();
    localeStore.set('en');
    // Not before the English messages have loaded.
    expect(localeStore.get()).toBe('zh-CN');
    expect(await switched).toBe('en');
    expect(translator('en')('header.logout')).toBe('Sign out');
    expect(localStorage.getItem('toolbox.locale')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('keeps the last of two quick choices', async () => {
    const seen: string[] = [];
    const off = localeStore.subscribe((l) => seen.push(l));
    localeStore.set('zh-CN');
    localeStore.set('en');
    localeStore.set('zh-CN');
    await new Promise((resolve) => setTimeout(resolve, 20));
    off();
    expect(localeStore.get()).toBe('zh-CN');
    expect(seen).toEqual(['zh-CN']);
  });
});
