import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { testEngines } from './helpers/engines.ts';
import { catalog } from './helpers/catalog.ts';
import { appPerTest, signedInPerTest } from './helpers/appPerTest.ts';
import { bearer, login } from './helpers/login.ts';
import { appFiles, makeManifest, publishApp, publishArchive, tgzOf, zipOf, publishExternal } from './helpers/bundles.ts';

describe.each(testEngines)('publish and catalog (%s)', (engine) => {
  const t = appPerTest({ engine });
  const [dev] = signedInPerTest(t, 'dev');

  it('publishes a .tgz with a bearer token: the app is registered, owned by the publisher, and in the catalog', async () => {
    const token = await bearer(t.app, dev);
    const res = await publishApp(t.app, token, 'visit-log', { visibility: { units: ['huayanglu'] } });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.version).toMatchObject({ version: '1.0.0', kind: 'bundle', current: true });
    expect(body.url).toBe(`http://localhost:80/bundles/visit-log/1.0.0/remoteEntry.js`);
    expect(body.app).toMatchObject({ id: 'visit-log', status: 'active', currentVersion: '1.0.0', owner: { userId: dev.user.id, unit: 'ops-centre', unitName: '区城运中心' } });

    const staff = await login(t.app, 'staff'); // 华阳路街道 → 华阳居委会: inside
    const staff2 = await login(t.app, 'staff2'); // 新泾镇: outside
    const items = await catalog(t, staff);
    expect(items.map((i) => i.id)).toEqual(['visit-log']);
    const item = items[0]!;
    expect(item).toMatchObject({
      id: 'visit-log',
      name: { 'zh-CN': '测试应用 visit-log', en: 'Test app visit-log' },
      status: 'active',
      version: '1.0.0',
      entry: 'http://toolbox.test:4173/bundles/visit-log/1.0.0/remoteEntry.js',
      icon: 'http://toolbox.test:4173/bundles/visit-log/1.0.0/icon.svg',
      owner: { unit: 'ops-centre', unitName: '区城运中心' },
      sdk: '^1.0.0',
      previous: [],
    });
    const entryBytes = appFiles(makeManifest('visit-log'))['remoteEntry.js']!;
    expect(item.integrity).toBe(`sha256-${createHash('sha256').update(entryBytes).digest('base64')}`);
    expect(await catalog(t, staff2)).toEqual([]);

    const audit = await t.app.db.selectFrom('audit_log').select(['action', 'actor_username', 'app_id']).orderBy('id').execute();
    expect(audit).toEqual([
      { action: 'app.register', actor_username: 'dev', app_id: 'visit-log' },
      { action: 'version.publish', actor_username: 'dev', app_id: 'visit-log' },
    ]);
  });

  it('publishes a .zip, and a dist/ folder inside the archive', async () => {
    const zip = await zipOf(appFiles(makeManifest('zip-app')));
    expect((await publishArchive(t.app, dev.headers, 'zip-app', zip, 'dist.zip')).statusCode).toBe(201);
    const nested = tgzOf(appFiles(makeManifest('nested-app')), 'dist/');
    expect((await publishArchive(t.app, dev.headers, 'nested-app', nested)).statusCode).toBe(201);
    const admin = await login(t.app, 'admin');
    expect((await catalog(t, admin)).map((i) => i.id).sort()).toEqual(['nested-app', 'zip-app']);
  });

  it('publishes an app deployed elsewhere as JSON {manifest, entry}: no integrity, entry kept as is', async () => {
    const manifest = makeManifest('far-app', { icon: 'icon.png', visibility: { roles: ['staff'] } });
    const res = await publishExternal(t.app, dev.headers, 'far-app', manifest, 'https://apps.example.cn/far/remoteEntry.js');
    expect(res.statusCode).toBe(201);
    expect(res.json().url).toBe('https://apps.example.cn/far/remoteEntry.js');
    const staff = await login(t.app, 'staff');
    const [item] = await catalog(t, staff);
    expect(item).toMatchObject({ id: 'far-app', entry: 'https://apps.example.cn/far/remoteEntry.js', icon: 'https://apps.example.cn/far/icon.png' });
    expect(item!.integrity).toBeUndefined();
    // visibility.roles: staff only.
    expect(await catalog(t, dev)).toEqual([]);
  });

  it('serves published files byte-identical, with immutable caching, CORS and the right content types', async () => {
    const files = appFiles(makeManifest('files-app'));
    await publishApp(t.app, dev.headers, 'files-app');
    // publishApp builds its own files (random blob): publish our exact bytes as 1.0.1 to compare.
    const exact = appFiles(makeManifest('files-app', { version: '1.0.1' }));
    expect((await publishArchive(t.app, dev.headers, 'files-app', tgzOf(exact))).statusCode).toBe(201);
    const types: Record<string, RegExp> = {
      'remoteEntry.js': /^text\/javascript/,
      'assets/chunk-1.js': /^text\/javascript/,
      'icon.svg': /^image\/svg\+xml/,
      'toolbox.manifest.json': /^application\/json/,
      'assets/blob.wasm': /^application\/wasm/,
    };
    for (const [path, type] of Object.entries(types)) {
      const res = await t.app.inject({ url: `/bundles/files-app/1.0.1/${path}` });
      expect(res.statusCode, path).toBe(200);
      expect(res.rawPayload.equals(exact[path]!), path).toBe(true);
      expect(res.headers['content-type']).toMatch(type);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.headers['access-control-allow-origin']).toBe('*');
      const again = await t.app.inject({ url: `/bundles/files-app/1.0.1/${path}`, headers: { 'if-none-match': String(res.headers.etag) } });
      expect(again.statusCode).toBe(304);
    }
    expect(files['remoteEntry.js']).toBeDefined();
    const missing = await t.app.inject({ url: '/bundles/files-app/1.0.1/nope.js' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('TOOLBOX_FILE_NOT_FOUND');
    expect((await t.app.inject({ url: '/bundles/files-app/9.9.9/remoteEntry.js' })).json().code).toBe('TOOLBOX_FILE_NOT_FOUND');
    expect((await t.app.inject({ url: '/bundles/files-app/1.0.1/a/..%2f..%2f1.0.0%2fremoteEntry.js' })).statusCode).toBe(404);
  });

  it('rolls back: the catalog then lists the earlier version, and previous versions newest first', async () => {
    for (const version of ['1.0.0', '1.1.0', '1.2.0']) {
      expect((await publishApp(t.app, dev.headers, 'roll-app', { version })).statusCode).toBe(201);
    }
    const admin = await login(t.app, 'admin');
    let [item] = await catalog(t, admin);
    expect(item!.version).toBe('1.2.0');
    expect(item!.previous.map((p) => p.version)).toEqual(['1.1.0', '1.0.0']);

    const res = await t.app.inject({ method: 'POST', url: '/api/apps/roll-app/rollback', headers: dev.headers, payload: { version: '1.1.0' } });
    expect(res.statusCode).toBe(200);
    expect(res.json().currentVersion).toBe('1.1.0');
    [item] = await catalog(t, admin);
    expect(item!.version).toBe('1.1.0');
    expect(item!.entry).toContain('/bundles/roll-app/1.1.0/remoteEntry.js');
    expect(item!.previous.map((p) => p.version)).toEqual(['1.0.0']);

    const versions = await t.app.inject({ url: '/api/apps/roll-app/versions', headers: dev.headers });
    expect(versions.json().items.map((v: { version: string; current: boolean }) => [v.version, v.current])).toEqual([
      ['1.2.0', false],
      ['1.1.0', true],
      ['1.0.0', false],
    ]);
    const unknown = await t.app.inject({ method: 'POST', url: '/api/apps/roll-app/rollback', headers: dev.headers, payload: { version: '3.0.0' } });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('TOOLBOX_VERSION_NOT_FOUND');
    const audit = await t.app.inject({ url: '/api/audit?action=version.rollback', headers: admin.headers });
    expect(audit.json().items).toMatchObject([{ action: 'version.rollback', app: 'roll-app', actor: { username: 'dev' }, details: { from: '1.2.0', to: '1.1.0' } }]);
  });

  it('answers a publish with the new app while catalog reads run at the same time', async () => {
    const staff = await login(t.app, 'staff');
    for (let i = 0; i < 5; i++) {
      const reads = Array.from({ length: 10 }, () => t.app.inject({ url: '/api/catalog', headers: staff.headers }));
      const res = await publishApp(t.app, dev.headers, `busy-app-${i}`);
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().app.id).toBe(`busy-app-${i}`);
      for (const r of await Promise.all(reads)) expect(r.statusCode).toBe(200);
    }
    expect((await catalog(t, staff)).map((i) => i.id)).toHaveLength(5);
  });

  it('lets exactly one of two simultaneous publishes of one version win, with its own files', async () => {
    const [a, b] = await Promise.all([publishApp(t.app, dev.headers, 'twin-app'), publishApp(t.app, dev.headers, 'twin-app')]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    const winner = (a.statusCode === 201 ? a : b).json();
    // The stored blob is the winner's (each publish has a random one): compare its recorded hash with the served bytes.
    const served = await t.app.inject({ url: '/bundles/twin-app/1.0.0/assets/blob.wasm' });
    expect(createHash('sha256').update(served.rawPayload).digest('hex')).toBe(winner.version.files['assets/blob.wasm']);
  });

  it('updates the descriptive fields from each published manifest', async () => {
    await publishApp(t.app, dev.headers, 'rename-app');
    await publishApp(t.app, dev.headers, 'rename-app', { version: '1.0.1', name: { 'zh-CN': '新名字' }, category: '党建' });
    const res = await t.app.inject({ url: '/api/apps/rename-app', headers: dev.headers });
    expect(res.json()).toMatchObject({ name: { 'zh-CN': '新名字' }, category: '党建', currentVersion: '1.0.1' });
  });

  it('registers with POST /api/apps and edits with PATCH; only an admin sets annualCost', async () => {
    const create = await t.app.inject({
      method: 'POST',
      url: '/api/apps',
      headers: dev.headers,
      payload: { ...makeManifest('reg-app'), extraField: 'ignored' },
    });
    expect(create.statusCode).toBe(201);
    expect(create.json()).toMatchObject({ id: 'reg-app', status: 'active', currentVersion: null });
    // Registered but unpublished: not in the catalog.
    expect(await catalog(t, dev)).toEqual([]);
    const again = await t.app.inject({ method: 'POST', url: '/api/apps', headers: dev.headers, payload: makeManifest('reg-app') });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('TOOLBOX_APP_EXISTS');
    const badUnit = await t.app.inject({ method: 'POST', url: '/api/apps', headers: dev.headers, payload: makeManifest('x-app', { owner: { unit: 'atlantis', contact: 'x' } }) });
    expect(badUnit.statusCode).toBe(400);
    expect(badUnit.json()).toMatchObject({ code: 'TOOLBOX_UNIT_NOT_FOUND', message: expect.stringContaining('owner/unit') });

    const patch = await t.app.inject({ method: 'PATCH', url: '/api/apps/reg-app', headers: dev.headers, payload: { category: '城市管理' } });
    expect(patch.statusCode).toBe(200);
    expect(patch.json().category).toBe('城市管理');
    const cost = await t.app.inject({ method: 'PATCH', url: '/api/apps/reg-app', headers: dev.headers, payload: { annualCost: 1000 } });
    expect(cost.statusCode).toBe(403);
    const admin = await login(t.app, 'admin');
    const adminCost = await t.app.inject({ method: 'PATCH', url: '/api/apps/reg-app', headers: admin.headers, payload: { annualCost: 12000.5, reason: '2026 年运维合同' } });
    expect(adminCost.json().annualCost).toBe(12000.5);
    const audit = (await t.app.inject({ url: '/api/audit?app=reg-app&action=app.update&actor=admin', headers: admin.headers })).json().items;
    expect(audit[0]).toMatchObject({ actor: { username: 'admin', name: '陈管理' }, reason: '2026 年运维合同', details: { annualCost: 12000.5, before: null } });
    const row = await t.app.db.selectFrom('apps').select('annual_cost').where('id', '=', 'reg-app').executeTakeFirstOrThrow();
    expect(Number(row.annual_cost)).toBe(12000.5);
    const list = await t.app.inject({ url: '/api/apps', headers: (await login(t.app, 'staff')).headers });
    expect(list.json().items.map((a: { id: string }) => a.id)).toEqual(['reg-app']);
  });
});
