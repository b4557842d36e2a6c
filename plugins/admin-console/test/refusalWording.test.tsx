import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderConsole } from './support/renderConsole.tsx';
import { realServerPerFile } from './support/serverPerTest.ts';

// A refusal of the real registry, as the admin reads it: in Chinese what it means, in English the server's message
// (which names the value). The registry's demo org has a user `staff` already.
const server = realServerPerFile();

async function users(): Promise<{ username: string; name: string }[]> {
  const res = await server.adminFetch(`${server.url}/api/users?q=staff`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: { username: string; name: string }[] }).items;
}

async function addUser(labels: { add: RegExp; username: string; name: string; save: string }, username: string, name: string) {
  fireEvent.click(await screen.findByRole('button', { name: labels.add }, { timeout: 10_000 }));
  const dialog = await screen.findByRole('dialog');
  fireEvent.change(within(dialog).getByLabelText(labels.username), { target: { value: username } });
  fireEvent.change(within(dialog).getByLabelText(labels.name), { target: { value: name } });
  fireEvent.click(within(dialog).getByRole('button', { name: labels.save }));
  return (await within(dialog).findByRole('alert')).textContent;
}

describe('a refusal in the admin console', () => {
  it('says in Chinese that the username is taken, naming it, and adds no one', async () => {
    const before = await users();
    renderConsole(server.url, { fetch: server.adminFetch, section: 'org' });
    const alert = await addUser({ add: /^添加人员$/, username: '用户名', name: '姓名', save: '保存' }, 'staff', '重名测试');
    expect(alert).toBe('用户名“staff”已被使用，请换一个。');
    expect(await users()).toEqual(before);
  });

  it("shows the server's own message, naming the username, in English", async () => {
    renderConsole(server.url, { fetch: server.adminFetch, section: 'org', locale: 'en' });
    const alert = await addUser({ add: /^Add person$/, username: 'Username', name: 'Name', save: 'Save' }, 'staff', 'Same name');
    expect(alert).toBe('username: "staff" is taken');
  });
});
