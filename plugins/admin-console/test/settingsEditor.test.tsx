import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { settings } from './support/fixtures.ts';
import { fixtureServerPerTest } from './support/serverPerTest.ts';
import { renderConsole } from './support/renderConsole.tsx';

const server = fixtureServerPerTest();

async function openEditor() {
  const view = renderConsole(server.url, { year: 2026 });
  await screen.findByRole('table');
  fireEvent.click(within(screen.getByRole('region', { name: '现行阈值' })).getByRole('button', { name: '调整阈值' }));
  const dialog = await screen.findByRole('dialog', { name: '调整评估阈值' });
  await within(dialog).findByLabelText('月活跃用户下限（人）');
  return { ...view, dialog };
}

describe('the thresholds editor', () => {
  it('renders every key the server returns, nested weights included, as number inputs', async () => {
    const { dialog } = await openEditor();
    const inputs = within(dialog).getAllByRole('spinbutton') as HTMLInputElement[];
    const names = inputs.map((i) => i.name);
    expect(names).toEqual([
      'minMonthlyActiveUsers',
      'lookbackMonths',
      'maxLoadErrorRate',
      'minRating',
      'minRatings',
      'minCoverage',
      'mergeOverlap',
      'maxDecline',
      'maxCostPerActiveUser',
      'noticeDays',
      'weights.usage',
      'weights.coverage',
      'weights.reliability',
      'weights.satisfaction',
      'weights.trend',
      'rawRetentionDays',
    ]);
    expect(within(dialog).getByRole('group', { name: '得分权重' })).toBeTruthy();
    expect((within(dialog).getByLabelText('人均年成本上限（元，留空不限）') as HTMLInputElement).value).toBe('');
  });

  it('saves the edited thresholds as numbers, then reloads the review', async () => {
    const { dialog, notices } = await openEditor();
    fireEvent.change(within(dialog).getByLabelText('月活跃用户下限（人）'), { target: { value: '15' } });
    fireEvent.change(within(dialog).getByLabelText('使用'), { target: { value: '0.5' } });
    fireEvent.change(within(dialog).getByLabelText('人均年成本上限（元，留空不限）'), { target: { value: '800' } });
    const reviewsBefore = server.received.filter((r) => r.path === '/api/reviews/2026').length;
    fireEvent.click(within(dialog).getByRole('button', { name: '保存阈值' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(server.writes()).toEqual([
      {
        method: 'PUT',
        path: '/api/review-settings',
        body: {
          ...settings,
          minMonthlyActiveUsers: 15,
          maxCostPerActiveUser: 800,
          weights: { ...settings.weights, usage: 0.5 },
        },
      },
    ]);
    expect(notices[0]?.type).toBe('success');
    await waitFor(() =>
      expect(server.received.filter((r) => r.path === '/api/reviews/2026').length).toBe(reviewsBefore + 1),
    );
    const thresholds = screen.getByRole('region', { name: '现行阈值' });
    await waitFor(() => expect(within(thresholds).getByText('15')).toBeTruthy());
    expect(within(thresholds).getByText('800')).toBeTruthy();
  });

  it('shows the server’s 400 message next to the form and keeps the edit', async () => {
    const { dialog } = await openEditor();
    fireEvent.change(within(dialog).getByLabelText('下线提前通知天数'), { target: { value: '-1' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存阈值' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toBe('/noticeDays must be >= 0');
    expect((within(dialog).getByLabelText('下线提前通知天数') as HTMLInputElement).value).toBe('-1');
  });

  it('points at an empty number before asking the server', async () => {
    const { dialog } = await openEditor();
    const field = within(dialog).getByLabelText('回看月数');
    fireEvent.change(field, { target: { value: '' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存阈值' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('「回看月数」需要填写数字。');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(server.writes()).toEqual([]);
  });
});
