// The one i18n mechanism of the SDK (defineMessages, translate, useT): texts with placeholders, functions for what a
// placeholder cannot say, flat dotted groups, and English falling back to Chinese key by key.
import { describe, expect, it } from 'vitest';
import { defineMessages, translate } from '../src/react/index.ts';

type Status = 'open' | 'done';
const messages = defineMessages({
  'zh-CN': {
    title: '走访',
    shown: '共 {total} 条，显示 {n} 条',
    left: (days: number) => `剩 ${days} 天`,
    'status.open': '待跟进',
    'status.done': '已跟进',
    onlyChinese: '仅中文',
  },
  en: {
    title: 'Visits',
    shown: '{n} of {total} shown',
    left: (days) => `${days} day${days === 1 ? '' : 's'} left`,
    'status.open': 'Open',
    'status.done': 'Done',
  },
});

describe('translate', () => {
  it('fills placeholders, calls function messages with their arguments, and picks dotted keys', () => {
    expect(translate(messages, 'zh-CN', 'shown', { n: 2, total: 5 })).toBe('共 5 条，显示 2 条');
    expect(translate(messages, 'en', 'shown', { n: 2, total: 5 })).toBe('2 of 5 shown');
    expect(translate(messages, 'zh-CN', 'left', 3)).toBe('剩 3 天');
    expect([1, 2].map((days) => translate(messages, 'en', 'left', days))).toEqual(['1 day left', '2 days left']);
    const status: Status = 'done';
    expect(translate(messages, 'en', `status.${status}`)).toBe('Done');
  });

  it('falls back to Chinese for a key English lacks, and leaves an unknown placeholder visible', () => {
    expect(translate(messages, 'en', 'onlyChinese')).toBe('仅中文');
    expect(translate(messages, 'en', 'shown', { n: 2 })).toBe('2 of {total} shown');
  });

  it('types the arguments after the key from the Chinese message', () => {
    // @ts-expect-error a function message takes its own arguments, not a params object
    expect(() => translate(messages, 'zh-CN', 'left', { days: 3 })).not.toThrow();
    // @ts-expect-error an unknown key
    expect(translate(messages, 'zh-CN', 'status.lost')).toBe('status.lost');
  });
});
