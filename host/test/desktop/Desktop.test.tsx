// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Desktop } from '../../src/desktop/Desktop.tsx';
import { FLOOD, HOTLINE, VISIT_LOG, catalogItem } from '../support/catalogItem.ts';
import { renderWithHost } from '../support/renderWithHost.tsx';

afterEach(cleanup);

const catalog = [VISIT_LOG, FLOOD, HOTLINE];
const names = (container: HTMLElement) => within(container).queryAllByRole('link').map((a) => a.querySelector('.tile-name')?.textContent);

async function search(query: string): Promise<HTMLElement> {
  fireEvent.change(screen.getByRole('searchbox', { name: '搜索应用' }), { target: { value: query } });
  return screen.findByRole('list', { name: '搜索结果' });
}

describe('search', () => {
  it('finds an app by pinyin initials: "zfjl" finds 居民走访记录 and nothing else', async () => {
    renderWithHost(<Desktop />, { catalog });
    // pinyin-pro loads on its own after the desktop shows (it is large), so the first answer may take a moment.
    await waitFor(async () => expect(names(await search('zfjl'))).toEqual(['居民走访记录']), { timeout: 15_000 });
  });

  it('finds by full pinyin, ignoring case and spaces', async () => {
    renderWithHost(<Desktop />, { catalog });
    await waitFor(async () => expect(names(await search('FangXun'))).toEqual(['防汛防台巡查']));
    await waitFor(async () => expect(names(await search('re xian'))).toEqual(['12345 热线工单']));
  });

  it('finds by Chinese name, by keyword, and by English name', async () => {
    renderWithHost(<Desktop />, { catalog });
    expect(names(await search('走访'))).toEqual(['居民走访记录']);
    expect(names(await search('台风'))).toEqual(['防汛防台巡查']);
    expect(names(await search('hotline'))).toEqual(['12345 热线工单']);
  });

  it('says so when nothing matches', async () => {
    renderWithHost(<Desktop />, { catalog });
    fireEvent.change(screen.getByRole('searchbox', { name: '搜索应用' }), { target: { value: 'qqqq' } });
    expect((await screen.findByRole('status')).textContent).toBe('没有找到与“qqqq”相关的应用');
  });
});

describe('grouping', () => {
  it('groups by category, and by scenario as 通用型 / 垂直型 / 生态型', () => {
    renderWithHost(<Desktop />, { catalog });
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.firstChild?.textContent?.trim())).toEqual(['民生服务', '城市管理', '基层治理']);
    fireEvent.click(screen.getByRole('button', { name: '按场景' }));
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.firstChild?.textContent?.trim())).toEqual(['通用型', '垂直型', '生态型']);
    expect(names(screen.getByRole('list', { name: '垂直型' }))).toEqual(['防汛防台巡查']);
  });
});

describe('pinning', () => {
  it('puts pinned apps first, in pin order, and unpins', () => {
    const { calls } = renderWithHost(<Desktop />, { catalog });
    expect(screen.queryByRole('list', { name: '我的常用' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '设为常用：12345 热线工单' }));
    fireEvent.click(screen.getByRole('button', { name: '设为常用：防汛防台巡查' }));
    expect(calls.pinsSaved.at(-1)).toEqual(['hotline-tickets', 'flood-patrol']);
    expect(names(screen.getByRole('list', { name: '我的常用' }))).toEqual(['12345 热线工单', '防汛防台巡查']);
    const pinned = screen.getByRole('heading', { name: '我的常用' });
    const first = screen.getAllByRole('heading', { level: 2 })[0];
    expect(first).toBe(pinned);
    fireEvent.click(within(screen.getByRole('list', { name: '我的常用' })).getByRole('button', { name: '取消常用：12345 热线工单' }));
    expect(names(screen.getByRole('list', { name: '我的常用' }))).toEqual(['防汛防台巡查']);
    expect(screen.getAllByRole('button', { name: '取消常用：防汛防台巡查' })[0]?.getAttribute('aria-pressed')).toBe('true');
  });

  it('lists recently used apps and opens an app through the host navigation', () => {
    const { calls } = renderWithHost(<Desktop />, { catalog, recent: ['flood-patrol', 'gone-app'] });
    const recent = screen.getByRole('list', { name: '最近使用' });
    expect(within(recent).getAllByRole('link').map((a) => a.getAttribute('aria-label'))).toEqual(['打开 防汛防台巡查']);
    fireEvent.click(within(recent).getByRole('link'));
    expect(calls.navigated).toEqual(['/app/flood-patrol']);
  });
});

describe('deprecated apps', () => {
  it('carry a badge on their tile', () => {
    const old = catalogItem({ id: 'old-ledger', name: { 'zh-CN': '旧版台账' }, status: 'deprecated', deprecation: { retireOn: '2026-12-31', reason: '并入走访记录' } });
    renderWithHost(<Desktop />, { catalog: [VISIT_LOG, old] });
    const tile = screen.getByRole('link', { name: '打开 旧版台账' });
    expect(within(tile).getByText('即将下线')).toBeTruthy();
    expect(within(screen.getByRole('link', { name: '打开 居民走访记录' })).queryByText('即将下线')).toBeNull();
  });
});
