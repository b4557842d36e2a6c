import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addDays, shanghaiDay, shanghaiYear } from '@toolbox/sdk';
import { openApp as openAppIn, renderConsole } from './support/renderConsole.tsx';
import { realServerPerFile } from './support/serverPerTest.ts';

// The main flow against the registry server itself (buildApp, SQLite, the admin's session), not a fixture.
const server = realServerPerFile();

const year = shanghaiYear();
const tableName = `${year} 年度效能评估表`;

async function getJson<T>(path: string): Promise<T> {
  const res = await server.adminFetch(`${server.url}${path}`);
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

const openApp = (name: string) => openAppIn(server.url, name, { fetch: server.adminFetch });

describe('the console against the real registry server', () => {
  it('lists the published apps with the server’s recommendation, reasons and thresholds', async () => {
    renderConsole(server.url, { fetch: server.adminFetch });
    const table = await screen.findByRole('table', { name: tableName }, { timeout: 10_000 });
    const review = await getJson<{ apps: { id: string; recommendation: string; reasons: string[] }[] }>(
      `/api/reviews/${year}`,
    );
    for (const app of review.apps) {
      const row = table.querySelector(`tr[data-app="${app.id}"]`) as HTMLElement;
      expect(row).not.toBeNull();
      const label = { keep: '保留', improve: '改进', merge: '合并', retire: '淘汰' }[app.recommendation]!;
      expect(within(row).getByText(label)).toBeTruthy();
      for (const reason of app.reasons) expect(within(row).getByText(reason)).toBeTruthy();
    }
    const thresholds = screen.getByRole('region', { name: '现行阈值' });
    const coverage = within(thresholds).getByText('覆盖率下限').parentElement!;
    const settings = await getJson<{ settings: { minCoverage: number } }>('/api/review-settings');
    expect(within(coverage).getByText(String(settings.settings.minCoverage))).toBeTruthy();
  });

  it('deprecates with a reason: the server’s refusal of a date too soon is shown, then the change is stored and audited', async () => {
    await openApp('旧版民意调查');
    fireEvent.click(within(screen.getByRole('group', { name: '管理操作' })).getByRole('button', { name: '计划下线' }));
    const dialog = await screen.findByRole('dialog');
    const notice = await getJson<{ settings: { noticeDays: number } }>('/api/review-settings');
    const earliest = addDays(shanghaiDay(), notice.settings.noticeDays);
    await waitFor(() => expect((within(dialog).getByLabelText('下线日期') as HTMLInputElement).value).toBe(earliest));

    fireEvent.change(within(dialog).getByLabelText('下线日期'), { target: { value: addDays(earliest, -1) } });
    fireEvent.change(within(dialog).getByLabelText(/原因/), { target: { value: '近半年几乎无人使用' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认' }));
    const alert = await within(dialog).findByRole('alert');
    // In Chinese, as the registry words it, with the earliest date.
    expect(alert.textContent).toBe(`下线日期最早为 ${earliest}：须提前 ${notice.settings.noticeDays} 天通知使用单位。`);

    fireEvent.change(within(dialog).getByLabelText('下线日期'), { target: { value: earliest } });
    await waitFor(() => expect(within(dialog).getByRole('option', { name: '街道手记' })).toBeTruthy());
    fireEvent.change(within(dialog).getByLabelText('替代应用（可选）'), { target: { value: 'street-notes' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 5000 });

    const stored = await getJson<{ status: string }>('/api/apps/old-poll');
    expect(stored.status).toBe('deprecated');
    const audit = await getJson<{ items: { action: string; reason: string; details: Record<string, unknown> }[] }>(
      '/api/audit?app=old-poll',
    );
    expect(audit.items[0]).toMatchObject({
      action: 'app.deprecate',
      reason: '近半年几乎无人使用',
      details: { retireOn: earliest, replacement: 'street-notes' },
    });
    const trail = screen.getByRole('region', { name: '操作记录' });
    await within(trail).findByText('近半年几乎无人使用');
    expect(within(trail).getByText(`下线日期 ${earliest}`)).toBeTruthy();
    await within(trail).findByText('替代应用 街道手记');

    // Restoring needs a reason too, and brings the app back.
    fireEvent.click(await screen.findByRole('button', { name: '恢复上线' }));
    const restore = await screen.findByRole('dialog', { name: '恢复上线「旧版民意调查」' });
    fireEvent.change(within(restore).getByLabelText(/原因/), { target: { value: '街道仍在使用，暂缓下线' } });
    fireEvent.click(within(restore).getByRole('button', { name: '确认' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 5000 });
    expect((await getJson<{ status: string }>('/api/apps/old-poll')).status).toBe('active');
  });

  it('records the yearly cost on the app', async () => {
    await openApp('街道手记');
    fireEvent.click(within(screen.getByRole('group', { name: '管理操作' })).getByRole('button', { name: '登记年度成本' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('年度成本（元）'), { target: { value: '36000' } });
    fireEvent.change(within(dialog).getByLabelText(/原因/), { target: { value: '2026 年运维合同' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 5000 });
    expect((await getJson<{ annualCost: number }>('/api/apps/street-notes')).annualCost).toBe(36000);
    await waitFor(() => expect(screen.getByText('年度成本 ¥36,000')).toBeTruthy());
  });

  it('saves a threshold, and names the field and its range when the server refuses one', async () => {
    renderConsole(server.url, { fetch: server.adminFetch });
    await screen.findByRole('table', { name: tableName }, { timeout: 10_000 });
    fireEvent.click(screen.getByRole('button', { name: '调整阈值' }));
    const dialog = await screen.findByRole('dialog', { name: '调整评估阈值' });
    const field = await within(dialog).findByLabelText('回看月数');
    fireEvent.change(field, { target: { value: '13' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存阈值' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toBe('「回看月数」须在 1 到 12 之间。');
    expect(field.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(field, { target: { value: '4' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存阈值' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 5000 });
    expect((await getJson<{ settings: { lookbackMonths: number } }>('/api/review-settings')).settings.lookbackMonths).toBe(4);
  });
  it('hands an app over: the current maintainer named, only those who may maintain it offered, stored and audited', async () => {
    await openApp('街道手记');
    fireEvent.click(within(screen.getByRole('group', { name: '管理操作' })).getByRole('button', { name: '移交维护' }));
    const dialog = await screen.findByRole('dialog', { name: '移交「街道手记」的维护' });
    // admin published it (an app deployed elsewhere: code), so it is admin's; a maker may not keep code.
    await within(dialog).findByText('陈管理（admin，管理员）');
    const list = within(dialog).getByLabelText('新维护人') as HTMLSelectElement;
    await waitFor(() => expect(within(list).getByRole('option', { name: '李开发（dev，开发者）' })).toBeTruthy());
    expect(within(list).queryByRole('option', { name: /孙搭建/ })).toBeNull();
    expect(within(list).queryByRole('option', { name: /陈管理/ })).toBeNull();
    expect(within(list).queryByRole('option', { name: /王芳/ })).toBeNull();
    fireEvent.change(within(dialog).getByRole('searchbox', { name: '按姓名、用户名或电话查找' }), { target: { value: '开发' } });
    expect(within(list).getAllByRole('option').map((o) => o.textContent)).toEqual(['李开发（dev，开发者）']);

    fireEvent.change(within(dialog).getByLabelText(/原因/), { target: { value: '运维合同转由开发科负责' } });
    const confirm = within(dialog).getByRole('button', { name: '确认' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.change(list, { target: { value: list.options[0]!.value } });
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 5000 });

    const me = await (await (server.fetchAs(await server.signIn('dev')))(`${server.url}/api/me`)).json();
    expect((await getJson<{ owner: { userId: string } }>('/api/apps/street-notes')).owner.userId).toBe(me.user.id);
    const trail = screen.getByRole('region', { name: '操作记录' });
    await within(trail).findByText('运维合同转由开发科负责');
    expect(within(trail).getByText('维护人 陈管理 → 李开发')).toBeTruthy();
  });
});
