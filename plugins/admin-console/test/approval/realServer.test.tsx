import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderConsole } from '../support/renderConsole.tsx';
import { realServerPerFile } from '../support/serverPerTest.ts';

// 上架审核 against the registry server itself (buildApp, SQLite, demo users): the admin publishes, the demo
// reviewer `reviewer` approves and rejects through the console, and the server's own state says what happened.
let reviewerFetch: typeof fetch;
const server = realServerPerFile(async (started) => {
  reviewerFetch = started.fetchAs(await started.signIn('reviewer'));
});
const adminFetch = server.adminFetch;

async function json<T>(path: string, as: typeof fetch = adminFetch): Promise<T> {
  const res = await as(`${server.url}${path}`);
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

/** Publishes a version of an app deployed elsewhere, as the admin would from the CLI. */
async function publish(id: string, version: string, entry: string) {
  const app = await json<{ name: Record<string, string>; category: string }>(`/api/apps/${id}`);
  const res = await adminFetch(`${server.url}/api/apps/${id}/versions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      manifest: {
        id,
        name: app.name,
        category: app.category,
        version,
        scenario: 'general',
        owner: { unit: 'ops-centre', contact: '陈静 021-62511234' },
        entry,
        sdk: '^1.0.0',
      },
      entry,
    }),
  });
  expect(res.status).toBe(201);
}

type Versions = { items?: { version: string; status: string; reviewReason: string | null }[] } | { version: string; status: string; reviewReason: string | null }[];
async function versionStatus(id: string, version: string) {
  const body = await json<Versions>(`/api/apps/${id}/versions`);
  const list = Array.isArray(body) ? body : (body.items ?? []);
  return list.find((v) => v.version === version);
}

describe('上架审核 against the real registry server', () => {
  it('a reviewer approves a pending version whose code moved to another origin, and it becomes current', async () => {
    // Review everything, whatever the seed trusts, so the admin's publish waits for the reviewer.
    const put = await adminFetch(`${server.url}/api/review/trusted-units`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ units: [], reason: '测试：所有版本都要审核' }),
    });
    expect(put.status).toBe(200);
    await publish('street-notes', '1.1.0', 'https://cdn.vendor.example.com/street-notes/remoteEntry.js');
    expect((await versionStatus('street-notes', '1.1.0'))?.status).toBe('pending');

    renderConsole(server.url, { role: 'reviewer', fetch: reviewerFetch });
    const queue = await screen.findByRole('table', { name: '待审核版本' }, { timeout: 10_000 });
    fireEvent.click(within(queue).getByRole('button', { name: '审核「街道手记」1.1.0' }));
    const overview = await screen.findByRole('table', { name: '基本信息变化' }, { timeout: 10_000 });
    const entry = overview.querySelector('tr[data-field="entry"]') as HTMLElement;
    expect(within(entry).getAllByTestId('origin').map((o) => o.textContent)).toContain('https://cdn.vendor.example.com');

    fireEvent.click(within(screen.getByRole('group', { name: '审核操作' })).getByRole('button', { name: '通过' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/说明/), { target: { value: '已与主办单位核实新的部署地址' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '通过' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 10_000 });

    expect(await versionStatus('street-notes', '1.1.0')).toMatchObject({ status: 'approved', reviewReason: '已与主办单位核实新的部署地址' });
    expect((await json<{ currentVersion?: string; current_version?: string }>('/api/apps/street-notes')).currentVersion).toBe('1.1.0');
    const audit = await json<{ items: { action: string; reason: string }[] }>('/api/audit?app=street-notes');
    expect(audit.items[0]).toMatchObject({ action: 'version.approve', reason: '已与主办单位核实新的部署地址' });
    await waitFor(() => expect(screen.queryByRole('button', { name: '审核「街道手记」1.1.0' })).toBeNull());
  });

  it('an admin rejects with a reason; the version never becomes current', async () => {
    await publish('street-notes', '1.2.0', 'https://cdn.vendor.example.com/street-notes/v2/remoteEntry.js');
    renderConsole(server.url, { fetch: adminFetch, section: 'approval' });
    const queue = await screen.findByRole('table', { name: '待审核版本' }, { timeout: 10_000 });
    fireEvent.click(within(queue).getByRole('button', { name: '审核「街道手记」1.2.0' }));
    await screen.findByRole('table', { name: '基本信息变化' }, { timeout: 10_000 });
    fireEvent.click(within(screen.getByRole('group', { name: '审核操作' })).getByRole('button', { name: '驳回' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/驳回原因/), { target: { value: '部署地址未经主办单位确认' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '驳回' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 10_000 });

    expect(await versionStatus('street-notes', '1.2.0')).toMatchObject({ status: 'rejected', reviewReason: '部署地址未经主办单位确认' });
    expect((await json<{ currentVersion?: string }>('/api/apps/street-notes')).currentVersion).toBe('1.1.0');
  });

  it('an admin trusts a unit with a reason, and the server keeps it', async () => {
    renderConsole(server.url, { fetch: adminFetch, section: 'approval' });
    const panel = await screen.findByRole('region', { name: '免审核单位' }, { timeout: 10_000 });
    fireEvent.click(await within(panel).findByRole('button', { name: '调整' }));
    const dialog = await screen.findByRole('dialog', { name: '调整免审核单位' });
    fireEvent.click(await within(dialog).findByRole('checkbox', { name: '区城运中心' }));
    fireEvent.change(within(dialog).getByLabelText(/原因/), { target: { value: '平台组自己的应用' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 10_000 });
    const trusted = await json<{ units: { id: string }[] }>('/api/review/trusted-units');
    expect(trusted.units.map((u) => u.id)).toEqual(['ops-centre']);
    await within(panel).findByText('区城运中心');
  });
});
