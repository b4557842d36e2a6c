import { type Messages, translator } from '@toolbox/sdk';
import { describe, expect, it } from 'vitest';
import { labelOr } from '../../src/i18n/labelOr.ts';
import { messages } from '../../src/i18n/messages.ts';
import { rosterMessages } from '../../src/roster/rosterMessages.ts';

// English is declared a `Translation` of the Chinese, so the compiler asks for every key; this holds the catalogues
// to it at run time too (a spread that loses a key, a label table the contract shrank) and to the functions' arity.
const catalogues: [string, Messages][] = [
  ['the console', messages as Messages],
  ['the roster', rosterMessages as Messages],
];

describe.each(catalogues)('the words of %s', (_name, catalogue) => {
  const zh = catalogue['zh-CN'];
  const en = catalogue.en ?? {};

  it('has every Chinese key in English, and no other', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('has a text for a text and a function of as many arguments for a function', () => {
    const shape = (m: unknown) => (typeof m === 'function' ? `function/${m.length}` : typeof m);
    const differing = Object.keys(zh).filter((key) => shape(zh[key]) !== shape(en[key]));
    expect(differing).toEqual([]);
    expect(Object.values(zh).every((m) => typeof m === 'string' || typeof m === 'function')).toBe(true);
  });
});

describe('labelOr', () => {
  const zhT = translator(messages, 'zh-CN');
  const enT = translator(messages, 'en');
  const rosterZh = translator(rosterMessages, 'zh-CN');
  const rosterEn = translator(rosterMessages, 'en');

  it('gives a value’s label, or the value itself when the catalogue has none', () => {
    expect(labelOr(zhT, 'org.kind', 'street')).toBe('街道');
    expect(labelOr(enT, 'org.kind', 'street')).toBe('Street');
    expect(labelOr(zhT, 'org.kind', 'village')).toBe('village');
    expect(labelOr(zhT, 'status', 'pending', labelOr(zhT, 'versionStatus', 'pending'))).toBe('待审核');
  });

  it('shows the server’s message for a row refused in English, and the console’s words in Chinese', () => {
    const message = '"X" is neither 单位 (unit) nor 人员 (user)';
    expect(labelOr(rosterEn, 'reasons', 'type_unknown', message)).toBe(message);
    expect(labelOr(rosterZh, 'reasons', 'type_unknown', message)).toBe('类型只能填“单位”或“人员”');
    expect(labelOr(rosterZh, 'reasons', 'new_code', message)).toBe(message);
  });

  it('takes only the groups a catalogue has', () => {
    // @ts-expect-error `kind` is a group of `org` and `approval`, not of the catalogue's top level
    expect(labelOr(zhT, 'kind', 'street')).toBe('street');
  });
});

describe('the review’s shared labels', () => {
  it('are the contract’s words under their prefixes', () => {
    const t = translator(messages, 'zh-CN');
    expect([t('recommendation.keep'), t('status.deprecated'), t('scenario.vertical'), t('refusedReason.tooOld')]).toEqual([
      '保留',
      '即将下线',
      '垂直型',
      '时间早于 7 天前',
    ]);
  });
});
