// Bundle files benchmark (issue 13): one published file, warm, served by an instance on PostgreSQL (bundles stored in
// the database, served from memory) against an instance on SQLite (bundles in the file store), in the same run.
// Run: cd bench && node --import tsx bundleFiles.ts [seconds=10] [connections=10] [rounds=2]
// PostgreSQL: TOOLBOX_BENCH_PG=postgres://… (a server URL; a database is created and dropped), else a throwaway
// cluster is started with scripts/lib.mjs (Debian's postgresql); without either the run says so and stops.
// Each server runs in its own child process (this file with `serve`), so autocannon does not share its event loop.
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPostgresDatabase, type TestDatabase } from '../registry-server/test/helpers/engines.ts';
import { cpuMicros, cpuPerRequest, driveLoad, type LoadTarget, newTally, rps, tallyRow } from './loadTally.ts';
import { postgresServer } from './postgresServer.ts';
import { spawnSelf } from './spawnSelf.ts';

/** A typical chunk of a built app (tens of kB of JS). */
const CHUNK = 'assets/chunk-1.js';
const CHUNK_BYTES = 40 * 1024;


/** The real server on `db`, with one app published through the publish route (a .tgz bundle), approved. */
async function serve(db: string, dir: string): Promise<void> {
  const { buildApp } = await import('@toolbox/registry-server');
  const { appFiles, makeManifest, publishArchive, tgzOf } = await import('../registry-server/test/helpers/bundles.ts');
  const app = await buildApp({ db, dataDir: join(dir, 'bundles'), demo: true });
  app.get('/__cpu', async () => cpuMicros()); // before the first request: routes are fixed once the app is ready
  const login = async (username: string) => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: 'toolbox' } });
    return { cookie: `toolbox_session=${res.cookies.find((c) => c.name === 'toolbox_session')!.value}` };
  };
  await app.inject({ method: 'PUT', url: '/api/review/trusted-units', headers: await login('admin'), payload: { units: ['ops-centre'], reason: 'bench' } });
  const files = appFiles(makeManifest('bench-files'), { extra: { [CHUNK]: `/* bench */ export const x = ${JSON.stringify(randomBytes(CHUNK_BYTES / 2).toString('hex'))};\n` } });
  const res = await publishArchive(app, await login('dev'), 'bench-files', tgzOf(files));
  if (res.statusCode !== 201) throw new Error(`publish: ${res.body}`);
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  console.log(JSON.stringify({ url: `${address}/bundles/bench-files/1.0.0/${CHUNK}`, cpuUrl: `${address}/__cpu` }));
}

const start = (db: string, dir: string) => spawnSelf<LoadTarget>(import.meta.url, ['serve', db, dir]);

/** A database on the given server, or on a throwaway cluster; undefined when there is no PostgreSQL here. */
async function postgres(): Promise<(TestDatabase & { stopServer: () => void }) | undefined> {
  const pg = await postgresServer(54380);
  if (!pg) return undefined;
  return { ...(await createPostgresDatabase(pg.server, 'toolbox_bench')), stopServer: pg.stop };
}

async function main(duration: number, connections: number, rounds: number): Promise<void> {
  const database = await postgres();
  if (!database) {
    console.log('bundleFiles: no PostgreSQL here (set TOOLBOX_BENCH_PG or install postgresql): skipped.');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'toolbox-bench-files-'));
  const children: ChildProcess[] = [];
  try {
    const onPg = await start(database.url, join(dir, 'pg'));
    children.push(onPg.child);
    const onSqlite = await start(join(dir, 'sqlite', 'toolbox.db'), join(dir, 'sqlite'));
    children.push(onSqlite.child);
    const bytes = (await (await fetch(onPg.url)).arrayBuffer()).byteLength;
    console.log(`GET /bundles/…/${CHUNK} (${(bytes / 1024).toFixed(1)} KiB, anonymous): ${rounds} × ${duration} s per target, ${connections} connections`);
    // Warm-up (JIT, the memory cache), then the measured rounds, alternating so a change of load hits both alike.
    const warm = newTally();
    await driveLoad(onPg, 2, connections, warm);
    await driveLoad(onSqlite, 2, connections, warm);
    const p = newTally();
    const s = newTally();
    for (let i = 0; i < rounds; i++) {
      await driveLoad(onPg, duration, connections, p);
      await driveLoad(onSqlite, duration, connections, s);
    }
    console.log(tallyRow('PostgreSQL (database store, warm)', p));
    console.log(tallyRow('SQLite (file store, warm)', s));
    console.log(`ratio PostgreSQL / file store: ${(rps(p) / rps(s)).toFixed(2)} in req/s (goal ≥ 0.8)`);
    console.log(`                               ${(cpuPerRequest(s) / cpuPerRequest(p)).toFixed(2)} in server CPU per request`);
  } finally {
    for (const child of children) child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
    await database.drop();
    database.stopServer();
  }
}

const mode = process.argv[2];
if (mode === 'serve') await serve(process.argv[3]!, process.argv[4]!);
else await main(Number(process.argv[2] ?? 10), Number(process.argv[3] ?? 10), Number(process.argv[4] ?? 2));
