import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Check, PatrolEvent } from '../src/patrol.ts';
import { renderApp } from './renderApp.tsx';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-09-16T07:30:00+08:00'));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const rowOf = (location: string) => screen.getByText(location).closest('tr') as HTMLElement;
const checksOf = async (toolbox: Awaited<ReturnType<typeof renderApp>>) => (await toolbox.data.collection<Check>('checks').list()).map((r) => r.data);

describe('防汛防台巡查', () => {
  it('creates an event and a point through the forms, then tracks the point to resolved', async () => {
    const toolbox = await renderApp();
    expect(await screen.findByText('还没有防汛防台事件')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '新建事件' }));
    expect((screen.getByLabelText(/开始日期/) as HTMLInputElement).value).toBe('2026-09-16');
    fireEvent.change(screen.getByLabelText(/事件名称/), { target: { value: '台风“贝碧嘉”' } });
    fireEvent.change(screen.getByLabelText(/预警级别/), { target: { value: '橙色' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));

    expect(await screen.findByRole('heading', { name: '台风“贝碧嘉”' })).toBeTruthy();
    expect(screen.getByText('这个事件还没有巡查点位')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '添加巡查点位' }));
    fireEvent.change(screen.getByLabelText(/点位类型/), { target: { value: '地下车库/地下室' } });
    fireEvent.change(screen.getByLabelText(/点位位置/), { target: { value: '华阳路112弄地下车库' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));

    const row = await waitFor(() => rowOf('华阳路112弄地下车库'));
    expect(within(row).getByRole('button', { name: '未检查', pressed: true })).toBeTruthy();
    const panel = screen.getByRole('region', { name: '台风“贝碧嘉”' });
    expect(within(panel).getByText('已查 0/1')).toBeTruthy();

    fireEvent.click(within(row).getByRole('button', { name: '有隐患' }));
    await waitFor(() => expect(within(panel).getByText('隐患 1 处未处置')).toBeTruthy());
    expect(within(panel).getByText('已查 1/1')).toBeTruthy();
    expect(within(rowOf('华阳路112弄地下车库')).getByText('张敏')).toBeTruthy();
    expect(within(rowOf('华阳路112弄地下车库')).getByText('2026-09-16 07:30')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('情况说明：华阳路112弄地下车库'), { target: { value: '入口挡水板未安装' } });
    fireEvent.blur(screen.getByLabelText('情况说明：华阳路112弄地下车库'));
    await waitFor(async () => expect((await checksOf(toolbox))[0]?.notes).toBe('入口挡水板未安装'));

    fireEvent.click(within(rowOf('华阳路112弄地下车库')).getByRole('button', { name: '已处置' }));
    await waitFor(() => expect(within(panel).getByText('无未处置隐患')).toBeTruthy());
    expect(await checksOf(toolbox)).toEqual([
      expect.objectContaining({ status: '已处置', notes: '入口挡水板未安装', inspector: '张敏', checkedAt: '2026-09-15T23:30:00.000Z' }),
    ]);
  });

  it('shows each event’s progress in the list and reuses the points of the last event for a new one', async () => {
    const toolbox = await renderApp({
      seed: {
        events: [{ name: '台风“普拉桑”', startDate: '2026-09-18', level: '黄色', closed: false }],
      },
      // Points refer to their event by id, so they are written once the event exists, as another device would.
      async prepare(toolbox) {
        const [old] = await toolbox.data.collection<PatrolEvent>('events').list();
        const checks = toolbox.data.collection<Check>('checks');
        await checks.create({ eventId: old!.id, pointType: '户外广告牌', location: '长宁路广告牌', status: '正常', inspector: '陈静', checkedAt: '2026-09-18T02:00:00Z' });
        await checks.create({ eventId: old!.id, pointType: '危旧房', location: '华阳路80弄', status: '有隐患' });
        await checks.create({ eventId: old!.id, pointType: '低洼小区', location: '安化路小区', status: '未检查' });
      },
    });
    const [old] = await toolbox.data.collection<PatrolEvent>('events').list();

    fireEvent.click(await screen.findByRole('button', { name: '新建事件' }));
    fireEvent.change(screen.getByLabelText(/事件名称/), { target: { value: '9·20 暴雨' } });
    fireEvent.change(screen.getByLabelText(/开始日期/), { target: { value: '2026-09-20' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));

    // The new event is newest, so it comes first and is selected; the old one still shows its progress.
    const list = await screen.findByRole('list', { name: '防汛防台事件' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('button').querySelector('strong')?.textContent)).toEqual(['9·20 暴雨', '台风“普拉桑”']);
    await waitFor(() => expect(within(items[1]!).getByText('已查 2/3')).toBeTruthy());
    expect(within(items[1]!).getByText('隐患 1 处未处置')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '沿用“台风“普拉桑””的 3 个点位' }));
    await waitFor(() => expect(screen.getByText('长宁路广告牌')).toBeTruthy());
    const panel = screen.getByRole('region', { name: '9·20 暴雨' });
    expect(within(panel).getByText('已查 0/3')).toBeTruthy();
    expect((await checksOf(toolbox)).filter((c) => c.eventId !== old!.id).map((c) => c.status)).toEqual(['未检查', '未检查', '未检查']);
  });

  it('makes a closed event read-only until it is reopened', async () => {
    const toolbox = await renderApp({
      seed: { events: [{ name: '台风“贝碧嘉”', startDate: '2026-09-15', level: '橙色', closed: false }] },
      async prepare(toolbox) {
        const [event] = await toolbox.data.collection<PatrolEvent>('events').list();
        await toolbox.data.collection<Check>('checks').create({ eventId: event!.id, pointType: '危旧房', location: '华阳路80弄', status: '正常' });
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: '结束本次巡查' }));
    expect(await screen.findByRole('button', { name: '重新打开' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '添加巡查点位' })).toBeNull();
    expect((within(rowOf('华阳路80弄')).getByRole('button', { name: '有隐患' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByLabelText('情况说明：华阳路80弄') as HTMLInputElement).disabled).toBe(true);
    expect((await toolbox.data.collection<PatrolEvent>('events').list())[0]?.data.closed).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: '重新打开' }));
    await waitFor(() => expect((within(rowOf('华阳路80弄')).getByRole('button', { name: '有隐患' }) as HTMLButtonElement).disabled).toBe(false));
  });

  it('follows the host language switch', async () => {
    const toolbox = await renderApp({ seed: { events: [{ name: 'Bebinca', startDate: '2026-09-15', level: '红色' }] } });
    await screen.findByRole('heading', { name: 'Bebinca' });
    toolbox.setLocale('en');
    expect(await screen.findByText(/point-by-point patrols per event/)).toBeTruthy();
    expect(screen.getAllByText('Red warning').length).toBeGreaterThan(0);
  });

  it('does not write over a point another inspector marked meanwhile, and shows theirs', async () => {
    const toolbox = await renderApp({
      seed: { events: [{ name: '9·20 暴雨', startDate: '2026-09-20', level: '黄色' }] },
      async prepare(toolbox) {
        const [event] = await toolbox.data.collection<PatrolEvent>('events').list();
        await toolbox.data.collection<Check>('checks').create({ eventId: event!.id, pointType: '低洼小区', location: '安化路甲', status: '未检查' });
      },
    });
    await screen.findByText('安化路甲');
    // Another inspector, at the same point, finds a hazard first.
    const checks = toolbox.data.collection<Check>('checks');
    const [point] = await checks.list();
    await checks.update(point!.id, { ...point!.data, status: '有隐患', inspector: '李华', checkedAt: '2026-09-15T23:20:00.000Z', notes: '积水 20 厘米' });
    fireEvent.click(within(rowOf('安化路甲')).getByRole('button', { name: '正常' }));
    await waitFor(() => expect(toolbox.notices.at(-1)?.type).toBe('warning'));
    expect(toolbox.notices.at(-1)?.message).toBe('这一项刚被他人修改过，这次没有保存。已显示最新内容，请看过后再操作。');
    expect((await checksOf(toolbox))[0]).toMatchObject({ status: '有隐患', inspector: '李华', notes: '积水 20 厘米' });
    await waitFor(() => expect(within(rowOf('安化路甲')).getByRole('button', { name: '有隐患', pressed: true })).toBeTruthy());
    expect((screen.getByLabelText('情况说明：安化路甲') as HTMLInputElement).value).toBe('积水 20 厘米');

    // A note being typed when a colleague's change arrives stays in its box, and is saved onto their version.
    const notes = screen.getByLabelText('情况说明：安化路甲');
    fireEvent.change(notes, { target: { value: '积水 20 厘米，已放置沙袋' } });
    vi.setSystemTime(new Date('2026-09-16T07:35:00+08:00'));
    const [now] = await checks.list();
    await checks.update(now!.id, { ...now!.data, status: '已处置' });
    const told = toolbox.notices.length;
    fireEvent.blur(notes);
    await waitFor(() => expect(toolbox.notices.length).toBe(told + 1));
    expect(toolbox.notices.at(-1)?.type).toBe('warning');
    await waitFor(() => expect(within(rowOf('安化路甲')).getByRole('button', { name: '已处置', pressed: true })).toBeTruthy());
    expect((screen.getByLabelText('情况说明：安化路甲') as HTMLInputElement).value).toBe('积水 20 厘米，已放置沙袋');
    fireEvent.blur(screen.getByLabelText('情况说明：安化路甲'));
    await waitFor(async () => expect((await checksOf(toolbox))[0]).toMatchObject({ status: '已处置', notes: '积水 20 厘米，已放置沙袋' }));
  });

  it('sorts the checklist by status with open hazards first', async () => {
    await renderApp({
      seed: { events: [{ name: '9·20 暴雨', startDate: '2026-09-20', level: '黄色' }] },
      async prepare(toolbox) {
        const [event] = await toolbox.data.collection<PatrolEvent>('events').list();
        const checks = toolbox.data.collection<Check>('checks');
        for (const [location, status] of [['甲', '正常'], ['乙', '未检查'], ['丙', '有隐患'], ['丁', '已处置']] as const) {
          await checks.create({ eventId: event!.id, pointType: '低洼小区', location: `安化路${location}`, status });
        }
      },
    });
    await screen.findByText('安化路甲');
    fireEvent.click(screen.getByRole('button', { name: /巡查状态/ }));
    const locations = screen.getAllByRole('row').slice(1).map((row) => within(row).getByText(/^安化路/).textContent);
    expect(locations).toEqual(['安化路丙', '安化路乙', '安化路丁', '安化路甲']);
  });
});

