import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, testEngines } from './helpers/engines.ts';
import { closeAfterEach } from './helpers/closeAfterEach.ts';
import { createTestApp } from './helpers/createTestApp.ts';
import { login } from './helpers/login.ts';
import { publishApp } from './helpers/bundles.ts';

/** Several registry-server instances behind a load balancer share one PostgreSQL and nothing else: each has its own data dir. */
describe.runIf(testEngines.includes('postgres'))('two instances on one PostgreSQL', () => {
  const open = closeAfterEach();

  it('accepts on B a session made on A, and lists on B an app published through A', async () => {
    const database = await createTestDatabase('postgres');
    const [dirA, dirB] = [mkdtempSync(join(tmpdir(), 'toolbox-a-')), mkdtempSync(join(tmpdir(), 'toolbox-b-'))];
    open.push(database, dirA, dirB);
    // Both start at once: the migrations and the demo seed must cope with the race.
    const [a, b] = await Promise.all([
      createTestApp({ engine: 'postgres', database, dataDir: dirA }),
      createTestApp({ engine: 'postgres', database, dataDir: dirB }),
    ]);
    open.push(a, b);

    const dev = await login(a.app, 'dev');
    expect((await b.app.inject({ url: '/api/me', headers: dev.headers })).json().user.username).toBe('dev');

    const staff = await login(b.app, 'staff');
    // B serves the catalog once, so it has a cached copy to invalidate.
    expect((await b.app.inject({ url: '/api/catalog', headers: staff.headers })).json().items).toEqual([]);
    expect((await publishApp(a.app, dev.headers, 'shared-app')).statusCode).toBe(201);
    // Pending review (上架审核) on both instances, until an admin approves it on B.
    expect((await b.app.inject({ url: '/api/catalog', headers: staff.headers })).json().items).toEqual([]);
    const admin = await login(b.app, 'admin');
    const approved = await b.app.inject({ method: 'POST', url: '/api/apps/shared-app/versions/1.0.0/approve', headers: admin.headers, payload: {} });
    expect(approved.statusCode, approved.body).toBe(200);
    const items = (await a.app.inject({ url: '/api/catalog', headers: staff.headers })).json().items;
    expect(items.map((i: { id: string }) => i.id)).toEqual(['shared-app']);
    const file = await b.app.inject({ url: '/bundles/shared-app/1.0.0/remoteEntry.js' });
    expect(file.statusCode).toBe(200);

    // A retirement on B takes the app out of A's catalog; a logout on A ends the session on B.
    await b.app.inject({ method: 'POST', url: '/api/apps/shared-app/retire', headers: admin.headers, payload: { reason: '测试' } });
    expect((await a.app.inject({ url: '/api/catalog', headers: staff.headers })).json().items).toEqual([]);
    await a.app.inject({ method: 'POST', url: '/api/auth/logout', headers: dev.headers });
    expect((await b.app.inject({ url: '/api/me', headers: dev.headers })).statusCode).toBe(401);
  });

  it('lets two instances publish different versions of one app at the same time without clobbering', async () => {
    const database = await createTestDatabase('postgres');
    const [dirA, dirB] = [mkdtempSync(join(tmpdir(), 'toolbox-a-')), mkdtempSync(join(tmpdir(), 'toolbox-b-'))];
    open.push(database, dirA, dirB);
    const a = await createTestApp({ engine: 'postgres', database, dataDir: dirA });
    const b = await createTestApp({ engine: 'postgres', database, dataDir: dirB });
    open.push(a, b);
    const dev = await login(a.app, 'dev');
    expect((await publishApp(a.app, dev.headers, 'race-app')).statusCode).toBe(201);
    const [r1, r2] = await Promise.all([
      publishApp(a.app, dev.headers, 'race-app', { version: '1.1.0' }),
      publishApp(b.app, dev.headers, 'race-app', { version: '1.1.0' }),
    ]);
    expect([r1.statusCode, r2.statusCode].sort()).toEqual([201, 409]);
    const versions = await a.app.db.selectFrom('versions').select('version').where('app_id', '=', 'race-app').execute();
    expect(versions.map((v) => v.version).sort()).toEqual(['1.0.0', '1.1.0']);
    const winner = r1.statusCode === 201 ? a : b;
    // Pending review: its owner's session gets its files.
    const served = await winner.app.inject({ url: '/bundles/race-app/1.1.0/toolbox.manifest.json', headers: dev.headers });
    expect(served.json().version).toBe('1.1.0');
  });
});
