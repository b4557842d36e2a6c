import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Visit } from '../src/visit.ts';
import { renderApp } from './renderApp.tsx';

const seed: Visit[] = [
  {
    residentName: '王阿婆',
    category: '独居老人',
    visitDate: '2026-11-25',
    building: '8号楼',
    room: '201室',
    visitor: '张敏',
    notes: '身体尚可，反映楼道灯坏了',
    needsFollowUp: true,
    followUpNote: '联系物业修楼道灯',
  },
  { residentName: '李老伯', category: '高龄老人', visitDate: '2026-11-10', building: '3号楼', room: '502室', visitor: '陈静', needsFollowUp: false },
  { residentName: '赵先生', category: '残疾人', visitDate: '2026-10-30', building: '12号楼', room: '101室', visitor: '张敏', needsFollowUp: false },
];

const rowNames = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).queryByText(/阿婆|老伯|先生|阿姨/)?.textContent);

beforeEach(() => {
  // A fixed clock (only Date is faked: React and the data promises keep their real timers).
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-28T10:00:00+08:00'));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('居民走访记录', () => {
  it('starts empty, then records a visit through the form and lists it', async () => {
    const toolbox = renderApp();
    expect(await screen.findByText('还没有走访记录')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '新增走访' }));
    // The visit date defaults to today in Shanghai and the visitor to the signed-in user.
    expect((screen.getByLabelText(/走访日期/) as HTMLInputElement).value).toBe('2026-11-28');
    expect((screen.getByLabelText(/走访人/) as HTMLInputElement).value).toBe('张敏');

    fireEvent.change(screen.getByLabelText(/居民姓名/), { target: { value: '钱阿姨' } });
    fireEvent.change(screen.getByLabelText(/居民类别/), { target: { value: '困难家庭' } });
    fireEvent.change(screen.getByLabelText(/^楼号/), { target: { value: '5号楼' } });
    fireEvent.change(screen.getByLabelText(/门牌/), { target: { value: '303室' } });
    fireEvent.change(screen.getByLabelText(/走访情况/), { target: { value: '申请临时救助，材料已收' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));

    expect(await screen.findByText('钱阿姨')).toBeTruthy();
    expect(screen.getByText('5号楼 303室')).toBeTruthy();
    const stored = await toolbox.data.collection<Visit>('visits').list();
    expect(stored.map((r) => r.data)).toEqual([
      expect.objectContaining({ residentName: '钱阿姨', category: '困难家庭', visitDate: '2026-11-28', visitor: '张敏', needsFollowUp: false }),
    ]);
    expect(toolbox.notices).toContainEqual({ type: 'success', message: '走访记录已保存' });
  });

  it('refuses an incomplete form with Chinese messages and stores nothing', async () => {
    const toolbox = renderApp();
    fireEvent.click(await screen.findByRole('button', { name: '新增走访' }));
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect((await screen.findAllByText(/必填|不能为空|请填写/)).length).toBeGreaterThan(0);
    expect(await toolbox.data.collection('visits').list()).toEqual([]);
  });

  it('lists newest first and filters by category, follow-up and date range', async () => {
    renderApp({ seed });
    await screen.findByText('王阿婆');
    expect(rowNames()).toEqual(['王阿婆', '李老伯', '赵先生']);

    fireEvent.change(screen.getByLabelText('居民类别'), { target: { value: '高龄老人' } });
    expect(rowNames()).toEqual(['李老伯']);
    expect(screen.getByText('共 3 条，显示 1 条')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '清除筛选' }));
    fireEvent.change(screen.getByLabelText('跟进情况'), { target: { value: 'open' } });
    expect(rowNames()).toEqual(['王阿婆']);

    fireEvent.change(screen.getByLabelText('跟进情况'), { target: { value: 'all' } });
    fireEvent.change(screen.getByLabelText('走访日期从'), { target: { value: '2026-11-01' } });
    fireEvent.change(screen.getByLabelText('至'), { target: { value: '2026-11-20' } });
    expect(rowNames()).toEqual(['李老伯']);
  });

  it('marks a follow-up done and keeps it done in the store', async () => {
    const toolbox = renderApp({ seed });
    fireEvent.click(await screen.findByRole('button', { name: '标记已跟进：王阿婆' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: '标记已跟进：王阿婆' })).toBeNull());
    const [stored] = (await toolbox.data.collection<Visit>('visits').list()).filter((r) => r.data.residentName === '王阿婆');
    expect(stored?.data.followUpDone).toBe(true);
    expect(stored?.data.followUpDoneAt).toBe('2026-11-28T02:00:00.000Z');
    expect(toolbox.tracked).toContain('follow-up-done');
  });

  it('does not write over a visit a colleague changed meanwhile, and says so', async () => {
    const toolbox = renderApp({ seed });
    await screen.findByRole('button', { name: '标记已跟进：王阿婆' });
    const visits = toolbox.data.collection<Visit>('visits');
    const wang = (await visits.list()).find((r) => r.data.residentName === '王阿婆')!;
    await visits.update(wang.id, { ...wang.data, followUpNote: '联系物业修楼道灯，物业答应周五修' });
    fireEvent.click(screen.getByRole('button', { name: '标记已跟进：王阿婆' }));
    await waitFor(() => expect(toolbox.notices.at(-1)?.type).toBe('warning'));
    expect(toolbox.notices.at(-1)?.message).toBe('王阿婆的走访记录刚被他人修改过，这次没有保存。已显示最新内容，请看过后再操作。');
    expect((await visits.get(wang.id)).data).toMatchObject({ followUpNote: '联系物业修楼道灯，物业答应周五修' });
    expect((await visits.get(wang.id)).data.followUpDone).toBeUndefined();
    // Looked at, marked again: done, with the colleague's note kept.
    fireEvent.click(screen.getByRole('button', { name: '标记已跟进：王阿婆' }));
    await waitFor(async () => expect((await visits.get(wang.id)).data).toMatchObject({ followUpDone: true, followUpNote: '联系物业修楼道灯，物业答应周五修' }));
  });

  it('counts this month’s visits and open follow-ups, and the count opens the filtered list', async () => {
    renderApp({ seed });
    await screen.findByText('王阿婆');
    const open = screen.getByRole('button', { name: /待跟进\s*1 项/ });
    fireEvent.click(open);
    expect(rowNames()).toEqual(['王阿婆']);
  });

  it('follows the host language switch', async () => {
    const toolbox = renderApp({ seed });
    await screen.findByText('王阿婆');
    toolbox.setLocale('en');
    expect(await screen.findByText(/visits to residents in need/)).toBeTruthy();
    expect(within(screen.getByRole('table')).getByText('Living alone')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'New visit' })).toBeTruthy();
  });

  it('reads every page of the registry, so an old open follow-up is never lost behind 500 newer visits', async () => {
    const many: Visit[] = Array.from({ length: 520 }, (_, i) => ({
      residentName: `居民${i}`,
      category: '其他',
      visitDate: '2026-11-01',
      building: '1号楼',
      room: `${100 + i}室`,
      visitor: '陈静',
      needsFollowUp: false,
    }));
    // The open follow-up is the 521st record: on the second page, where one call of 500 would never look.
    renderApp({ seed: [...many, { ...seed[0]!, visitDate: '2025-12-01' }] });
    expect(await screen.findByRole('button', { name: /待跟进\s*1 项/ })).toBeTruthy();
    expect(screen.getByText('共 521 条，显示 521 条')).toBeTruthy();
  });

  it('says when the records could not be loaded, instead of showing an empty list, and retries', async () => {
    let failures = 1;
    const toolbox = renderApp({
      seed,
      adjust(toolbox) {
        const data = toolbox.data;
        toolbox.data = {
          collection<T>(name: string) {
            const client = data.collection<T>(name);
            return {
              ...client,
              list: (options) => (failures-- > 0 ? Promise.reject(new Error('网络连接中断')) : client.list(options)),
            };
          },
        };
      },
    });
    expect(await screen.findByText(/走访记录加载失败.*网络连接中断/)).toBeTruthy();
    expect(screen.queryByText('还没有走访记录')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByText('王阿婆')).toBeTruthy();
    expect(toolbox.notices).toEqual([]);
  });
});

