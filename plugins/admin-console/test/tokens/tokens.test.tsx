import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { shanghaiDateTime } from '@toolbox/sdk';
import { fixtureServerPerTest } from '../support/serverPerTest.ts';
import { renderConsole } from '../support/renderConsole.tsx';
import { tokenFixtures } from '../support/tokenFixtures.ts';

const server = fixtureServerPerTest();

const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);
const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);
// The fixtures' own dates, to compare with what the screen shows in Shanghai time.
const fixture = (id: string) => tokenFixtures(Date.now()).find((t) => t.id === id)!;
const shanghai = (iso: string) => shanghaiDateTime(iso);

describe('the 令牌 tab', () => {
  it('lists every token newest first: owner, scope and its apps, created, expiry marks, last use', async () => {
    renderConsole(server.url, { section: 'tokens' });
    const table = await screen.findByRole('table', { name: 'API 令牌列表' });
    expect(server.received.some((r) => r.method === 'GET' && r.path === '/api/tokens?all=1')).toBe(true);
    const rows = rowsOf(table);
    expect(rows.map((r) => r.getAttribute('data-token'))).toEqual(['t-ci', 't-laptop', 't-audit', 't-old']);
    expect(within(rows[0]!).getByRole('rowheader').textContent).toBe('陈开发dev');

    const ci = fixture('t-ci');
    expect(cells(rows[0]!)).toEqual([
      'CI 发布',
      '发布仅限：visit-log、hotline-tickets',
      shanghai(ci.createdAt),
      `${shanghai(ci.expiresAt)}60 天后到期`,
      shanghai(ci.lastUsedAt!),
      '吊销',
    ]);
    const laptop = fixture('t-laptop');
    expect(cells(rows[1]!)).toEqual(['笔记本查看', '只读', shanghai(laptop.createdAt), `${shanghai(laptop.expiresAt)}5 天后到期`, '从未使用', '吊销']);
    const old = fixture('t-old');
    expect(within(rows[3]!).getByRole('rowheader').textContent).toBe('李敏limin');
    expect(cells(rows[3]!)).toEqual([
      '旧脚本',
      '发布该用户可发布的全部应用',
      shanghai(old.createdAt),
      `${shanghai(old.expiresAt)}已过期`,
      shanghai(old.lastUsedAt!),
      '吊销',
    ]);
    expect(screen.getByText('共 4 个令牌')).toBeTruthy();
  });

  it('shows dates on Shanghai time', async () => {
    renderConsole(server.url, { section: 'tokens' });
    const table = await screen.findByRole('table', { name: 'API 令牌列表' });
    const at = new Date(fixture('t-ci').createdAt);
    // The suite runs in UTC; Shanghai is 8 hours ahead.
    const shifted = new Date(at.getTime() + 8 * 60 * 60 * 1000).toISOString();
    expect(cells(rowsOf(table)[0]!)[2]).toBe(`${shifted.slice(0, 10)} ${shifted.slice(11, 16)}`);
  });

  it('filters by owner or token name and hides expired tokens', async () => {
    renderConsole(server.url, { section: 'tokens' });
    const table = await screen.findByRole('table', { name: 'API 令牌列表' });
    const search = within(screen.getByRole('search')).getByLabelText('查找');
    fireEvent.change(search, { target: { value: 'LIMIN' } });
    expect(rowsOf(table).map((r) => r.getAttribute('data-token'))).toEqual(['t-old']);
    fireEvent.change(search, { target: { value: '脚本' } });
    expect(rowsOf(table).map((r) => r.getAttribute('data-token'))).toEqual(['t-audit', 't-old']);
    fireEvent.click(screen.getByRole('checkbox', { name: '隐藏已过期' }));
    expect(rowsOf(table).map((r) => r.getAttribute('data-token'))).toEqual(['t-audit']);
    expect(screen.getByText('显示 1 个，共 4 个令牌')).toBeTruthy();
    fireEvent.change(search, { target: { value: '没有这个人' } });
    expect(screen.getByText('没有匹配的令牌')).toBeTruthy();
  });

  it('revokes after a confirmation naming the token and its owner, sends DELETE with its id, and reloads', async () => {
    const view = renderConsole(server.url, { section: 'tokens' });
    const table = await screen.findByRole('table', { name: 'API 令牌列表' });
    fireEvent.click(within(table).getByRole('button', { name: '吊销陈开发的令牌「CI 发布」' }));
    const dialog = await screen.findByRole('dialog', { name: '吊销陈开发的令牌「CI 发布」？' });
    expect(within(dialog).getByText(/陈开发（dev）使用令牌「CI 发布」/)).toBeTruthy();
    expect(server.writes()).toEqual([]);

    const listsBefore = server.received.filter((r) => r.path === '/api/tokens?all=1').length;
    fireEvent.click(within(dialog).getByRole('button', { name: '吊销' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(server.writes()).toEqual([{ method: 'DELETE', path: '/api/tokens/t-ci', body: undefined }]);
    await waitFor(() => expect(rowsOf(screen.getByRole('table', { name: 'API 令牌列表' })).map((r) => r.getAttribute('data-token'))).toEqual(['t-laptop', 't-audit', 't-old']));
    expect(server.received.filter((r) => r.path === '/api/tokens?all=1').length).toBe(listsBefore + 1);
    expect(view.notices).toEqual([{ type: 'success', message: '已吊销陈开发的令牌「CI 发布」。' }]);
  });

  it('cancelling the confirmation revokes nothing', async () => {
    renderConsole(server.url, { section: 'tokens' });
    const table = await screen.findByRole('table', { name: 'API 令牌列表' });
    fireEvent.click(within(table).getByRole('button', { name: '吊销李敏的令牌「旧脚本」' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '取消' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(server.writes()).toEqual([]);
  });

  it('shows the server’s message when a revoke fails, and keeps the dialog open', async () => {
    renderConsole(server.url, { section: 'tokens' });
    const table = await screen.findByRole('table', { name: 'API 令牌列表' });
    // Someone else revoked it meanwhile: the server answers 404.
    expect((await fetch(`${server.url}/api/tokens/t-old`, { method: 'DELETE' })).status).toBe(204);
    fireEvent.click(within(table).getByRole('button', { name: '吊销李敏的令牌「旧脚本」' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '吊销' }));
    await within(dialog).findByText('这个令牌已被吊销或不存在，请刷新列表。');
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('says in Chinese when the list cannot load', async () => {
    renderConsole(`${server.url}/nowhere`, { section: 'tokens' });
    await screen.findByText('没有这个地址，请刷新页面后重试。');
    expect(screen.getByRole('button', { name: '重试' })).toBeTruthy();
  });

  it('is a third tab for admins, in English too', async () => {
    renderConsole(server.url, { year: 2026, locale: 'en' });
    const tabs = screen.getByRole('tablist');
    fireEvent.click(within(tabs).getByRole('tab', { name: 'Tokens' }));
    const table = await screen.findByRole('table', { name: 'API tokens' });
    const row = rowsOf(table)[1]!;
    expect(within(row).getByText('Read only')).toBeTruthy();
    expect(within(row).getByText('Expires in 5 days')).toBeTruthy();
    expect(within(row).getByText('Never used')).toBeTruthy();
  });

  it('is not offered to a reviewer, who never asks for the tokens', async () => {
    renderConsole(server.url, { role: 'reviewer', section: 'tokens' });
    await screen.findByRole('table', { name: '待审核版本' });
    expect(screen.queryByRole('tab', { name: '令牌' })).toBeNull();
    expect(screen.queryByRole('table', { name: 'API 令牌列表' })).toBeNull();
    expect(server.received.some((r) => r.path.startsWith('/api/tokens'))).toBe(false);
  });
});
