import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixtureServerPerTest } from '../support/serverPerTest.ts';
import { renderConsole } from '../support/renderConsole.tsx';

const server = fixtureServerPerTest();

const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);

describe('the 上架审核 queue', () => {
  it('lists every pending version oldest first, with its kind, publisher, unit, Shanghai time and the version it replaces', async () => {
    renderConsole(server.url, { section: 'approval' });
    const table = await screen.findByRole('table', { name: '待审核版本' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-app'))).toEqual(['visit-log', 'hotline-tickets', 'garbage-sort']);
    expect(within(rows[0]!).getByRole('button', { name: '审核「走访记录」1.3.0' })).toBeTruthy();
    // The suite runs in UTC: 01:30Z is 09:30 in Shanghai.
    expect(cells(rows[0]!)).toEqual(['1.3.0', '代码包', '陈开发', '华阳路街道', '2026-03-02 09:30', '1.2.0']);
    expect(cells(rows[1]!)).toEqual(['2.1.0', '外部部署', '管理员', '华阳路街道', '2026-03-05 16:05', '2.0.0']);
    // 16:40Z on the 6th is already the 7th in Shanghai.
    expect(cells(rows[2]!)).toEqual(['1.0.0', '代码包', '李敏', '新泾镇', '2026-03-07 00:40', '首次上架']);
    expect(screen.getByText('3 个版本待审核（最早发布的排在最前）')).toBeTruthy();
  });

  it('is a tab beside the efficiency review, reached with the arrow keys', async () => {
    renderConsole(server.url, { year: 2026 });
    const tabs = screen.getByRole('tablist', { name: '控制台栏目' });
    const review = within(tabs).getByRole('tab', { name: '效能评估' });
    expect(review.getAttribute('aria-selected')).toBe('true');
    await screen.findByRole('table', { name: '2026 年度效能评估表' });

    review.focus();
    fireEvent.keyDown(review, { key: 'ArrowRight' });
    const approval = within(tabs).getByRole('tab', { name: '上架审核' });
    expect(approval.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(approval);
    expect(screen.getByRole('tabpanel', { name: '上架审核' })).toBeTruthy();
    await screen.findByRole('table', { name: '待审核版本' });
    fireEvent.keyDown(approval, { key: 'ArrowLeft' });
    await screen.findByRole('table', { name: '2026 年度效能评估表' });
  });

  it('opens on the queue for a reviewer, without the efficiency review they may not read', async () => {
    renderConsole(server.url, { role: 'reviewer' });
    await screen.findByRole('table', { name: '待审核版本' });
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(server.received.some((r) => r.path.startsWith('/api/reviews'))).toBe(false);
  });

  it('says so when nothing waits', async () => {
    for (const [app, version] of [['visit-log', '1.3.0'], ['hotline-tickets', '2.1.0'], ['garbage-sort', '1.0.0']]) {
      const res = await fetch(`${server.url}/api/apps/${app}/versions/${version}/reject`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ reason: '清空队列' }),
      });
      expect(res.status).toBe(200);
    }
    renderConsole(server.url, { section: 'approval' });
    await screen.findByText('没有待审核的版本');
    expect(screen.getByText(/受信任单位的版本无需审核/)).toBeTruthy();
    expect(screen.queryByRole('table', { name: '待审核版本' })).toBeNull();
  });

  it('says in Chinese when the queue cannot load, and retries', async () => {
    renderConsole(`${server.url}/nowhere`, { section: 'approval' });
    const message = await screen.findByText('没有这个地址，请刷新页面后重试。');
    const alert = message.closest('[role="alert"]') as HTMLElement;
    const before = server.received.filter((r) => r.path === '/nowhere/api/review-queue').length;
    fireEvent.click(within(alert).getByRole('button', { name: '重试' }));
    await waitFor(() =>
      expect(server.received.filter((r) => r.path === '/nowhere/api/review-queue').length).toBe(before + 1),
    );
  });
});
