import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addDays, shanghaiDay } from '@toolbox/sdk';
import { fixtureServerPerTest } from './support/serverPerTest.ts';
import { openApp as openAppIn, } from './support/renderConsole.tsx';

const server = fixtureServerPerTest();

const openApp = (name: string) => openAppIn(server.url, name, { year: 2026 });

function actionButton(name: string) {
  return within(screen.getByRole('group', { name: '管理操作' })).getByRole('button', { name });
}

describe('lifecycle actions', () => {
  it('will not deprecate without a reason, then sends the date, the replacement and the reason', async () => {
    const { notices } = await openApp('旧版民意调查');
    fireEvent.click(actionButton('计划下线'));
    const dialog = await screen.findByRole('dialog', { name: '计划下线「旧版民意调查」' });

    // The date defaults to the earliest the notice allows, in Shanghai.
    const earliest = addDays(shanghaiDay(), 30);
    const date = within(dialog).getByLabelText('下线日期') as HTMLInputElement;
    await waitFor(() => expect(date.value).toBe(earliest));
    expect(date.min).toBe(earliest);

    const confirm = within(dialog).getByRole('button', { name: '确认' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.change(within(dialog).getByLabelText(/原因/), { target: { value: '   ' } });
    expect(confirm.disabled).toBe(true);
    fireEvent.submit(confirm.form!);
    expect(await within(dialog).findByRole('alert')).toHaveProperty('textContent', '请填写原因。');
    expect(server.writes()).toEqual([]);

    const picker = within(dialog).getByLabelText('替代应用（可选）') as HTMLSelectElement;
    await waitFor(() => expect(within(picker).getByRole('option', { name: '问卷助手' })).toBeTruthy());
    expect(within(picker).queryByRole('option', { name: '旧版民意调查' })).toBeNull();
    fireEvent.change(picker, { target: { value: 'survey-a' } });
    const later = addDays(earliest, 10);
    fireEvent.change(date, { target: { value: later } });
    fireEvent.change(within(dialog).getByLabelText(/原因/), { target: { value: '近半年几乎无人使用，功能并入问卷助手' } });
    fireEvent.click(confirm);

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(server.writes()).toEqual([
      {
        method: 'POST',
        path: '/api/apps/old-survey/deprecate',
        body: { retireOn: later, reason: '近半年几乎无人使用，功能并入问卷助手', replacement: 'survey-a' },
      },
    ]);
    expect(notices).toEqual([{ type: 'success', message: '已计划下线，用户将看到提示。' }]);
    // The page reloads: the new status and the new audit row are shown.
    await screen.findByText('近半年几乎无人使用，功能并入问卷助手');
    expect(within(screen.getByRole('heading', { level: 2 }).parentElement!).getByText('即将下线')).toBeTruthy();
    expect(actionButton('恢复上线')).toBeTruthy();
  });

  it('shows the server’s refusal of a date too soon, in Chinese with the earliest date, and keeps the dialog open', async () => {
    await openApp('旧版民意调查');
    fireEvent.click(actionButton('计划下线'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('下线日期'), { target: { value: shanghaiDay() } });
    fireEvent.change(within(dialog).getByLabelText(/原因/), { target: { value: '试一下今天下线' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toBe(`下线日期最早为 ${addDays(shanghaiDay(), 30)}：须提前 30 天通知使用单位。`);
    expect(screen.getByRole('dialog')).toBe(dialog);
  });

  it('retires and restores, each with its own reason', async () => {
    await openApp('问卷通');
    fireEvent.click(actionButton('立即下线'));
    let dialog = await screen.findByRole('dialog', { name: '立即下线「问卷通」' });
    fireEvent.change(within(dialog).getByLabelText(/原因/), { target: { value: '已与问卷助手合并' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    fireEvent.click(await screen.findByRole('button', { name: '恢复上线' }));
    dialog = await screen.findByRole('dialog', { name: '恢复上线「问卷通」' });
    fireEvent.change(within(dialog).getByLabelText(/原因/), { target: { value: '合并推迟到明年' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    expect(server.writes()).toEqual([
      { method: 'POST', path: '/api/apps/survey-b/retire', body: { reason: '已与问卷助手合并' } },
      { method: 'POST', path: '/api/apps/survey-b/restore', body: { reason: '合并推迟到明年' } },
    ]);
    // An active app offers no restore: the server would answer 409.
    await waitFor(() => expect(within(screen.getByRole('group', { name: '管理操作' })).queryByRole('button', { name: '恢复上线' })).toBeNull());
  });

  it('records the yearly cost, refusing a negative amount before sending', async () => {
    await openApp('走访记录');
    fireEvent.click(actionButton('登记年度成本'));
    const dialog = await screen.findByRole('dialog', { name: '登记「走访记录」的年度成本' });
    const amount = within(dialog).getByLabelText('年度成本（元）');
    fireEvent.change(amount, { target: { value: '-5' } });
    fireEvent.change(within(dialog).getByLabelText(/原因/), { target: { value: '2026 年运维合同' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('请输入不小于 0 的金额。');
    expect(server.writes()).toEqual([]);

    fireEvent.change(amount, { target: { value: '120000' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(server.writes()).toEqual([
      { method: 'PATCH', path: '/api/apps/visit-log', body: { annualCost: 120000, reason: '2026 年运维合同' } },
    ]);
  });

  it('closes on Escape without sending anything', async () => {
    await openApp('走访记录');
    fireEvent.click(actionButton('立即下线'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(server.writes()).toEqual([]);
  });
});
