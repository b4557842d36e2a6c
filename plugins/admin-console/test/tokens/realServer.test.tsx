import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderConsole } from '../support/renderConsole.tsx';
import { startRealServer, type RealServer } from '../support/startRealServer.ts';

// 令牌 against the registry server itself (buildApp, SQLite, demo users): `dev` mints a token, the admin revokes it
// through the console, and the token stops working.
let server: RealServer;
beforeAll(async () => {
  server = await startRealServer();
}, 60_000);
afterAll(async () => {
  await server?.close();
});
afterEach(cleanup);

// The desktop's own origin: the server refuses state-changing cookie requests from elsewhere.
const adminFetch: typeof fetch = (input, init = {}) =>
  server.adminFetch(input, { ...init, headers: { ...(init.headers as Record<string, string>), origin: server.url } });

async function signIn(username: string): Promise<string> {
  const res = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({ username, password: 'toolbox' }),
  });
  expect(res.status).toBe(200);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

const me = (token: string) => fetch(`${server.url}/api/me`, { headers: { authorization: `Bearer ${token}` } });

describe('令牌 against the real registry server', () => {
  it('the admin sees the token dev minted, with its owner, revokes it, and the token gets 401', async () => {
    const cookie = await signIn('dev');
    const minted = await fetch(`${server.url}/api/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, origin: server.url },
      body: JSON.stringify({ name: 'dev 的 CI', password: 'toolbox', scope: 'publish' }),
    });
    expect(minted.status).toBe(201);
    const { id, token } = (await minted.json()) as { id: string; token: string };
    expect((await me(token)).status).toBe(200);

    renderConsole(server.url, { fetch: adminFetch, section: 'tokens' });
    const table = await screen.findByRole('table', { name: 'API 令牌列表' }, { timeout: 10_000 });
    const row = table.querySelector(`tr[data-token="${id}"]`) as HTMLElement;
    expect(row).toBeTruthy();
    expect(within(row).getByRole('rowheader').textContent).toContain('dev');
    expect(within(row).getByText('dev 的 CI')).toBeTruthy();
    expect(within(row).getByText('发布')).toBeTruthy();
    // Minted a moment ago with the default expiry of 90 days.
    expect(within(row).getByText('90 天后到期')).toBeTruthy();

    fireEvent.click(within(row).getByRole('button', { name: /吊销.*的令牌「dev 的 CI」/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/（dev）使用令牌「dev 的 CI」/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: '吊销' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 10_000 });
    await waitFor(() => expect(document.querySelector(`tr[data-token="${id}"]`)).toBeNull(), { timeout: 10_000 });

    expect((await me(token)).status).toBe(401);
  });
});
