import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest } from '@toolbox/sdk';
import { testEngines } from './helpers/engines.ts';
import { catalog } from './helpers/catalog.ts';
import { countRows } from './helpers/counts.ts';
import { appPerTest, signedInPerTest } from './helpers/appPerTest.ts';
import type { TestApp } from './helpers/createTestApp.ts';
import { login, type Session } from './helpers/login.ts';
import { withOldAppUpgraded } from './helpers/withUpgradedApp.ts';
import { makeManifest, publishApp, publishExternal } from './helpers/bundles.ts';

const collections: Manifest['collections'] = {
  visits: { type: 'object', properties: { who: { type: 'string' } } },
  notes: { type: 'object' },
};

const publishFar = (t: TestApp, s: Session, id: string, overrides: Partial<Manifest>) =>
  publishExternal(t.app, s.headers, id, makeManifest(id, { collections, ...overrides }), `https://apps.example.cn/${id}/remoteEntry.js`);

describe.each(testEngines)('manifest.preloadData (%s)', (engine) => {
  const t = appPerTest({ engine });
  const [dev] = signedInPerTest(t, 'dev');

  it('stores the list and gives it in the catalogue for the current and previous bundle versions', async () => {
    expect((await publishApp(t.app, dev.headers, 'pd-app', { collections, preloadData: ['visits'] })).statusCode).toBe(201);
    expect((await publishApp(t.app, dev.headers, 'pd-app', { version: '1.1.0', collections, preloadData: ['notes', 'visits'] })).statusCode).toBe(201);

    const [item] = await catalog(t, await login(t.app, 'staff'));
    expect(item).toMatchObject({ id: 'pd-app', version: '1.1.0', preloadData: ['notes', 'visits'] });
    expect(item!.previous).toEqual([expect.objectContaining({ version: '1.0.0', preloadData: ['visits'] })]);
    const stored = await t.app.db.selectFrom('versions').select(['version', 'preload_data']).orderBy('version').execute();
    expect(stored).toEqual([
      { version: '1.0.0', preload_data: '["visits"]' },
      { version: '1.1.0', preload_data: '["notes","visits"]' },
    ]);
  });

  it('gives no field for versions that name no collections or an empty list, and follows a rollback', async () => {
    expect((await publishApp(t.app, dev.headers, 'pd-app', { collections })).statusCode).toBe(201);
    expect((await publishApp(t.app, dev.headers, 'pd-app', { version: '1.1.0', collections, preloadData: [] })).statusCode).toBe(201);
    expect((await publishApp(t.app, dev.headers, 'pd-app', { version: '1.2.0', collections, preloadData: ['visits'] })).statusCode).toBe(201);

    const admin = await login(t.app, 'admin');
    const [item] = await catalog(t, admin);
    expect(item!.preloadData).toEqual(['visits']);
    expect(item!.previous.map((p) => p.version)).toEqual(['1.1.0', '1.0.0']);
    for (const prev of item!.previous) expect('preloadData' in prev, prev.version).toBe(false);
    const stored = await t.app.db.selectFrom('versions').select(['version', 'preload_data']).where('version', '!=', '1.2.0').execute();
    expect(stored.map((r) => r.preload_data)).toEqual([null, null]);

    await t.app.inject({ method: 'POST', url: '/api/apps/pd-app/rollback', headers: dev.headers, payload: { version: '1.1.0' } });
    const [rolled] = await catalog(t, admin);
    expect(rolled!.version).toBe('1.1.0');
    expect('preloadData' in rolled!).toBe(false);
  });

  it('keeps the list for an app deployed elsewhere, whose data API is still ours', async () => {
    expect((await publishFar(t, dev, 'far-app', { preloadData: ['visits'] })).statusCode).toBe(201);
    expect((await publishFar(t, dev, 'far-app', { version: '1.1.0' })).statusCode).toBe(201);
    expect((await publishFar(t, dev, 'far-app', { version: '1.2.0', preloadData: ['notes'] })).statusCode).toBe(201);

    const [item] = await catalog(t, await login(t.app, 'admin'));
    expect(item).toMatchObject({ id: 'far-app', version: '1.2.0', entry: 'https://apps.example.cn/far-app/remoteEntry.js', preloadData: ['notes'] });
    expect(item!.previous).toEqual([
      { version: '1.1.0', entry: 'https://apps.example.cn/far-app/remoteEntry.js', sdk: '^1.0.0' },
      { version: '1.0.0', entry: 'https://apps.example.cn/far-app/remoteEntry.js', sdk: '^1.0.0', preloadData: ['visits'] },
    ]);
  });

  describe.each([
    ['a bundle', (id: string, m: Partial<Manifest>) => publishApp(t.app, dev.headers, id, { collections, ...m })],
    ['an external registration', (id: string, m: Partial<Manifest>) => publishFar(t, dev, id, m)],
  ] as const)('refusing a collection the manifest does not declare, in %s', (_kind, publish) => {
    it('answers 400 TOOLBOX_MANIFEST_INVALID naming the item and the value, and registers nothing', async () => {
      const admin = await login(t.app, 'admin');
      const before = { rows: await countRows(t.app), items: await catalog(t, admin) };
      const res = await publish('bad-pd', { collections, preloadData: ['visits', 'vists'] });
      expect(res.json()).toEqual({
        statusCode: 400,
        code: 'TOOLBOX_MANIFEST_INVALID',
        error: 'Bad Request',
        message: 'Invalid manifest: manifest/preloadData/1 "vists" is not a collection of this app: must be one of visits, notes',
      });
      expect(await countRows(t.app)).toEqual(before.rows);
      expect(await catalog(t, admin)).toEqual(before.items);
      expect(existsSync(join(t.dataDir, 'bad-pd'))).toBe(false);
    });

    it('says so when the manifest declares no collections at all', async () => {
      const res = await publish('bad-pd', { collections: undefined, preloadData: ['visits'] });
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('TOOLBOX_MANIFEST_INVALID');
      expect(res.json().message).toContain('manifest/preloadData/0 "visits" is not a collection of this app');
      expect(await t.app.db.selectFrom('apps').select('id').where('id', '=', 'bad-pd').execute()).toEqual([]);
    });

    it('keeps the earlier version current when a later one names an unknown collection', async () => {
      expect((await publish('keep-pd', { preloadData: ['visits'] })).statusCode).toBe(201);
      const admin = await login(t.app, 'admin');
      const before = { rows: await countRows(t.app), items: await catalog(t, admin) };
      // The collection was dropped from the manifest but not from the list.
      const res = await publish('keep-pd', { version: '2.0.0', collections: { notes: { type: 'object' } }, preloadData: ['visits'] });
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('TOOLBOX_MANIFEST_INVALID');
      expect(res.json().message).toBe('Invalid manifest: manifest/preloadData/0 "visits" is not a collection of this app: must be one of notes');
      expect(await countRows(t.app)).toEqual(before.rows);
      const after = await catalog(t, admin);
      expect(after).toEqual(before.items);
      expect(after[0]).toMatchObject({ id: 'keep-pd', version: '1.0.0', preloadData: ['visits'] });
      expect(existsSync(join(t.dataDir, 'keep-pd', '2.0.0'))).toBe(false);
    });
  });

  it('leaves the schema part to the SDK schema: duplicates, bad names and more than 8 are refused by path', async () => {
    const many = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`c${i}`, { type: 'object' }]));
    for (const [preloadData, path, extra] of [
      [['visits', 'visits'], 'manifest/preloadData', {}],
      [['Visits'], 'manifest/preloadData/0', {}],
      [Object.keys(many), 'manifest/preloadData', { collections: many }],
    ] as const) {
      const res = await publishApp(t.app, dev.headers, 'bad-pd', { collections, ...extra, preloadData: [...preloadData] });
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('TOOLBOX_MANIFEST_INVALID');
      expect(res.json().message).toContain(path);
    }
    expect(await t.app.db.selectFrom('apps').select('id').where('id', '=', 'bad-pd').execute()).toEqual([]);
  });
});

describe.each(testEngines)('upgrading a database from before preloadData (%s)', (engine) => {
  it('adds the column to a database that ran every other migration, and its versions keep working without the field', async () => {
    // The previous release: no preload_data column, migration 002 never run (001, 100… and 101… have).
    const upgrade = { column: 'preload_data', migration: '002_version_preload_data', field: 'preloadData', manifest: { collections } };
    await withOldAppUpgraded(engine, upgrade, async (after, { admin, dev }) => {
      const res = await publishApp(after.app, dev.headers, 'old-app', { version: '1.1.0', collections, preloadData: ['visits'] });
      expect(res.statusCode).toBe(201);
      const [next] = await catalog(after, admin);
      expect(next!.preloadData).toEqual(['visits']);
      expect('preloadData' in next!.previous[0]!).toBe(false);
    });
  });
});
