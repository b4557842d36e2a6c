// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { FilterBar, FilterSelect, UI_CSS } from '../../src/ui/index.ts';

afterEach(cleanup);

type FollowUp = 'all' | 'open' | 'done';

function Filters({ count }: { count?: string }) {
  const [followUp, setFollowUp] = useState<FollowUp>('all');
  return (
    <FilterBar count={count}>
      <FilterSelect<FollowUp>
        label="跟进"
        value={followUp}
        onChange={setFollowUp}
        options={[
          ['all', '全部'],
          ['open', '待跟进'],
          ['done', '已跟进'],
        ]}
      />
      <output>{followUp}</output>
    </FilterBar>
  );
}

describe('FilterBar and FilterSelect', () => {
  it('names each select by its visible label and hands back the chosen value', () => {
    render(<Filters count="共 12 条，显示 5 条" />);
    const select = screen.getByRole('combobox', { name: '跟进' }) as HTMLSelectElement;
    expect([...select.options].map((o) => [o.value, o.text])).toEqual([
      ['all', '全部'],
      ['open', '待跟进'],
      ['done', '已跟进'],
    ]);
    fireEvent.change(select, { target: { value: 'open' } });
    expect(select.value).toBe('open');
    expect(screen.getByRole('status').textContent).toBe('open');
  });

  it('is a search landmark with the count at the end, announced politely, and styled by the kit', () => {
    render(<Filters count="共 12 条，显示 5 条" />);
    const bar = screen.getByRole('search');
    expect(bar.className).toBe('tbx-filters');
    const count = bar.lastElementChild as HTMLElement;
    expect([count.textContent, count.getAttribute('aria-live'), count.className]).toEqual(['共 12 条，显示 5 条', 'polite', 'tbx-filters__count']);
    expect(document.getElementById('tbx-ui-styles')?.textContent).toBe(UI_CSS);
    expect(UI_CSS).toContain('.tbx-filters select,.tbx-filters input{');
  });

  it('shows 清除筛选 only with onClear, before the count, and calls it', () => {
    let cleared = 0;
    const { rerender } = render(<FilterBar count="共 12 条">{null}</FilterBar>);
    expect(screen.queryByRole('button', { name: '清除筛选' })).toBeNull();
    rerender(
      <FilterBar count="共 12 条" onClear={() => cleared++}>
        {null}
      </FilterBar>,
    );
    const clear = screen.getByRole('button', { name: '清除筛选' });
    expect(clear.nextElementSibling?.className).toBe('tbx-filters__count');
    fireEvent.click(clear);
    expect(cleared).toBe(1);
  });

  it('keeps an empty live region while the count is unknown, and none when there is no count', () => {
    const { rerender } = render(<Filters count="" />);
    expect(screen.getByRole('search').querySelector('[aria-live]')).not.toBeNull();
    rerender(<Filters />);
    expect(screen.getByRole('search').querySelector('[aria-live]')).toBeNull();
  });
});
