import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Ticket } from '../src/ticket.ts';
import { renderApp } from './renderApp.tsx';

// The clock for every test: 28 Nov 2026, 10:00 in Shanghai.
const NOW = new Date('2026-11-28T10:00:00+08:00');

const ticket = (ticketNo: string, deadline: string, status: Ticket['status'], summary: string): Ticket => ({
  ticketNo,
  category: '物业管理',
  summary,
  citizenName: '王先生',
  citizenPhone: '139****1234',
  receivedAt: '2026-11-25T09:00:00+08:00',
  deadline,
  status,
});

const seed: Ticket[] = [
  ticket('20261125001', '2026-12-02T17:00:00+08:00', '待处理', '小区电梯经常停运'),
  ticket('20261125002', '2026-11-28T09:00:00+08:00', '处理中', '楼下餐馆油烟扰民'),
  ticket('20261125003', '2026-11-29T08:00:00+08:00', '待处理', '绿化带垃圾堆积'),
  ticket('20261125004', '2026-11-27T17:00:00+08:00', '已回复', '路灯不亮'),
];

const rowNumbers = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).queryByText(/^2026\d+$/)?.textContent);
const rowOf = (no: string) => screen.getByText(no).closest('tr') as HTMLElement;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('12345 热线工单', () => {
  it('lists unanswered tickets by deadline and warns in Shanghai time as the deadline nears or passes', async () => {
    renderApp({ seed });
    await screen.findByText('20261125001');
    expect(rowNumbers()).toEqual(['20261125002', '20261125003', '20261125001']);

    expect(within(rowOf('20261125002')).getByText('已超期 · 超 1 小时')).toBeTruthy();
    expect(within(rowOf('20261125003')).getByText('即将超期 · 剩 22 小时')).toBeTruthy();
    expect(within(rowOf('20261125001')).getByText('剩 4 天')).toBeTruthy();
    // The deadline shows as Shanghai wall-clock time, whatever zone the test machine is in.
    expect(within(rowOf('20261125003')).getByText(/2026-11-29 08:00/)).toBeTruthy();
    expect(screen.getByText(/有 1 张工单已超过答复时限/)).toBeTruthy();
    expect(screen.getByText(/有 1 张工单将在 24 小时内到期/)).toBeTruthy();

    fireEvent.change(screen.getByLabelText('处理状态'), { target: { value: 'all' } });
    expect(rowNumbers()).toEqual(['20261125002', '20261125003', '20261125001', '20261125004']);
    expect(within(rowOf('20261125004')).queryByText(/超期/)).toBeNull();
  });

  it('moves a ticket through its statuses and drops it from the open list once replied', async () => {
    const toolbox = renderApp({ seed });
    fireEvent.click(await screen.findByRole('button', { name: '开始处理：20261125003' }));
    await screen.findByRole('button', { name: '已回复市民：20261125003' });
    let stored = (await toolbox.data.collection<Ticket>('tickets').list()).find((r) => r.data.ticketNo === '20261125003');
    expect(stored?.data).toMatchObject({ status: '处理中', handler: '张敏' });

    fireEvent.click(screen.getByRole('button', { name: '已回复市民：20261125003' }));
    await waitFor(() => expect(screen.queryByText('20261125003')).toBeNull());
    stored = (await toolbox.data.collection<Ticket>('tickets').list()).find((r) => r.data.ticketNo === '20261125003');
    expect(stored?.data.status).toBe('已回复');
    expect(toolbox.notices.at(-1)).toEqual({ type: 'success', message: '工单 20261125003 已改为“已回复”' });
  });

  it('records a routed ticket through the form, keeping only the masked phone number', async () => {
    const toolbox = renderApp();
    expect(await screen.findByText('暂无工单')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '录入工单' }));

    fireEvent.change(screen.getByLabelText(/工单编号/), { target: { value: '20261128017' } });
    fireEvent.change(screen.getByLabelText(/诉求类别/), { target: { value: '噪声扰民' } });
    fireEvent.change(screen.getByLabelText(/诉求摘要/), { target: { value: '夜间施工噪声' } });
    fireEvent.change(screen.getByLabelText(/来电人/), { target: { value: '刘女士' } });
    fireEvent.change(screen.getByLabelText(/联系电话/), { target: { value: '13812345678' } });
    fireEvent.change(screen.getByLabelText(/答复时限/), { target: { value: '2026-11-28T18:00' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));

    expect(await screen.findByText('20261128017')).toBeTruthy();
    const [stored] = await toolbox.data.collection<Ticket>('tickets').list();
    expect(stored?.data).toMatchObject({ citizenPhone: '138****5678', status: '待处理', handler: '张敏' });
    expect(new Date(stored!.data.deadline).getTime()).toBe(new Date('2026-11-28T18:00:00+08:00').getTime());
    expect(within(rowOf('20261128017')).getByText('即将超期 · 剩 8 小时')).toBeTruthy();
  });

  it('saves handling notes and any status from the detail view', async () => {
    const toolbox = renderApp({ seed });
    fireEvent.click(await screen.findByRole('button', { name: '详情：20261125002' }));
    fireEvent.change(screen.getByLabelText('处理情况'), { target: { value: '已约谈餐馆负责人，加装油烟净化器' } });
    fireEvent.click(screen.getByRole('button', { name: '保存处理情况' }));
    await waitFor(() => expect(toolbox.notices.at(-1)?.message).toBe('处理情况已保存'));
    fireEvent.click(screen.getByRole('button', { name: '已办结' }));
    await waitFor(async () => {
      const stored = (await toolbox.data.collection<Ticket>('tickets').list()).find((r) => r.data.ticketNo === '20261125002');
      expect(stored?.data).toMatchObject({ status: '已办结', handlerNotes: '已约谈餐馆负责人，加装油烟净化器' });
    });
  });

  it('does not write over a colleague’s change made while the ticket was open, and keeps the notes typed', async () => {
    const toolbox = renderApp({ seed });
    fireEvent.click(await screen.findByRole('button', { name: '详情：20261125002' }));
    fireEvent.change(screen.getByLabelText('处理情况'), { target: { value: '已约谈餐馆负责人' } });
    // A colleague replies to the citizen from another desktop a minute later (the clock moves: a ticket's page is not
    // made anew when its ticket changes, or the notes typed would go).
    vi.setSystemTime(new Date(NOW.getTime() + 60_000));
    const tickets = toolbox.data.collection<Ticket>('tickets');
    const other = (await tickets.list()).find((r) => r.data.ticketNo === '20261125002')!;
    await tickets.update(other.id, { ...other.data, status: '已回复', handler: '李华' });
    fireEvent.click(screen.getByRole('button', { name: '已办结' }));
    await waitFor(() => expect(toolbox.notices.at(-1)?.type).toBe('warning'));
    expect(toolbox.notices.at(-1)?.message).toBe('工单 20261125002 刚被他人修改过，这次没有保存。已显示最新内容，请看过后再操作。');
    expect((await tickets.get(other.id)).data).toMatchObject({ status: '已回复', handler: '李华' });
    // The detail shows the reply now; the notes are still in their box and save onto the ticket as it is.
    expect((screen.getByLabelText('处理情况') as HTMLTextAreaElement).value).toBe('已约谈餐馆负责人');
    fireEvent.click(screen.getByRole('button', { name: '保存处理情况' }));
    await waitFor(() => expect(toolbox.notices.at(-1)?.message).toBe('处理情况已保存'));
    expect((screen.getByLabelText('承办人') as HTMLInputElement).value).toBe('李华');
    expect((await tickets.get(other.id)).data).toMatchObject({ status: '已回复', handler: '李华', handlerNotes: '已约谈餐馆负责人' });
  });

  it('follows the host language switch', async () => {
    const toolbox = renderApp({ seed });
    await screen.findByText('20261125001');
    toolbox.setLocale('en');
    expect(await screen.findByText('Overdue · 1 h over')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add ticket' })).toBeTruthy();
  });

  it('refuses to record the same ticket number twice', async () => {
    const toolbox = renderApp({ seed });
    fireEvent.click(await screen.findByRole('button', { name: '录入工单' }));
    fireEvent.change(screen.getByLabelText(/工单编号/), { target: { value: '20261125001' } });
    fireEvent.change(screen.getByLabelText(/诉求类别/), { target: { value: '物业管理' } });
    fireEvent.change(screen.getByLabelText(/诉求摘要/), { target: { value: '电梯停运' } });
    fireEvent.change(screen.getByLabelText(/答复时限/), { target: { value: '2026-12-02T17:00' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText(/工单 20261125001 已经录入过/)).toBeTruthy();
    expect(await toolbox.data.collection('tickets').list()).toHaveLength(seed.length);
  });
});

