import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixtureServerPerTest } from './support/serverPerTest.ts';
import { openApp as openAppIn, renderConsole } from './support/renderConsole.tsx';

const server = fixtureServerPerTest();

const openApp = (name: string) => openAppIn(server.url, name, { year: 2026 });

describe('an app’s detail page', () => {
  it('shows the street breakdown with small cells hidden, never as zero', async () => {
    await openApp('旧版民意调查');
    const table = within(screen.getByRole('region', { name: '按街道（镇）分布' })).getByRole('table');
    const xinjing = within(table).getByRole('row', { name: /新泾镇/ });
    expect(within(xinjing).getAllByText('<3 已隐藏')).toHaveLength(2);
    const huayang = within(table).getByRole('row', { name: /华阳路街道/ });
    expect(within(huayang).getByText('25')).toBeTruthy();
  });

  it('shows ratings with their comments and no names', async () => {
    await openApp('旧版民意调查');
    const ratings = screen.getByRole('region', { name: '用户评分' });
    expect(within(ratings).getByText('平均 1.8 分，共 6 条评分')).toBeTruthy();
    expect(within(ratings).getByText('打开太慢，经常报错')).toBeTruthy();
    // An empty comment is not listed as a blank line.
    expect(within(ratings).getAllByRole('listitem')).toHaveLength(1);
  });

  it('shows the audit trail from the server, in Shanghai time', async () => {
    await openApp('旧版民意调查');
    const audit = screen.getByRole('region', { name: '操作记录' });
    await within(audit).findByText('dev');
    expect(within(audit).getByText('发布版本')).toBeTruthy();
    expect(within(audit).getByText('版本 1.1.0')).toBeTruthy();
    expect(within(audit).getByText('2026-03-02 09:30')).toBeTruthy();
    // A version's review reads in words too, not as the wire's pending/approved.
    const approval = within(audit).getByText('审核通过').closest('tr')!;
    expect(within(approval).getByText('待审核 → 已通过')).toBeTruthy();
    expect(server.received.some((r) => r.path === '/api/audit?app=old-survey')).toBe(true);
  });

  it('names the server as the actor of a retirement that came due', async () => {
    await openApp('问卷通');
    const audit = screen.getByRole('region', { name: '操作记录' });
    const row = (await within(audit).findByText('系统')).closest('tr')!;
    expect(within(row).getByText('即将下线 → 已下线')).toBeTruthy();
    expect(within(row).getByText('到期自动执行')).toBeTruthy();
    expect(within(row).getByText('下线日期 2026-04-02')).toBeTruthy();
  });

  it('gives the monthly figures as tables where no canvas can be drawn (jsdom), suppressed months as such', async () => {
    await openApp('旧版民意调查');
    const mau = await screen.findByRole('table', { name: '月活跃用户' }, { timeout: 10_000 });
    expect(within(within(mau).getByRole('row', { name: /^1月/ })).getByText('10')).toBeTruthy();
    expect(within(within(mau).getByRole('row', { name: /^4月/ })).getByText('<3 已隐藏')).toBeTruthy();
    const opens = screen.getByRole('table', { name: '月打开次数' });
    const december = within(opens).getByRole('row', { name: /^12月/ });
    expect(within(december).getAllByRole('cell').map((c) => c.textContent)).toEqual(['210', '3']);
    // A suppressed month hides its opens and load errors too.
    const april = within(opens).getByRole('row', { name: /^4月/ });
    expect(within(april).getAllByRole('cell').map((c) => c.textContent)).toEqual(['<3 已隐藏', '<3 已隐藏']);
    expect(screen.getAllByText(/少于 3 人的月份不显示/)).toHaveLength(2);
  });

  it('offers the way back and a retry when the app’s year cannot be read', async () => {
    let failures = 1;
    renderConsole(server.url, {
      year: 2026,
      // The app's year fails once, as when the network drops for a moment; every other request goes through.
      fetch: (input, init) =>
        String(input).includes('/api/reviews/2026/apps/') && failures-- > 0 ? Promise.reject(new TypeError('network down')) : fetch(input, init),
    });
    const table = await screen.findByRole('table', { name: '2026 年度效能评估表' });
    fireEvent.click(within(table).getByRole('button', { name: '旧版民意调查' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('加载失败')).toBeTruthy();
    expect(screen.getByRole('button', { name: /返回评估表/ })).toBeTruthy();
    fireEvent.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await screen.findByRole('heading', { level: 2, name: /旧版民意调查/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /返回评估表/ }));
    expect(await screen.findByRole('table', { name: '2026 年度效能评估表' })).toBeTruthy();
  });

  it('goes back to the table with the filters as they were', async () => {
    renderConsole(server.url, { year: 2026 });
    fireEvent.change(await screen.findByLabelText('评估建议'), { target: { value: 'merge' } });
    const table = screen.getByRole('table', { name: '2026 年度效能评估表' });
    fireEvent.click(within(table).getByRole('button', { name: '问卷助手' }));
    fireEvent.click(await screen.findByRole('button', { name: /返回评估表/ }));
    const again = await screen.findByRole('table', { name: '2026 年度效能评估表' });
    expect((screen.getByLabelText('评估建议') as HTMLSelectElement).value).toBe('merge');
    expect(within(again).getAllByRole('row').slice(1).map((r) => r.getAttribute('data-app'))).toEqual([
      'survey-b',
      'survey-a',
    ]);
  });
});
