// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useMemo, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { matchesSearch, searchTexts } from '../src/index.ts';
import { loadPinyin, usePinyin } from '../src/react/index.ts';

afterEach(cleanup);

describe('searchTexts and matchesSearch', () => {
  it('without pinyin: the texts as typed, lower case, spaces and separators gone, empty ones left out', () => {
    expect(searchTexts(['居民走访记录', '', 'Visit Log', 'visit-log'])).toEqual(['居民走访记录', 'visitlog', 'visitlog']);
  });

  it('with pinyin: the full pinyin (ü as v) and the initials of each text with Chinese in it, after the texts', async () => {
    const toPinyin = await loadPinyin();
    expect(searchTexts(['走访记录', 'Visit', '绿道 12345热线'], toPinyin)).toEqual([
      '走访记录',
      'visit',
      '绿道12345热线',
      'zoufangjilu',
      'zfjl',
      'lvdaorexian',
      'ldrx',
    ]);
    // One load for every caller.
    expect(await loadPinyin()).toBe(toPinyin);
  });

  it('finds a query by characters, pinyin or initials, in any case and with spaces; an empty query finds all', async () => {
    const haystacks = searchTexts(['王建国', '华阳路街道'], await loadPinyin());
    for (const query of ['建国', 'wjg', 'WJG', 'wang jianguo', 'hylj', 'huayang', '']) expect(matchesSearch(haystacks, query), query).toBe(true);
    for (const query of ['李', 'wjx', 'zhang']) expect(matchesSearch(haystacks, query), query).toBe(false);
  });
});

/** A picker's list as an app writes it: the names that match what is typed. */
function People() {
  const [query, setQuery] = useState('');
  const toPinyin = usePinyin(query);
  const index = useMemo(() => ['王建国', '李娜', '吕小明'].map((name) => ({ name, haystacks: searchTexts([name], toPinyin) })), [toPinyin]);
  return (
    <>
      <input aria-label="姓名" value={query} onChange={(e) => setQuery(e.target.value)} />
      <p>{toPinyin ? '拼音已加载' : '没有拼音'}</p>
      <ul>
        {index
          .filter((e) => matchesSearch(e.haystacks, query))
          .map((e) => (
            <li key={e.name}>{e.name}</li>
          ))}
      </ul>
    </>
  );
}

describe('usePinyin', () => {
  it('loads pinyin only once a Latin letter is typed, then finds by initials', async () => {
    render(<People />);
    const names = () => screen.queryAllByRole('listitem').map((li) => li.textContent);
    fireEvent.change(screen.getByLabelText('姓名'), { target: { value: '李' } });
    expect(names()).toEqual(['李娜']);
    expect(screen.getByText('没有拼音')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('姓名'), { target: { value: 'lxm' } });
    await screen.findByText('拼音已加载');
    expect(names()).toEqual(['吕小明']);
  });
});
