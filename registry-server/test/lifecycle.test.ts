import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CatalogItem } from '@toolbox/sdk';
import { testEngines } from './helpers/engines.ts';
import { createTestApp, type TestApp } from './helpers/createTestApp.ts';
import { login, type Session } from './helpers/login.ts';
import { publishApp } from './helpers/bundles.ts';

describe.each(testEngines)('lifecycle (%s)', (engine) => {
  let t: TestApp;
  let admin: Session;
  let staff: Session;
  const post = (url: string, payload: object, s: Session = admin) => t.app.inject({ method: 'POST', url, headers: s.headers, payload });
  const catalogIds = async () => (await t.app.inject({ url: '/api/catalog', headers: staff.headers })).json<{ items: CatalogItem[] }>().items;

  beforeEach(async () => {
    // 2026-03-02 09:00 in Shanghai.
    t = await createTestApp({ engine });
    admin = await login(t.app, 'admin');
    staff = await login(t.app, 'staff');
    const dev = await login(t.app, 'dev');
    expect((await publishApp(t.app, dev.headers, 'old-app')).statusCode).toBe(201);
    expect((await publishApp(t.app, dev.headers, 'new-app')).statusCode).toBe(201);
  });
  afterEach(async () => t.close());

  it('deprecates with notice: the catalog shows the notice and the replacement; too soon is refused', async () => {
    const soon = await post('/api/apps/old-app/deprecate', { retireOn: '2026-03-31', reason: '功能合并' });
    expect(soon.statusCode).toBe(400);
    expect(soon.json()).toMatchObject({ code: 'TOOLBOX_RETIRE_DATE_TOO_SOON', message: expect.stringContaining('2026-04-01') });

    const badReplacement = await post('/api/apps/old-app/deprecate', { retireOn: '2026-04-01', reason: 'x', replacement: 'ghost-app' });
    expect(badReplacement.json().code).toBe('TOOLBOX_REPLACEMENT_INVALID');

    const ok = await post('/api/apps/old-app/deprecate', { retireOn: '2026-04-01', reason: '功能合并到新应用', replacement: 'new-app' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'deprecated', deprecation: { retireOn: '2026-04-01', reason: '功能合并到新应用', replacement: { id: 'new-app' } } });
    const old = (await catalogIds()).find((i) => i.id === 'old-app');
    expect(old).toMatchObject({ status: 'deprecated', deprecation: { retireOn: '2026-04-01', replacement: { id: 'new-app', name: { 'zh-CN': '测试应用 new-app' } } } });
  });

  it('retires automatically when retireOn comes (Asia/Shanghai), hides it and stops serving its bundles', async () => {
    await post('/api/apps/old-app/deprecate', { retireOn: '2026-04-01', reason: '到期下线', replacement: 'new-app' });
    // 23:59 on 31 March in Shanghai: still open.
    t.clock.set('2026-03-31T23:59:00+08:00');
    // Sessions last a week: sign in again at the new time.
    staff = await login(t.app, 'staff');
    admin = await login(t.app, 'admin');
    expect((await catalogIds()).map((i) => i.id)).toContain('old-app');
    expect((await t.app.inject({ url: '/bundles/old-app/1.0.0/remoteEntry.js' })).statusCode).toBe(200);
    // 00:01 on 1 April in Shanghai (still 31 March in UTC): retired.
    t.clock.set('2026-04-01T00:01:00+08:00');
    expect((await catalogIds()).map((i) => i.id)).toEqual(['new-app']);
    const bundle = await t.app.inject({ url: '/bundles/old-app/1.0.0/remoteEntry.js' });
    expect(bundle.statusCode).toBe(410);
    expect(bundle.json().code).toBe('TOOLBOX_APP_RETIRED');

    const detail = await t.app.inject({ url: '/api/apps/old-app', headers: staff.headers });
    expect(detail.json()).toMatchObject({ status: 'retired', retirement: { reason: '到期下线', replacement: { id: 'new-app' } } });
    // Reading it persisted the retirement, with an audit row by the server itself.
    const row = await t.app.db.selectFrom('apps').select('status').where('id', '=', 'old-app').executeTakeFirstOrThrow();
    expect(row.status).toBe('retired');
    const audit = (await t.app.inject({ url: '/api/audit?app=old-app', headers: admin.headers })).json().items;
    expect(audit[0]).toMatchObject({ action: 'app.retire', actor: null, fromStatus: 'deprecated', toStatus: 'retired', details: { automatic: true } });
  });

  it('retires now and restores; restoring an active app is 409; every step is audited with actor and reason', async () => {
    const retire = await post('/api/apps/old-app/retire', { reason: '无人使用' });
    expect(retire.json()).toMatchObject({ status: 'retired', retirement: { reason: '无人使用' } });
    expect((await catalogIds()).map((i) => i.id)).toEqual(['new-app']);
    expect((await t.app.inject({ url: '/bundles/old-app/1.0.0/remoteEntry.js' })).statusCode).toBe(410);
    expect((await post('/api/apps/old-app/retire', { reason: 'again' })).json().code).toBe('TOOLBOX_INVALID_TRANSITION');
    const dev = await login(t.app, 'dev');
    const publishRetired = await publishApp(t.app, dev.headers, 'old-app', { version: '2.0.0' });
    expect(publishRetired.json().code).toBe('TOOLBOX_APP_RETIRED');

    expect((await post('/api/apps/old-app/restore', { reason: '重新启用' })).json().status).toBe('active');
    expect((await catalogIds()).map((i) => i.id).sort()).toEqual(['new-app', 'old-app']);
    const again = await post('/api/apps/old-app/restore', { reason: 'x' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('TOOLBOX_INVALID_TRANSITION');

    const items = (await t.app.inject({ url: '/api/audit?app=old-app&actor=admin', headers: admin.headers })).json().items;
    expect(items.map((i: { action: string; fromStatus: string; toStatus: string; reason: string }) => [i.action, i.fromStatus, i.toStatus, i.reason])).toEqual([
      ['app.restore', 'retired', 'active', '重新启用'],
      ['app.retire', 'active', 'retired', '无人使用'],
    ]);
    expect((await t.app.inject({ url: '/api/audit', headers: staff.headers })).statusCode).toBe(403);
  });

  it('uses the notice days setting', async () => {
    const put = await t.app.inject({ method: 'PUT', url: '/api/review-settings', headers: admin.headers, payload: { noticeDays: 7 } });
    expect(put.json().settings.noticeDays).toBe(7);
    expect((await post('/api/apps/old-app/deprecate', { retireOn: '2026-03-09', reason: '提前下线' })).statusCode).toBe(200);
  });

  it('only admins change the lifecycle', async () => {
    const dev = await login(t.app, 'dev');
    const res = await post('/api/apps/old-app/deprecate', { retireOn: '2026-05-01', reason: 'x' }, dev);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('TOOLBOX_FORBIDDEN');
  });
});
