import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/createTestApp.ts';
import { createTestDatabase, testEngines, type TestDatabase } from '../helpers/engines.ts';
import { login } from '../helpers/login.ts';
import { appFiles, makeManifest, publishApp, tgzOf } from '../helpers/bundles.ts';
import type { CrashStep } from '../../src/publish/crashPoint.ts';
import pg from 'pg';
import { startServer, type ServerProcess } from './serverProcess.ts';

const APP = 'crash-app';

async function signIn(server: ServerProcess, username: string): Promise<Record<string, string>> {
  const res = await fetch(`${server.origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.origin },
    body: JSON.stringify({ username, password: 'toolbox' }),
  });
  expect(res.status, await res.clone().text()).toBe(200);
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]!, origin: server.origin };
}

async function publish(server: ServerProcess, headers: Record<string, string>, _version: string, files: Record<string, Buffer>): Promise<Response> {
  const form = new FormData();
  form.append('bundle', new Blob([new Uint8Array(tgzOf(files))]), 'bundle.tgz');
  return fetch(`${server.origin}/api/apps/${APP}/versions`, { method: 'POST', headers, body: form });
}

/** With review before live a version may wait for a reviewer: the admin approves it, as a reviewer would. */
async function approveIfPending(server: ServerProcess, admin: Record<string, string>, version: string): Promise<void> {
  const list = (await (await fetch(`${server.origin}/api/apps/${APP}/versions`, { headers: admin })).json()) as { items: { version: string; status?: string }[] };
  if (list.items.find((v) => v.version === version)?.status !== 'pending') return;
  const res = await fetch(`${server.origin}/api/apps/${APP}/versions/${version}/approve`, {
    method: 'POST',
    headers: { ...admin, 'content-type': 'application/json' },
    body: JSON.stringify({ reason: 'crash test' }),
  });
  expect(res.status, await res.clone().text()).toBe(200);
}

async function versionsOf(server: ServerProcess, admin: Record<string, string>): Promise<string[]> {
  const res = await fetch(`${server.origin}/api/apps/${APP}/versions`, { headers: admin });
  return ((await res.json()) as { items: { version: string }[] }).items.map((v) => v.version);
}

async function rollback(server: ServerProcess, admin: Record<string, string>, version: string): Promise<number> {
  const res = await fetch(`${server.origin}/api/apps/${APP}/rollback`, {
    method: 'POST',
    headers: { ...admin, 'content-type': 'application/json' },
    body: JSON.stringify({ version, reason: 'crash test' }),
  });
  return res.status;
}

/** Every file of the version is served with the bytes that were published. */
async function expectComplete(server: ServerProcess, version: string, files: Record<string, Buffer>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    const res = await fetch(`${server.origin}/bundles/${APP}/${version}/${path}`);
    expect(res.status, path).toBe(200);
    const hash = createHash('sha256').update(Buffer.from(await res.arrayBuffer())).digest('hex');
    expect(hash, path).toBe(createHash('sha256').update(content).digest('hex'));
  }
}

/** The rows of `bundle_files` a PostgreSQL database holds for one version (its files, stored in the database). */
async function storedRows(url: string, version: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>('select count(*) as n from bundle_files where app_id = $1 and version = $2', [APP, version]);
    return Number(rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

/**
 * Issue 12: a crash between placing a version's folder and committing its row left a folder that made the version
 * answer 409 forever. The real server, killed with SIGKILL at each step of a publish, then started again on the same
 * database and data dir: the same version publishes (or is complete), is listed, and rollback works.
 * SQLite places a folder and then commits the row (four crash points); PostgreSQL writes the files and the row in one
 * transaction (issue 13), so a crash before its commit must leave no file row behind, and one after it the whole version.
 */
describe.each(testEngines)('a publish crashed at any step (%s)', (engine) => {
  const open: { db?: TestDatabase; dir?: string; servers: ServerProcess[] } = { servers: [] };
  afterEach(async () => {
    for (const s of open.servers) await s.stop();
    open.servers = [];
    await open.db?.drop();
    if (open.dir) rmSync(open.dir, { recursive: true, force: true });
  });

  it('leaves the whole version or nothing that blocks a retry', { timeout: 300_000 }, async () => {
    open.db = await createTestDatabase(engine);
    open.dir = mkdtempSync(join(tmpdir(), 'toolbox-crash-'));
    const dataDir = join(open.dir, 'bundles');
    const start = async (crashAt?: CrashStep) => {
      const s = await startServer({ db: open.db!.url, dataDir, env: crashAt ? { TOOLBOX_TEST_CRASH_AT: crashAt } : {} });
      open.servers.push(s);
      return s;
    };

    let server = await start();
    let admin = await signIn(server, 'admin');
    const first = appFiles(makeManifest(APP));
    expect((await publish(server, admin, '1.0.0', first)).status).toBe(201);
    await approveIfPending(server, admin, '1.0.0');
    await server.stop();

    const steps: [CrashStep, string][] =
      engine === 'sqlite'
        ? [
            ['after-staging', '1.1.0'],
            ['after-rename', '1.2.0'],
            ['before-commit', '1.3.0'],
            ['after-commit', '1.4.0'],
          ]
        : [
            ['after-staging', '1.1.0'],
            // Inside the transaction, once the version's row and every file row are written.
            ['before-commit', '1.3.0'],
            ['after-commit', '1.4.0'],
          ];
    for (const [step, version] of steps) {
      const files = appFiles(makeManifest(APP, { version }));
      server = await start(step);
      admin = await signIn(server, 'admin');
      await expect(publish(server, admin, version, files), step).rejects.toThrow();
      expect(await server.exited, step).toBe('SIGKILL');

      server = await start();
      admin = await signIn(server, 'admin');
      // The start-up reconciled: no version folder without its row, and on SQLite (one process) no staging left; on
      // PostgreSQL a young staging folder may be another instance's upload, so it stays until it is an hour old.
      const staging = existsSync(join(dataDir, '.tmp')) ? readdirSync(join(dataDir, '.tmp')) : [];
      if (engine === 'sqlite') expect(staging, step).toEqual([]);
      if (step === 'after-commit') {
        expect(await versionsOf(server, admin), step).toContain(version);
        if (engine === 'postgres') expect(await storedRows(open.db!.url, version), step).toBe(Object.keys(files).length);
        expect((await publish(server, admin, version, files)).status, step).toBe(409);
      } else {
        expect(existsSync(join(dataDir, APP, version)), step).toBe(false);
        if (engine === 'postgres') expect(await storedRows(open.db!.url, version), step).toBe(0);
        expect(await versionsOf(server, admin), step).not.toContain(version);
        const retry = await publish(server, admin, version, files);
        expect(retry.status, `${step}: ${await retry.clone().text()}`).toBe(201);
      }
      await approveIfPending(server, admin, version);
      expect(await versionsOf(server, admin), step).toContain(version);
      await expectComplete(server, version, files);
      expect(await rollback(server, admin, '1.0.0'), step).toBe(200);
      expect(await rollback(server, admin, version), step).toBe(200);
      await server.stop();
    }
  });
});

// The file store (SQLite). On PostgreSQL the data dir holds no versions (below).
describe('a version folder without a row (file store)', () => {
  const engine = 'sqlite';
  let t: TestApp | undefined;
  afterEach(async () => t?.close());

  it('is a leftover: the publish of that version removes it and goes on', async () => {
    t = await createTestApp({ engine });
    const leftover = join(t.dataDir, APP, '1.0.0');
    mkdirSync(join(leftover, 'assets'), { recursive: true });
    writeFileSync(join(leftover, 'remoteEntry.js'), 'half a file');
    writeFileSync(join(leftover, 'stale.js'), 'not in the new version');
    const dev = await login(t.app, 'dev');
    const res = await publishApp(t.app, dev.headers, APP);
    expect(res.statusCode, res.body).toBe(201);
    expect(existsSync(join(leftover, 'stale.js'))).toBe(false);
    expect(Object.keys(res.json().version.files)).toContain('remoteEntry.js');
  });

  it('is removed at start-up, with staging leftovers; folders with rows stay', async () => {
    const database = await createTestDatabase(engine);
    const dataDir = mkdtempSync(join(tmpdir(), 'toolbox-reconcile-'));
    try {
      const first = await createTestApp({ engine, database, dataDir });
      const dev = await login(first.app, 'dev');
      expect((await publishApp(first.app, dev.headers, APP)).statusCode).toBe(201);
      await first.app.close();
      mkdirSync(join(dataDir, APP, '9.9.9'), { recursive: true });
      writeFileSync(join(dataDir, APP, '9.9.9', 'remoteEntry.js'), 'x');
      mkdirSync(join(dataDir, 'ghost-app', '1.0.0'), { recursive: true });
      mkdirSync(join(dataDir, '.tmp', 'crashed-staging'), { recursive: true });
      // Young by the server's clock, which may differ from the file system's (pnpm test:clock moves only the former).
      const now = new Date();
      utimesSync(join(dataDir, '.tmp', 'crashed-staging'), now, now);

      t = await createTestApp({ engine, database, dataDir });
      expect(existsSync(join(dataDir, APP, '9.9.9'))).toBe(false);
      expect(existsSync(join(dataDir, 'ghost-app'))).toBe(false);
      expect(existsSync(join(dataDir, APP, '1.0.0', 'remoteEntry.js'))).toBe(true);
      // SQLite is one process, so every staging folder at start is a crash's.
      expect(existsSync(join(dataDir, '.tmp', 'crashed-staging'))).toBe(false);
    } finally {
      await t?.app.close();
      t = undefined;
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
