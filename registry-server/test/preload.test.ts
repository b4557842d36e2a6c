import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest } from '@toolbox/sdk';
import { testEngines } from './helpers/engines.ts';
import { catalog } from './helpers/catalog.ts';
import { appPerTest, signedInPerTest } from './helpers/appPerTest.ts';
import type { TestApp } from './helpers/createTestApp.ts';
import { login } from './helpers/login.ts';
import { withOldAppUpgraded } from './helpers/withUpgradedApp.ts';
import { appFiles, makeManifest, publishApp, publishArchive, tgzOf, publishExternal } from './helpers/bundles.ts';

const ORIGIN = 'http://toolbox.test:4173';

/** A bundle whose manifest lists `preload`, with two more chunks and a stylesheet to point at. */
function preloadBundle(id: string, preload: string[], overrides: Partial<Manifest> = {}): Buffer {
  const extra = { 'assets/app-x1.js': 'export const x = 1;\n', 'assets/app-x1.css': '.x{color:red}\n', 'assets/lazy.js': 'export {};\n' };
  return tgzOf(appFiles(makeManifest(id, { preload, ...overrides }), { extra }));
}

describe.each(testEngines)('manifest.preload (%s)', (engine) => {
  const t = appPerTest({ engine });
  const [dev] = signedInPerTest(t, 'dev');

  it('stores a valid list and gives it in the catalogue as absolute URLs, for the current and previous versions', async () => {
    const v1 = preloadBundle('pre-app', ['assets/chunk-1.js'], { version: '1.0.0' });
    expect((await publishArchive(t.app, dev.headers, 'pre-app', v1)).statusCode).toBe(201);
    // `./` is dropped, as for the entry.
    const v2 = preloadBundle('pre-app', ['./assets/app-x1.js', 'assets/app-x1.css'], { version: '1.1.0' });
    expect((await publishArchive(t.app, dev.headers, 'pre-app', v2)).statusCode).toBe(201);

    const staff = await login(t.app, 'staff');
    const [item] = await catalog(t, staff);
    expect(item!.version).toBe('1.1.0');
    expect(item!.preload).toEqual([`${ORIGIN}/bundles/pre-app/1.1.0/assets/app-x1.js`, `${ORIGIN}/bundles/pre-app/1.1.0/assets/app-x1.css`]);
    expect(item!.previous).toEqual([
      expect.objectContaining({ version: '1.0.0', preload: [`${ORIGIN}/bundles/pre-app/1.0.0/assets/chunk-1.js`] }),
    ]);
    // Every URL is served.
    for (const url of [...item!.preload!, ...item!.previous[0]!.preload!]) {
      const res = await t.app.inject({ url: url.slice(ORIGIN.length) });
      expect(res.statusCode, url).toBe(200);
    }
    const stored = await t.app.db.selectFrom('versions').select(['version', 'preload']).orderBy('version').execute();
    expect(stored).toEqual([
      { version: '1.0.0', preload: '["assets/chunk-1.js"]' },
      { version: '1.1.0', preload: '["assets/app-x1.js","assets/app-x1.css"]' },
    ]);
  });

  it('keeps an empty list (nothing to fetch besides the entry) apart from no list', async () => {
    expect((await publishArchive(t.app, dev.headers, 'empty-pre', preloadBundle('empty-pre', []))).statusCode).toBe(201);
    const [item] = await catalog(t, await login(t.app, 'admin'));
    expect(item!.preload).toEqual([]);
  });

  it('gives no preload field for versions published without the list, nor for apps deployed elsewhere', async () => {
    expect((await publishApp(t.app, dev.headers, 'plain-app')).statusCode).toBe(201);
    expect((await publishArchive(t.app, dev.headers, 'plain-app', preloadBundle('plain-app', ['assets/lazy.js'], { version: '1.1.0' }))).statusCode).toBe(201);
    // An app deployed elsewhere: its paths would not be ours to vouch for, so the list is not kept.
    const far = await publishExternal(t.app, dev.headers, 'far-app', makeManifest('far-app', { preload: ['assets/a.js'] }), 'https://apps.example.cn/far/remoteEntry.js');
    expect(far.statusCode).toBe(201);

    const admin = await login(t.app, 'admin');
    const items = await catalog(t, admin);
    const plain = items.find((i) => i.id === 'plain-app')!;
    expect(plain.preload).toEqual([`${ORIGIN}/bundles/plain-app/1.1.0/assets/lazy.js`]);
    expect(plain.previous).toHaveLength(1);
    expect('preload' in plain.previous[0]!).toBe(false);
    const farItem = items.find((i) => i.id === 'far-app')!;
    expect('preload' in farItem).toBe(false);
    expect((await t.app.db.selectFrom('versions').select('preload').where('app_id', '=', 'far-app').executeTakeFirstOrThrow()).preload).toBeNull();

    // Rolled back to the version without a list: the field goes.
    await t.app.inject({ method: 'POST', url: '/api/apps/plain-app/rollback', headers: dev.headers, payload: { version: '1.0.0' } });
    const [rolled] = (await catalog(t, admin)).filter((i) => i.id === 'plain-app');
    expect(rolled!.version).toBe('1.0.0');
    expect('preload' in rolled!).toBe(false);
  });

  it.each([
    [['assets/chunk-1.js', 'assets/x.js'], 'manifest/preload[1]: assets/x.js is not in the bundle'],
    [['remoteEntry.js'], 'manifest/preload[0]: remoteEntry.js is the entry, which the host loads anyway'],
    [['./remoteEntry.js'], 'manifest/preload[0]: ./remoteEntry.js is the entry, which the host loads anyway'],
    [['assets/../../other-app/1.0.0/x.js'], 'manifest/preload[0]: assets/../../other-app/1.0.0/x.js is unsafe (path goes up with ..)'],
    [['assets/chunk-1.js', './assets/chunk-1.js'], 'manifest/preload[1]: ./assets/chunk-1.js is listed twice'],
  ])('refuses preload %j with TOOLBOX_PRELOAD_INVALID and stores nothing', async (preload, message) => {
    const res = await publishArchive(t.app, dev.headers, 'bad-pre', preloadBundle('bad-pre', preload));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ statusCode: 400, code: 'TOOLBOX_PRELOAD_INVALID', error: 'Bad Request', message });
    await expectNothingStored(t, 'bad-pre');
  });

  it('refuses a list the schema forbids (absolute path, not JS or CSS) with TOOLBOX_MANIFEST_INVALID naming the item', async () => {
    for (const bad of ['/assets/chunk-1.js', 'icon.svg']) {
      const res = await publishArchive(t.app, dev.headers, 'bad-pre', preloadBundle('bad-pre', [bad]));
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('TOOLBOX_MANIFEST_INVALID');
      expect(res.json().message).toContain('manifest/preload/0');
    }
    await expectNothingStored(t, 'bad-pre');
  });

  it('refuses a bad list on a later version and keeps the earlier one current and served', async () => {
    expect((await publishApp(t.app, dev.headers, 'keep-app')).statusCode).toBe(201);
    const res = await publishArchive(t.app, dev.headers, 'keep-app', preloadBundle('keep-app', ['nope.js'], { version: '2.0.0' }));
    expect(res.json().code).toBe('TOOLBOX_PRELOAD_INVALID');
    expect(existsSync(join(t.dataDir, 'keep-app', '2.0.0'))).toBe(false);
    const versions = await t.app.db.selectFrom('versions').select('version').where('app_id', '=', 'keep-app').execute();
    expect(versions).toEqual([{ version: '1.0.0' }]);
    expect((await t.app.inject({ url: '/bundles/keep-app/1.0.0/remoteEntry.js' })).statusCode).toBe(200);
  });
});

async function expectNothingStored(t: TestApp, appId: string): Promise<void> {
  expect(await t.app.db.selectFrom('versions').select('version').where('app_id', '=', appId).execute()).toEqual([]);
  expect(await t.app.db.selectFrom('apps').select('id').where('id', '=', appId).execute()).toEqual([]);
  expect(await t.app.db.selectFrom('audit_log').select('id').where('app_id', '=', appId).execute()).toEqual([]);
  expect(existsSync(join(t.dataDir, appId))).toBe(false);
}

describe.each(testEngines)('upgrading a database from before preload (%s)', (engine) => {
  it('adds the column to a database that ran the later migrations, and its versions keep working without the field', async () => {
    // The previous release: no preload column, migration 001 never run (100… and 101… have).
    const upgrade = { column: 'preload', migration: '001_version_preload', field: 'preload' };
    await withOldAppUpgraded(engine, upgrade, async (after, { admin, dev }) => {
      expect((await after.app.inject({ url: '/bundles/old-app/1.0.0/remoteEntry.js' })).statusCode).toBe(200);
      const res = await publishArchive(after.app, dev.headers, 'old-app', preloadBundle('old-app', ['assets/lazy.js'], { version: '1.1.0' }));
      expect(res.statusCode).toBe(201);
      expect((await catalog(after, admin))[0]!.preload).toEqual([`${ORIGIN}/bundles/old-app/1.1.0/assets/lazy.js`]);
    });
  });
});
