import { fireEvent, screen, within } from '@testing-library/react';
import { FORM_TEMPLATES } from '@toolbox/sdk/forms';
import { describe, expect, it } from 'vitest';
import { appFiles, makeManifest, multipart, tgzOf } from '../../../registry-server/test/helpers/bundles.ts';
import { openApp } from './support/renderConsole.tsx';
import { realServerPerFile } from './support/serverPerTest.ts';
import type { RealServer } from './support/startRealServer.ts';

/** Approves `id@version` where publishing waits for review; an approved version needs nothing. */
async function approve(server: RealServer, id: string, version: string): Promise<void> {
  const res = await server.adminFetch(`${server.url}/api/apps/${id}/versions/${version}/approve`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ reason: 'test' }),
  });
  expect([200, 409]).toContain(res.status);
}

// The real registry with a form runtime and one form app on it: the console words the registry's refusal to retire
// the runtime (409 TOOLBOX_APP_IN_USE) in the admin's language.
const server = realServerPerFile(async (started) => {
  // The multipart body built by hand: jsdom's FormData is not one Node's fetch sends.
  const upload = multipart(tgzOf(appFiles(makeManifest('form-runtime', { name: { 'zh-CN': '表单应用运行器' } }))), 'bundle.tgz');
  const runtime = await started.adminFetch(`${started.url}/api/apps/form-runtime/versions`, { method: 'POST', headers: upload.headers, body: new Uint8Array(upload.payload) });
  expect(runtime.status, await runtime.clone().text()).toBe(201);
  await approve(started, 'form-runtime', '1.0.0');
  const ledger = FORM_TEMPLATES.find((t) => t.id === 'hardship-ledger')!;
  const form = await started.adminFetch(`${started.url}/api/apps/hardship-ledger/versions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ form: { ...ledger, owner: { unit: 'ops-centre', contact: '陈静 021-62511234' } } }),
  });
  expect(form.status, await form.clone().text()).toBe(201);
  await approve(started, 'hardship-ledger', ledger.version);
});

describe('retiring the form runtime from the console', () => {
  it('is refused while a form app runs on it, in the console’s words, and nothing changes', async () => {
    await openApp(server.url, '表单应用运行器', { fetch: server.adminFetch });
    expect(await screen.findByText('1个表单应用在它上面运行，下线会使它们一并停用；它们的使用情况按各自的应用评估')).toBeTruthy();
    fireEvent.click(within(screen.getByRole('group', { name: '管理操作' })).getByRole('button', { name: '立即下线' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/原因/), { target: { value: '打开次数少' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toBe('还有 1 个表单应用（“困难群众帮扶台账”）在它上面运行，它一下线，这些表单应用会一起从桌面消失。请先下线这些表单应用，或发布它的新版本。');
    const app = (await (await server.adminFetch(`${server.url}/api/apps/form-runtime`)).json()) as { status: string };
    expect(app.status).toBe('active');
  });
});
