import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishApp } from '../helpers/bundles.ts';
import { closeAfterEach } from '../helpers/closeAfterEach.ts';
import { createTestApp, type TestApp } from '../helpers/createTestApp.ts';
import { createTestDatabase, testEngines } from '../helpers/engines.ts';
import { login } from '../helpers/login.ts';

/**
 * Visibility follows the live tree on every instance: an app visible to a street is visible to the committees under
 * it, including one moved there a moment ago through another instance, and the cached catalogue does not hide it.
 */
describe.each(testEngines)('visibility by unit on the live tree (%s)', (engine) => {
  const open = closeAfterEach();

  it('moving a committee under another street changes what its staff see, on both instances at once', async () => {
    const database = await createTestDatabase(engine);
    const [dirA, dirB] = [mkdtempSync(join(tmpdir(), 'toolbox-a-')), mkdtempSync(join(tmpdir(), 'toolbox-b-'))];
    open.push(database, dirA, dirB);
    const a = await createTestApp({ engine, database, dataDir: dirA, trustedUnits: ['ops-centre'] });
    const b = await createTestApp({ engine, database, dataDir: dirB });
    open.push(a, b);

    const dev = await login(a.app, 'dev');
    expect((await publishApp(a.app, dev.headers, 'jiangsu-only', { visibility: { units: ['jiangsulu'] } })).statusCode).toBe(201);
    const staff = await login(b.app, 'staff');
    const admin = await login(a.app, 'admin');
    const catalogOn = async (t: TestApp) => (await t.app.inject({ url: '/api/catalog', headers: staff.headers })).json<{ items: { id: string }[] }>().items.map((i) => i.id);
    // Both instances answer once, so each holds a cached catalogue and a tree to bring up to date.
    expect(await catalogOn(a)).toEqual([]);
    expect(await catalogOn(b)).toEqual([]);

    const moved = await a.app.inject({ method: 'PATCH', url: '/api/org/units/huayanglu-01', headers: admin.headers, payload: { parentId: 'jiangsulu' } });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(await catalogOn(b)).toEqual(['jiangsu-only']);
    expect(await catalogOn(a)).toEqual(['jiangsu-only']);
    expect((await b.app.inject({ url: '/api/me', headers: staff.headers })).json().user.unit.path).toEqual(['长宁区', '江苏路街道', '华阳居委会']);

    // A renamed street is named anew in the path at once, on the other instance too.
    await a.app.inject({ method: 'PATCH', url: '/api/org/units/jiangsulu', headers: admin.headers, payload: { name: '江苏路街道办事处' } });
    expect((await b.app.inject({ url: '/api/me', headers: staff.headers })).json().user.unit.path).toEqual(['长宁区', '江苏路街道办事处', '华阳居委会']);

    // Back again: hidden again.
    await b.app.inject({ method: 'PATCH', url: '/api/org/units/huayanglu-01', headers: admin.headers, payload: { parentId: 'huayanglu' } });
    expect(await catalogOn(a)).toEqual([]);
    expect(await catalogOn(b)).toEqual([]);
  });

  it('an app listed for unit-admin is seen by a street’s 管理员 whatever their role, and by nobody else', async () => {
    const t = await createTestApp({ engine });
    open.push(t);
    const dev = await login(t.app, 'dev');
    expect((await publishApp(t.app, dev.headers, 'for-unit-admins', { visibility: { roles: ['admin', 'unit-admin'] } })).statusCode).toBe(201);
    const admin = await login(t.app, 'admin');
    const staff = await login(t.app, 'staff');
    const ids = async (s: { headers: { cookie: string } }) => (await t.app.inject({ url: '/api/catalog', headers: s.headers })).json<{ items: { id: string }[] }>().items.map((i) => i.id);
    expect(await ids(staff)).toEqual([]);
    await t.app.inject({ method: 'PATCH', url: `/api/users/${staff.user.id}`, headers: admin.headers, payload: { adminOf: 'huayanglu' } });
    expect(await ids(staff)).toEqual(['for-unit-admins']);
    const staff2 = await login(t.app, 'staff2');
    expect(await ids(staff2)).toEqual([]);
  });
});
