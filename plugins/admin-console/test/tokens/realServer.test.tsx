import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderConsole } from '../support/renderConsole.tsx';
import { realServerPerFile } from '../support/serverPerTest.ts';

// 令牌 against the registry server itself (buildApp, SQLite, demo users): `dev` mints a token, the admin revokes it
// through the console, and the token stops working.
const server = realServerPerFile();

const me = (token: string) => fetch(`${server.url}/api/me`, { headers: { authorization: `Bearer ${token}` } });

describe('令牌 against the real registry server', () => {
  it('the admin sees the token dev minted, with its owner, revokes it, and the token gets 401', async () => {
    const asDev = server.fetchAs(await server.signIn('dev'));
    const minted = await asDev(`${server.url}/api/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'dev 的 CI', password: 'toolbox', scope: 'publish' }),
    });
    expect(minted.status).toBe(201);
    const { id, token } = (await minted.json()) as { id: string; token: string };
    expect((await me(token)).status).toBe(200);

    renderConsole(server.url, { fetch: server.adminFetch, section: 'tokens' });
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
