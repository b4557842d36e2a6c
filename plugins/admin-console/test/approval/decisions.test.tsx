import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixtureServerPerTest } from '../support/serverPerTest.ts';
import { renderConsole } from '../support/renderConsole.tsx';

const server = fixtureServerPerTest();

async function openVersion(name: string) {
  const view = renderConsole(server.url, { section: 'approval' });
  const table = await screen.findByRole('table', { name: '待审核版本' });
  fireEvent.click(within(table).getByRole('button', { name }));
  await screen.findByRole('table', { name: '基本信息变化' });
  return view;
}

const decide = (name: string) => within(screen.getByRole('group', { name: '审核操作' })).getByRole('button', { name });
const queuedApps = async () => {
  const table = await screen.findByRole('table', { name: '待审核版本' });
  return within(table).getAllByRole('row').slice(1).map((r) => r.getAttribute('data-app'));
};

describe('approving and rejecting', () => {
  it('approves without a reason, sends an empty body, and returns to the refreshed queue', async () => {
    const { notices } = await openVersion('审核「走访记录」1.3.0');
    fireEvent.click(decide('通过'));
    const dialog = await screen.findByRole('dialog', { name: '通过「走访记录」1.3.0' });
    expect(within(dialog).getByText('通过后该版本立即上线，替换现行版本 1.2.0。')).toBeTruthy();
    // The focus starts in the dialog, on the note.
    expect(document.activeElement).toBe(within(dialog).getByLabelText('说明（选填，将记入操作记录）'));
    fireEvent.click(within(dialog).getByRole('button', { name: '通过' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(server.writes()).toEqual([{ method: 'POST', path: '/api/apps/visit-log/versions/1.3.0/approve', body: {} }]);
    expect(notices).toEqual([{ type: 'success', message: '已通过「走访记录」1.3.0，该版本已上线。' }]);
    await waitFor(async () => expect(await queuedApps()).toEqual(['hotline-tickets', 'garbage-sort']));
    expect(server.received.filter((r) => r.path === '/api/review-queue')).toHaveLength(2);
  });

  it('approves with a note when one is given', async () => {
    await openVersion('审核「垃圾分类检查」1.0.0');
    fireEvent.click(decide('通过'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('通过后该版本立即上线，对可见范围内的用户开放。')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText(/说明/), { target: { value: '  已核对字段与可见范围  ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '通过' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(server.writes()).toEqual([
      { method: 'POST', path: '/api/apps/garbage-sort/versions/1.0.0/approve', body: { reason: '已核对字段与可见范围' } },
    ]);
  });

  it('will not reject without a reason, then sends it', async () => {
    const { notices } = await openVersion('审核「走访记录」1.3.0');
    fireEvent.click(decide('驳回'));
    const dialog = await screen.findByRole('dialog', { name: '驳回「走访记录」1.3.0' });
    const confirm = within(dialog).getByRole('button', { name: '驳回' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    const reason = within(dialog).getByLabelText('驳回原因（必填，发布人将看到）');
    fireEvent.change(reason, { target: { value: '   ' } });
    expect(confirm.disabled).toBe(true);
    fireEvent.submit(confirm.form!);
    expect((await within(dialog).findByRole('alert')).textContent).toBe('请填写原因。');
    expect(server.writes()).toEqual([]);

    fireEvent.change(reason, { target: { value: '电话字段改为必填会让旧记录无法保存，请先迁移数据' } });
    fireEvent.click(confirm);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(server.writes()).toEqual([
      {
        method: 'POST',
        path: '/api/apps/visit-log/versions/1.3.0/reject',
        body: { reason: '电话字段改为必填会让旧记录无法保存，请先迁移数据' },
      },
    ]);
    expect(notices).toEqual([{ type: 'success', message: '已驳回「走访记录」1.3.0。' }]);
    await waitFor(async () => expect(await queuedApps()).toEqual(['hotline-tickets', 'garbage-sort']));
  });

  it('shows the server’s 403 when an admin tries to approve a version they published, and keeps it pending', async () => {
    const { notices } = await openVersion('审核「12345 工单」2.1.0');
    fireEvent.click(decide('通过'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '通过' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toBe('版本 2.1.0 是你自己发布的，须由另一位审核员或管理员审核。');
    expect(screen.getByRole('dialog')).toBe(dialog);
    expect(notices).toEqual([]);

    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /返回待审核列表/ }));
    expect(await queuedApps()).toEqual(['visit-log', 'hotline-tickets', 'garbage-sort']);
  });

  it('shows the server’s 409 when someone else decided first', async () => {
    await openVersion('审核「走访记录」1.3.0');
    await fetch(`${server.url}/api/apps/visit-log/versions/1.3.0/reject`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ reason: '另一位审核员先驳回' }),
    });
    fireEvent.click(decide('通过'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '通过' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('版本 1.3.0 已经审核过了（可能是别人先处理了），请刷新列表。');
  });
});
