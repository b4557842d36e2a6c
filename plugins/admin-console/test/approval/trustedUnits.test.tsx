import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixtureServerPerTest } from '../support/serverPerTest.ts';
import { renderConsole } from '../support/renderConsole.tsx';

const server = fixtureServerPerTest();

const panel = () => screen.findByRole('region', { name: '免审核单位' });

describe('trusted owner units', () => {
  it('lets an admin add a unit with a reason, sends the ids in tree order, and shows the new list', async () => {
    const { notices } = renderConsole(server.url, { section: 'approval' });
    const trusted = await panel();
    await within(trusted).findByText('区城运中心');
    fireEvent.click(within(trusted).getByRole('button', { name: '调整' }));

    const dialog = await screen.findByRole('dialog', { name: '调整免审核单位' });
    expect(within(dialog).getByText(/所选单位发布的新版本将跳过审核直接上线/)).toBeTruthy();
    const ops = (await within(dialog).findByRole('checkbox', { name: '区城运中心' })) as HTMLInputElement;
    expect(ops.checked).toBe(true);
    // Filter the list, then pick 新泾镇.
    fireEvent.change(within(dialog).getByLabelText('查找单位'), { target: { value: '新泾' } });
    expect(within(dialog).queryByRole('checkbox', { name: '华阳路街道' })).toBeNull();
    fireEvent.click(within(dialog).getByRole('checkbox', { name: '新泾镇' }));
    expect(within(dialog).getByText('已选 2 个单位')).toBeTruthy();

    const save = within(dialog).getByRole('button', { name: '保存' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.submit(save.form!);
    expect((await within(dialog).findByRole('alert')).textContent).toBe('请填写原因。');
    expect(server.writes()).toEqual([]);

    fireEvent.change(within(dialog).getByLabelText(/原因/), { target: { value: '新泾镇平台组已通过安全培训' } });
    fireEvent.click(save);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(server.writes()).toEqual([
      { method: 'PUT', path: '/api/review/trusted-units', body: { units: ['ops-centre', 'xinjing'], reason: '新泾镇平台组已通过安全培训' } },
    ]);
    expect(notices).toEqual([{ type: 'success', message: '免审核单位已更新。' }]);
    await within(await panel()).findByText('新泾镇');
  });

  it('lets an admin remove every unit, so that every version is reviewed', async () => {
    renderConsole(server.url, { section: 'approval' });
    fireEvent.click(await within(await panel()).findByRole('button', { name: '调整' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(await within(dialog).findByRole('checkbox', { name: '区城运中心' }));
    fireEvent.change(within(dialog).getByLabelText(/原因/), { target: { value: '全部版本恢复审核' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(server.writes()[0]!.body).toEqual({ units: [], reason: '全部版本恢复审核' });
    await within(await panel()).findByText('暂无免审核单位，所有版本都需审核。');
  });

  it('shows the list read-only to a reviewer', async () => {
    renderConsole(server.url, { role: 'reviewer' });
    const trusted = await panel();
    await within(trusted).findByText('区城运中心');
    expect(within(trusted).getByText('仅管理员可调整。')).toBeTruthy();
    expect(within(trusted).queryByRole('button', { name: '调整' })).toBeNull();
  });
});
