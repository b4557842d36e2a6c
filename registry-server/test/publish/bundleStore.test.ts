// Issue 13: on PostgreSQL the published files live in the database, so an instance needs no shared volume; SQLite
// keeps the file store. These tests reach behind the server (the table, the data dir) to check where files are.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appFiles, makeManifest, publishArchive, tgzOf } from '../helpers/bundles.ts';
import { closeAfterEach } from '../helpers/closeAfterEach.ts';
import { createTestApp, type TestApp } from '../helpers/createTestApp.ts';
import { createTestDatabase, testEngines, type TestDatabase } from '../helpers/engines.ts';
import { login } from '../helpers/login.ts';
import { storedPaths } from '../helpers/storedFiles.ts';

const sha256 = (body: Buffer) => createHash('sha256').update(body).digest('hex');

describe.each(testEngines)('the bundle store (%s)', (engine) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('serves a file bigger than a part in full, streamed, with its length, and the review diff gives its size', async () => {
    t = await createTestApp({ engine, trustedUnits: [] });
    const big = randomBytes(2.5 * 1024 * 1024);
    const files = appFiles(makeManifest('big-app'), { extra: { 'assets/big.wasm': big } });
    const dev = await login(t.app, 'dev');
    const published = await publishArchive(t.app, dev.headers, 'big-app', tgzOf(files));
    expect(published.statusCode, published.body).toBe(201);
    expect(t.app.bundles.kind).toBe(engine === 'postgres' ? 'database' : 'files');
    if (engine === 'postgres') {
      const parts = await t.app.db.selectFrom('bundle_files').select('part').where('app_id', '=', 'big-app').where('path', '=', 'assets/big.wasm').orderBy('part').execute();
      expect(parts.map((p) => p.part)).toEqual([0, 1, 2]);
    }
    // Pending review: its owner gets the files.
    const res = await t.app.inject({ url: '/bundles/big-app/1.0.0/assets/big.wasm', headers: dev.headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-length']).toBe(String(big.length));
    expect(res.headers['content-type']).toBe('application/wasm');
    expect(sha256(res.rawPayload)).toBe(sha256(big));
    const admin = await login(t.app, 'admin');
    const diff = await t.app.inject({ url: '/api/apps/big-app/versions/1.0.0/diff', headers: admin.headers });
    expect(diff.statusCode, diff.body).toBe(200);
    const added = (diff.json() as { files: { added: { path: string; size: number }[] } }).files.added;
    expect(added.find((f) => f.path === 'assets/big.wasm')?.size).toBe(big.length);
  });
});

describe.runIf(testEngines.includes('postgres'))('bundles in PostgreSQL', () => {
  const open = closeAfterEach();

  async function start(database: TestDatabase): Promise<TestApp> {
    const dataDir = mkdtempSync(join(tmpdir(), 'toolbox-own-'));
    const t = await createTestApp({ engine: 'postgres', database, dataDir, trustedUnits: ['ops-centre'] });
    open.push(dataDir, t);
    return t;
  }

  it('keeps nothing in the data dir: an instance on an empty one serves what another published', async () => {
    const database = await createTestDatabase('postgres');
    open.push(database);
    const a = await start(database);
    const files = appFiles(makeManifest('db-app'));
    expect((await publishArchive(a.app, (await login(a.app, 'dev')).headers, 'db-app', tgzOf(files))).statusCode).toBe(201);
    expect(existsSync(join(a.dataDir, 'db-app'))).toBe(false);
    expect(await storedPaths(a.app, 'db-app', '1.0.0')).toEqual(Object.keys(files).sort());

    const b = await start(database);
    for (const [path, body] of Object.entries(files)) {
      const res = await b.app.inject({ url: `/bundles/db-app/1.0.0/${path}` });
      expect(res.statusCode, path).toBe(200);
      expect(sha256(res.rawPayload), path).toBe(sha256(body));
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.headers.etag).toBe(`"${sha256(body)}"`);
    }
  });

  it('ignores a folder without a row: the publish of that version stores the bytes published', async () => {
    const database = await createTestDatabase('postgres');
    open.push(database);
    const t = await start(database);
    const leftover = join(t.dataDir, 'left-app', '1.0.0');
    mkdirSync(leftover, { recursive: true });
    writeFileSync(join(leftover, 'remoteEntry.js'), 'half a file');
    writeFileSync(join(leftover, 'stale.js'), 'not in the new version');
    const files = appFiles(makeManifest('left-app'));
    expect((await publishArchive(t.app, (await login(t.app, 'dev')).headers, 'left-app', tgzOf(files))).statusCode).toBe(201);
    expect(await storedPaths(t.app, 'left-app', '1.0.0')).not.toContain('stale.js');
    expect((await t.app.inject({ url: '/bundles/left-app/1.0.0/remoteEntry.js' })).body).toBe(files['remoteEntry.js']!.toString());
  });

  it('imports at start-up the folders of versions published before (a row, no stored files), checked against their hashes', async () => {
    const database = await createTestDatabase('postgres');
    open.push(database);
    const before = await start(database);
    const dev = await login(before.app, 'dev');
    const published: Record<string, Record<string, Buffer>> = {};
    for (const id of ['moved-app', 'tampered-app', 'lost-app']) {
      published[id] = appFiles(makeManifest(id));
      expect((await publishArchive(before.app, dev.headers, id, tgzOf(published[id]!))).statusCode).toBe(201);
    }
    // As an older release left them: the rows, and the files in folders of the shared data dir only.
    await before.app.db.deleteFrom('bundle_files').execute();
    const dataDir = mkdtempSync(join(tmpdir(), 'toolbox-legacy-'));
    open.push(dataDir);
    for (const id of ['moved-app', 'tampered-app']) {
      for (const [path, body] of Object.entries(published[id]!)) {
        const file = join(dataDir, id, '1.0.0', path);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, body);
      }
    }
    writeFileSync(join(dataDir, 'tampered-app', '1.0.0', 'remoteEntry.js'), 'alert("changed on disk")');

    const after = await createTestApp({ engine: 'postgres', database, dataDir });
    open.push(after);
    for (const [path, body] of Object.entries(published['moved-app']!)) {
      const res = await after.app.inject({ url: `/bundles/moved-app/1.0.0/${path}` });
      expect(res.statusCode, path).toBe(200);
      expect(sha256(res.rawPayload), path).toBe(sha256(body));
    }
    // All or nothing: a folder with one changed file is not imported, nor is a version whose folder is gone.
    expect(await storedPaths(after.app, 'tampered-app', '1.0.0')).toEqual([]);
    expect((await after.app.inject({ url: '/bundles/tampered-app/1.0.0/icon.svg' })).statusCode).toBe(404);
    expect((await after.app.inject({ url: '/bundles/lost-app/1.0.0/remoteEntry.js' })).statusCode).toBe(404);
    // What the start-up logs: each version it could not import, and why.
    const report = await after.app.bundles.reconcile(new Date());
    expect(report.imported).toEqual([]);
    expect(report.missing.map((m) => m.version).sort()).toEqual(['lost-app/1.0.0', 'tampered-app/1.0.0']);
    expect(report.missing.find((m) => m.version === 'tampered-app/1.0.0')?.reason).toMatch(/remoteEntry\.js.*sha256/);
    // The folder is the operator's: the import leaves it, and the server no longer reads it.
    expect(readFileSync(join(dataDir, 'moved-app', '1.0.0', 'remoteEntry.js'))).toEqual(published['moved-app']!['remoteEntry.js']);
  });
});
