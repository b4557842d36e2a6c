import { randomUUID } from 'node:crypto';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderConsole } from './support/renderConsole.tsx';
import { realServerPerFile } from './support/serverPerTest.ts';

// Issue 12: the review page shows how many usage events the server refused, and why, from the real registry server.
const server = realServerPerFile(async (server) => {
  // Where publishing waits for review, approve the apps' versions first: usage counts only for live apps.
  for (const id of ['street-notes', 'old-poll']) {
    const list = (await (await server.adminFetch(`${server.url}/api/apps/${id}/versions`)).json()) as { items: { version: string; status?: string }[] };
    for (const v of list.items.filter((i) => i.status === 'pending')) {
      const ok = await server.adminFetch(`${server.url}/api/apps/${id}/versions/${v.version}/approve`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ reason: 'test' }),
      });
      expect(ok.status).toBeLessThan(300);
    }
  }
  const asStaff = server.fetchAs(await server.signIn('staff'));
  const now = Date.now();
  const event = (app: string, at: number, id = randomUUID()) => ({ id, app, type: 'open', at: new Date(at).toISOString() });
  const twice = event('street-notes', now);
  // The apps were published a moment ago: an event of an hour ago is from before street-notes was live.
  const events = [twice, twice, event('street-notes', now - 3_600_000), event('ghost-app', now)];
  const res = await asStaff(`${server.url}/api/usage`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ events }),
  });
  expect(res.status).toBe(200);
  expect(await res.json()).toMatchObject({ accepted: 1, refused: { total: 3 } });
});

describe('refused usage events on the review page', () => {
  it('shows the year’s refused events per reason and per app (zh-CN)', async () => {
    renderConsole(server.url, { fetch: server.adminFetch });
    const panel = await screen.findByRole('region', { name: '未计入的事件' }, { timeout: 10_000 });
    expect(within(panel).getByText('本年共有 3 个使用事件未计入评估')).toBeTruthy();
    const reasons = within(panel).getByRole('list', { name: '按原因' });
    expect(within(reasons).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '应用尚未上线 · 1',
      '重复上报 · 1',
      '没有这个应用 · 1',
    ]);
    const apps = within(panel).getByRole('list', { name: '按应用' });
    const notes = within(apps).getByRole('listitem');
    expect(within(notes).getByRole('button', { name: '街道手记' })).toBeTruthy();
    expect(within(notes).getByText('应用尚未上线 1 · 重复上报 1')).toBeTruthy();
    expect(panel.textContent).not.toContain('staff');
  });

  it('says the same in English', async () => {
    renderConsole(server.url, { fetch: server.adminFetch, locale: 'en' });
    const panel = await screen.findByRole('region', { name: 'Events not counted' }, { timeout: 10_000 });
    expect(within(panel).getByText('3 usage events of this year were not counted')).toBeTruthy();
    expect(within(panel).getByText('Street notes')).toBeTruthy();
    expect(within(panel).getByText('App not live yet · 1')).toBeTruthy();
  });
});
