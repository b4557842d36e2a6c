import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureServerPerTest } from './support/serverPerTest.ts';
import { renderConsole } from './support/renderConsole.tsx';

const server = fixtureServerPerTest();
afterEach(() => {
  vi.useRealTimers();
});

const appIds = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.getAttribute('data-app'));

describe('the review table', () => {
  it('opens on the current year in Shanghai, even when UTC is still in the old year', async () => {
    // 2026-12-31 17:30 UTC is already 2027-01-01 in Shanghai.
    vi.useFakeTimers({ now: new Date('2026-12-31T17:30:00Z'), toFake: ['Date'] });
    renderConsole(server.url);
    await screen.findByRole('table', { name: '2027 年度效能评估表' });
    expect(server.received.map((r) => r.path)).toContain('/api/reviews/2027');
    expect((screen.getByLabelText('评估年度') as HTMLSelectElement).value).toBe('2027');
  });

  it('lists every app with its recommendation tag and reasons, weakest score first', async () => {
    renderConsole(server.url, { year: 2026 });
    const table = await screen.findByRole('table', { name: '2026 年度效能评估表' });
    expect(appIds(table)).toEqual(['old-survey', 'survey-b', 'survey-a', 'hotline-tickets', 'visit-log']);
    const weak = within(table).getByRole('row', { name: /旧版民意调查/ });
    expect(within(weak).getByText('淘汰')).toBeTruthy();
    expect(within(weak).getByText('近6个月月活跃用户低于10人')).toBeTruthy();
    expect(within(weak).getByText('-86%')).toBeTruthy();
    const deprecated = within(table).getByRole('row', { name: /^问卷通/ });
    expect(within(deprecated).getByText('即将下线')).toBeTruthy();
    const costly = within(table).getByRole('row', { name: /12345 工单/ });
    expect(within(costly).getByText('¥1,000')).toBeTruthy();
    expect(within(costly).getByText('12%')).toBeTruthy();
  });

  it('sorts by a column, toggles the direction, and keeps apps without a rating last', async () => {
    renderConsole(server.url, { year: 2026 });
    const table = await screen.findByRole('table', { name: '2026 年度效能评估表' });
    fireEvent.click(within(table).getByRole('button', { name: /打开次数/ }));
    expect(appIds(table)[0]).toBe('visit-log');
    expect(within(table).getByRole('columnheader', { name: /打开次数/ }).getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(within(table).getByRole('button', { name: /打开次数/ }));
    expect(appIds(table)[0]).toBe('old-survey');

    fireEvent.click(within(table).getByRole('button', { name: /评分/ }));
    expect(appIds(table).at(-1)).toBe('survey-a');
    fireEvent.click(within(table).getByRole('button', { name: /评分/ }));
    expect(appIds(table)[0]).toBe('old-survey');
    expect(appIds(table).at(-1)).toBe('survey-a');
  });

  it('filters by recommendation, owner unit and category, and says when nothing matches', async () => {
    renderConsole(server.url, { year: 2026 });
    const table = await screen.findByRole('table', { name: '2026 年度效能评估表' });
    fireEvent.change(screen.getByLabelText('评估建议'), { target: { value: 'merge' } });
    expect(appIds(table).sort()).toEqual(['survey-a', 'survey-b']);
    fireEvent.change(screen.getByLabelText('主办单位'), { target: { value: 'xinjing' } });
    expect(appIds(screen.getByRole('table', { name: '2026 年度效能评估表' }))).toEqual(['survey-a']);
    expect(screen.getByText(/显示 1 \/ 5 个应用/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '清除筛选' }));
    fireEvent.change(screen.getByLabelText('分类'), { target: { value: '城市管理' } });
    expect(appIds(screen.getByRole('table', { name: '2026 年度效能评估表' }))).toEqual(['hotline-tickets']);
    fireEvent.change(screen.getByLabelText('评估建议'), { target: { value: 'retire' } });
    expect(screen.queryByRole('table', { name: '2026 年度效能评估表' })).toBeNull();
    expect(screen.getByText('没有符合条件的应用')).toBeTruthy();
  });

  it('shows the thresholds in force and the merge candidates', async () => {
    renderConsole(server.url, { year: 2026 });
    await screen.findByRole('table', { name: '2026 年度效能评估表' });
    const thresholds = screen.getByRole('region', { name: '现行阈值' });
    const row = within(thresholds).getByText('月活跃用户下限').parentElement!;
    expect(within(row).getByText('10')).toBeTruthy();
    expect(within(thresholds).getByText(/使用 40 · 覆盖 20 · 稳定 15/)).toBeTruthy();
    const merge = screen.getByRole('region', { name: '合并候选' });
    expect(within(merge).getByText(/问卷调查 · 用户重叠 72%/)).toBeTruthy();
    expect(within(merge).getByRole('button', { name: '问卷通' })).toBeTruthy();
  });

  it('links the CSV of the chosen year, and reloads when the year changes', async () => {
    renderConsole(server.url, { year: 2026 });
    await screen.findByRole('table', { name: '2026 年度效能评估表' });
    const link = screen.getByRole('link', { name: '下载评估 CSV' });
    expect(link.getAttribute('href')).toBe(`${server.url}/api/reviews/2026?format=csv`);
    expect(link.hasAttribute('download')).toBe(true);
    const csv = await fetch(link.getAttribute('href')!);
    expect(csv.headers.get('content-type')).toContain('text/csv');

    fireEvent.change(screen.getByLabelText('评估年度'), { target: { value: '2025' } });
    await screen.findByRole('table', { name: '2025 年度效能评估表' });
    expect(screen.getByRole('link', { name: '下载评估 CSV' }).getAttribute('href')).toContain('/api/reviews/2025?');
    expect(screen.getByRole('link', { name: '下载操作记录 CSV' }).getAttribute('href')).toBe(
      `${server.url}/api/reviews/2025?format=csv&part=audit`,
    );
  });

  it('speaks English when the host switches locale', async () => {
    renderConsole(server.url, { year: 2026, locale: 'en' });
    const table = await screen.findByRole('table', { name: 'Efficiency review 2026' });
    expect(within(table).getByRole('button', { name: 'Visit log' })).toBeTruthy();
    expect(within(table).getAllByText('Merge')).toHaveLength(2);
  });

  it('says in Chinese when the review cannot load, and retries', async () => {
    renderConsole(server.url, { year: 2026 });
    await screen.findByRole('table');
    cleanup();
    renderConsole(`${server.url}/nowhere`, { year: 2026 });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('没有这个地址，请刷新页面后重试。')).toBeTruthy();
    const before = server.received.length;
    fireEvent.click(within(alert).getByRole('button', { name: '重试' }));
    await waitFor(() => expect(server.received.length).toBe(before + 1));
  });
});
