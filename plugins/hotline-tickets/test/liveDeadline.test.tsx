import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { renderApp } from './renderApp.tsx';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

it('turns a ticket from amber to red while the list stays open, as the clock passes its deadline', async () => {
  // Date and the app's minute timer are faked; React's own scheduling keeps real timers.
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  vi.setSystemTime(new Date('2026-11-28T16:30:00+08:00'));
  renderApp({
    seed: [
      {
        ticketNo: '20261128000999',
        category: '市容环境',
        summary: '小区门口共享单车乱停放',
        receivedAt: '2026-11-27T17:00:00+08:00',
        deadline: '2026-11-28T17:00:00+08:00',
        status: '处理中',
      },
    ],
  });
  const row = () => screen.getByText('20261128000999').closest('tr') as HTMLElement;
  await screen.findByText('20261128000999');
  expect(within(row()).getByText('即将超期 · 剩 30 分钟')).toBeTruthy();

  await act(async () => {
    // Half a minute short of the deadline, then the app's minute tick: 17:00:30, half a minute over.
    vi.setSystemTime(new Date('2026-11-28T16:59:30+08:00'));
    vi.advanceTimersByTime(60_000);
  });
  expect(within(row()).getByText('已超期 · 超 1 分钟')).toBeTruthy();
  expect(screen.getByText(/有 1 张工单已超过答复时限/)).toBeTruthy();
});
