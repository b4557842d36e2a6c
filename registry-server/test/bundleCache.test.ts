import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CatalogStore } from '../src/catalog/CatalogStore.ts';
import { testEngines } from './helpers/engines.ts';
import { createTestApp, type TestApp } from './helpers/createTestApp.ts';
import { login, type Session } from './helpers/login.ts';
import { appFiles, makeManifest, publishArchive, tgzOf } from './helpers/bundles.ts';
import { removeStoredFile } from './helpers/storedFiles.ts';
import { until } from './helpers/until.ts';
import { catalogListenerOf } from '../src/serving/CatalogListener.ts';

const CHUNK = 'assets/chunk-1.js';

/**
 * Small published files are sent from memory. These tests delete the stored file (on disk, or its row on PostgreSQL)
 * after the first request, so a 200 afterwards proves the answer came from memory, and a 404/410 proves the catalogue was asked first.
 */
describe.each(testEngines)('bundle files from memory (%s)', (engine) => {
  let t: TestApp;
  let dev: Session;
  let admin: Session;
  let files: Record<string, Buffer>;
  beforeEach(async () => {
    t = await createTestApp({ engine });
    dev = await login(t.app, 'dev');
    admin = await login(t.app, 'admin');
    files = appFiles(makeManifest('mem-app'));
    expect((await publishArchive(t.app, dev.headers, 'mem-app', tgzOf(files))).statusCode).toBe(201);
  });
  afterEach(async () => t.close());

  async function getChunk(app = t.app, version = '1.0.0') {
    return app.inject({ url: `/bundles/mem-app/${version}/${CHUNK}` });
  }

  /** Serves the chunk once (filling the cache), then removes it from the store. */
  async function cacheThenDeleteStored(): Promise<void> {
    const first = await getChunk();
    expect(first.statusCode).toBe(200);
    await removeStoredFile(t.app, 'mem-app', '1.0.0', CHUNK);
    const again = await getChunk();
    expect(again.statusCode).toBe(200);
    expect(again.rawPayload.equals(files[CHUNK]!)).toBe(true);
    expect(again.headers).toMatchObject({
      'cache-control': 'public, max-age=31536000, immutable',
      'access-control-allow-origin': '*',
      'cross-origin-resource-policy': 'cross-origin',
      'x-content-type-options': 'nosniff',
      'content-type': 'text/javascript; charset=utf-8',
      etag: first.headers.etag,
    });
    expect((await t.app.inject({ url: `/bundles/mem-app/1.0.0/${CHUNK}`, headers: { 'if-none-match': String(first.headers.etag) } })).statusCode).toBe(304);
  }

  it('never serves a retired app from memory, and serves it again once restored', async () => {
    await cacheThenDeleteStored();
    expect((await t.app.inject({ method: 'POST', url: '/api/apps/mem-app/retire', headers: admin.headers, payload: { reason: '下线' } })).statusCode).toBe(200);
    const retired = await getChunk();
    expect(retired.statusCode).toBe(410);
    expect(retired.json().code).toBe('TOOLBOX_APP_RETIRED');
    // Retiring freed the memory: restored, the file is looked for in the store again (and is gone there).
    expect((await t.app.inject({ method: 'POST', url: '/api/apps/mem-app/restore', headers: admin.headers, payload: { reason: '恢复' } })).statusCode).toBe(200);
    expect((await getChunk()).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/bundles/mem-app/1.0.0/remoteEntry.js' })).statusCode).toBe(200);
  });

  it('never serves from memory an app whose retireOn has come (no write marks it)', async () => {
    t.clock.set('2026-03-02T09:00:00+08:00');
    expect((await t.app.inject({ method: 'POST', url: '/api/apps/mem-app/deprecate', headers: admin.headers, payload: { retireOn: '2026-04-01', reason: '到期' } })).statusCode).toBe(200);
    await cacheThenDeleteStored();
    t.clock.set('2026-04-01T00:01:00+08:00');
    expect((await getChunk()).statusCode).toBe(410);
  });

  it('never serves from memory a version that was removed, nor old bytes once the version holds new ones', async () => {
    await cacheThenDeleteStored();
    // An operator removes the version (there is no route for it): its row, its files, and the catalogue bump.
    await t.app.db.transaction().execute(async (trx) => {
      await trx.updateTable('apps').set({ current_version: null }).where('id', '=', 'mem-app').execute();
      await trx.deleteFrom('versions').where('app_id', '=', 'mem-app').execute();
      await CatalogStore.bump(trx);
    });
    // The file store keeps the folder (a row's cascade takes the files on PostgreSQL).
    rmSync(join(t.dataDir, 'mem-app', '1.0.0'), { recursive: true, force: true });
    const gone = await getChunk();
    expect(gone.statusCode).toBe(404);
    expect(gone.json().code).toBe('TOOLBOX_FILE_NOT_FOUND');

    // Published again under the same number with other bytes: the new bytes are served.
    const other = appFiles(makeManifest('mem-app'), { extra: { [CHUNK]: 'export default () => "第二版";\n' } });
    expect((await publishArchive(t.app, dev.headers, 'mem-app', tgzOf(other))).statusCode).toBe(201);
    const fresh = await getChunk();
    expect(fresh.statusCode).toBe(200);
    expect(fresh.body).toContain('第二版');
  });

  // SQLite: the generation is read from the one file on every request, so the next request refuses. PostgreSQL: the
  // retirement's NOTIFY reaches this instance at commit, so it refuses within the time a notification takes to arrive
  // (test/catalogListener.test.ts covers the listener's loss and return).
  it('stops serving from memory an app another instance retired (at once on SQLite, within a NOTIFY on PostgreSQL)', async () => {
    const second = await createTestApp({ engine, database: t.database, dataDir: t.dataDir, clock: t.clock });
    try {
      await cacheThenDeleteStored();
      const listener = catalogListenerOf(t.app.db);
      if (engine === 'postgres') await until(() => listener?.isListening === true, 'the catalogue listener is up');
      const admin2 = await login(second.app, 'admin');
      expect((await second.app.inject({ method: 'POST', url: '/api/apps/mem-app/retire', headers: admin2.headers, payload: { reason: '下线' } })).statusCode).toBe(200);
      if (engine === 'postgres') await until(async () => (await getChunk()).statusCode === 410, 'the retirement counts on the other instance');
      const refused = await getChunk();
      expect(refused.statusCode).toBe(410);
      expect(refused.json().code).toBe('TOOLBOX_APP_RETIRED');
    } finally {
      await second.app.close();
    }
  });

  it('keeps nothing in memory when bundleCacheBytes is 0', async () => {
    const bare = await createTestApp({ engine, database: t.database, dataDir: mkdtempSync(join(tmpdir(), 'toolbox-nocache-')), limits: { bundleCacheBytes: 0 } });
    try {
      const devB = await login(bare.app, 'dev');
      const v2 = appFiles(makeManifest('mem-app', { version: '2.0.0' }));
      expect((await publishArchive(bare.app, devB.headers, 'mem-app', tgzOf(v2))).statusCode).toBe(201);
      expect((await getChunk(bare.app, '2.0.0')).statusCode).toBe(200);
      await removeStoredFile(bare.app, 'mem-app', '2.0.0', CHUNK);
      expect((await getChunk(bare.app, '2.0.0')).statusCode).toBe(404);
    } finally {
      await bare.app.close();
      rmSync(bare.dataDir, { recursive: true, force: true });
    }
  });
});
