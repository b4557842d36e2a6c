// `pnpm run backup -- <folder>` (node registry-server/dist/backupCli.js) against a real SQLite file that a running
// server holds open: the backup is complete (the record, its photo, the bundles), restores into a server as
// docs/operations.md says, keeps the newest --keep, links what did not change, and refuses what it cannot back up
// without writing anything.
import { cpSync, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { listBackups } from '../src/backup/backup.ts';
import { writeTrustedUnits } from '../src/versionReview/trustedUnits.ts';
import { login, type Session } from './helpers/login.ts';
import { multipart } from './helpers/bundles.ts';
import { serverOnAFile } from './helpers/serverOnAFile.ts';
import { goodRecord, ledgerWithPhotos, publishRuntimeAndForm } from './forms/formSupport.ts';
import { jpegWithGps } from './attachments/photoFixtures.ts';

let staff: Session;
let photo: { id: string; url: string };
let photoBytes: Buffer;

// The server keeps running (and holding the file open) through every backup below: a form app with a record and its
// photo, published by the admin, whose publishes go live without review as in the other form suites.
const server = serverOnAFile('toolbox-backup-', async (app) => {
  await writeTrustedUnits(app.db, ['ops-centre']);
  const admin = await login(app, 'admin');
  staff = await login(app, 'staff');
  await publishRuntimeAndForm(app, admin, ledgerWithPhotos());
  const body = multipart(await jpegWithGps(), 'photo.jpg', 'file');
  const uploaded = await server.app.inject({ method: 'POST', url: '/api/apps/hardship-hy/attachments?field=photos', headers: { ...staff.headers, ...body.headers }, payload: body.payload });
  expect(uploaded.statusCode, uploaded.body).toBe(201);
  photo = uploaded.json();
  photoBytes = (await server.app.inject({ url: photo.url, headers: staff.headers })).rawPayload;
  const created = await server.app.inject({ method: 'POST', url: '/api/apps/hardship-hy/data/records', headers: staff.headers, payload: goodRecord({ photos: [{ id: photo.id }] }) });
  expect(created.statusCode, created.body).toBe(201);
});
const runBackup = (args: string[], env?: Record<string, string>) => server.run('backupCli.js', args, env);

const records = async (app: FastifyInstance, who: Session) =>
  (await app.inject({ url: '/api/apps/hardship-hy/data/records', headers: who.headers })).json<{ items: { data: { name: string } }[] }>().items.map((r) => r.data.name);

describe('pnpm run backup', () => {
  it('copies the database and the data folder while the server runs, and the copy restores: the record, its photo, the bundles', async () => {
    const target = join(server.dir, 'backups');
    const run = runBackup([target]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Backed up .*toolbox\.db \(\d+\.\d MB, quick_check ok\) and .*bundles \(\d+ files, 0 of them hard links/);
    const [name] = await listBackups(target);
    expect(name).toMatch(/^toolbox-\d{4}-\d{2}-\d{2}-\d{6}$/);
    expect(run.stdout).toContain(name);

    // Written after the backup: not in it.
    const later = await server.app.inject({ method: 'POST', url: '/api/apps/hardship-hy/data/records', headers: staff.headers, payload: goodRecord({ name: '张建国' }) });
    expect(later.statusCode, later.body).toBe(201);
    expect(await records(server.app, staff)).toEqual(expect.arrayContaining(['李桂英', '张建国']));

    // Restore as docs/operations.md says: the database file and the files folder in place, then start.
    const restored = join(server.dir, 'restored');
    cpSync(join(target, name!, 'toolbox.db'), join(restored, 'toolbox.db'));
    cpSync(join(target, name!, 'files'), join(restored, 'bundles'), { recursive: true });
    const again = await buildApp({ fetchExternalEntries: false, db: join(restored, 'toolbox.db'), dataDir: join(restored, 'bundles') });
    try {
      const staffAgain = await login(again, 'staff');
      expect(await records(again, staffAgain)).toEqual(['李桂英']);
      const served = await again.inject({ url: photo.url, headers: staffAgain.headers });
      expect(served.statusCode).toBe(200);
      expect(Buffer.compare(served.rawPayload, photoBytes)).toBe(0);
      // The form app is in the catalogue, and the runtime bundle its entry names is served from the restored files.
      const { items } = (await again.inject({ url: '/api/catalog', headers: staffAgain.headers })).json<{ items: { id: string; entry: string }[] }>();
      const entry = new URL(items.find((i) => i.id === 'hardship-hy')!.entry).pathname;
      expect(entry).toMatch(/^\/bundles\/form-runtime\//);
      const served2 = await again.inject({ url: entry, headers: staffAgain.headers });
      expect(served2.statusCode).toBe(200);
      expect(served2.body).toBe(readFileSync(join(server.dataDir, entry.replace('/bundles/', '')), 'utf8'));
    } finally {
      await again.close();
    }
  });

  it('keeps the newest --keep backups, hard-links the files that did not change, and leaves no partial folder', () => {
    const target = join(server.dir, 'rotating');
    // The last as `pnpm run backup -- <folder> --keep 2` passes it on, with the `--`.
    for (const args of [[target, '--keep', '2'], [target, '--keep', '2'], ['--', target, '--keep', '2']]) expect(runBackup(args).status).toBe(0);
    const names = readdirSync(target).sort();
    expect(names).toHaveLength(2);
    expect(names.every((n) => /^toolbox-\d{4}-\d{2}-\d{2}-\d{6}(-\d+)?$/.test(n))).toBe(true);
    const runtimeFiles = join(target, names[1]!, 'files', 'form-runtime');
    const version = readdirSync(runtimeFiles)[0]!;
    const entry = join(runtimeFiles, version, 'remoteEntry.js');
    // The same file in both backups: one inode, two links, no second copy on disk.
    expect(statSync(entry).nlink).toBe(2);
    expect(statSync(entry).ino).toBe(statSync(join(target, names[0]!, 'files', 'form-runtime', version, 'remoteEntry.js')).ino);
  });

  it('refuses PostgreSQL, a missing database and a bad --keep with a message and a non-zero exit, writing nothing', () => {
    const target = join(server.dir, 'refused');
    const postgres = runBackup([target], { TOOLBOX_DB: 'postgres://toolbox@127.0.0.1/toolbox' });
    expect(postgres.status).toBe(1);
    expect(postgres.stderr).toContain('pg_dump');
    const missing = runBackup([target], { TOOLBOX_DB: join(server.dir, 'nowhere.db') });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(`there is no database at ${join(server.dir, 'nowhere.db')}`);
    const keep = runBackup([target, '--keep', 'all']);
    expect(keep.status).toBe(2);
    expect(keep.stderr).toContain('--keep: "all" is not a whole number');
    const noFolder = runBackup([]);
    expect(noFolder.status).toBe(2);
    expect(noFolder.stderr).toContain('usage:');
    expect(existsSync(target)).toBe(false);
  });
});
