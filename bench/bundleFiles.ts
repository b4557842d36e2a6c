// Bundle files benchmark (issue 13): one published file, warm, served by an instance on PostgreSQL (bundles stored in
// the database, served from memory) against an instance on SQLite (bundles in the file store), in the same run.
// Run: cd bench && node --import tsx bundleFiles.ts [seconds=10] [connections=10] [rounds=2]
// PostgreSQL: TOOLBOX_BENCH_PG=postgres://… (a server URL; a database is created and dropped), else a throwaway
// cluster is started with scripts/lib.mjs (Debian's postgresql); without either the run says so and stops.
// Each server runs in its own child process (this file with `serve`), so autocannon does not share its event loop.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';

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
  console.log(JSON.stringify({ url: `${address}/bundles/bench-files/1.0.0/${CHUNK}`, cpu: `${address}/__cpu` }));
}

function cpuMicros(): { cpu: number } {
  const { user, system } = process.cpuUsage();
  return { cpu: user + system };
}

interface Server {
  child: ChildProcess;
  url: string;
  cpu: string;
}

function start(db: string, dir: string): Promise<Server> {
  const self = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, ['--import', 'tsx', self, 'serve', db, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server on ${db} exited with ${code}`)));
    createInterface({ input: child.stdout! }).once('line', (line) => resolve({ child, ...(JSON.parse(line) as { url: string; cpu: string }) }));
  });
}

interface Tally {
  requests: number;
  seconds: number;
  cpu: number;
  p50: number[];
  p99: number[];
}
const tally = (): Tally => ({ requests: 0, seconds: 0, cpu: 0, p50: [], p99: [] });

async function drive(server: Server, duration: number, connections: number, into: Tally): Promise<void> {
  const cpuOf = async () => ((await (await fetch(server.cpu)).json()) as { cpu: number }).cpu;
  const before = await cpuOf();
  const result = await autocannon({ url: server.url, duration, connections });
  into.cpu += (await cpuOf()) - before;
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${server.url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  into.requests += result.requests.total;
  into.seconds += result.duration;
  into.p50.push(result.latency.p50);
  into.p99.push(result.latency.p99);
}

/** A database on the given server, or on a throwaway cluster; undefined when there is no PostgreSQL here. */
async function postgres(): Promise<{ url: string; drop: () => Promise<void> } | undefined> {
  let server = process.env.TOOLBOX_BENCH_PG;
  let stopCluster = () => {};
  if (!server) {
    const lib = (await import(new URL('../scripts/lib.mjs', import.meta.url).href)) as {
      startThrowawayPostgres: (port?: number) => { url: string; stop: () => void } | undefined;
    };
    const cluster = lib.startThrowawayPostgres(54380);
    if (!cluster) return undefined;
    server = cluster.url;
    stopCluster = cluster.stop;
  }
  const name = `toolbox_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    drop: async () => {
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => c.end());
      stopCluster();
    },
  };
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
    const warm = tally();
    await drive(onPg, 2, connections, warm);
    await drive(onSqlite, 2, connections, warm);
    const p = tally();
    const s = tally();
    for (let i = 0; i < rounds; i++) {
      await drive(onPg, duration, connections, p);
      await drive(onSqlite, duration, connections, s);
    }
    const rps = (x: Tally) => x.requests / x.seconds;
    const cpuPerRequest = (x: Tally) => x.cpu / x.requests;
    const row = (name: string, x: Tally) =>
      `${name.padEnd(34)} ${rps(x).toFixed(0).padStart(7)} req/s   ${cpuPerRequest(x).toFixed(0).padStart(5)} µs CPU/req   ` +
      `p50 ${x.p50.join('/')} ms   p99 ${x.p99.join('/')} ms`;
    console.log(row('PostgreSQL (database store, warm)', p));
    console.log(row('SQLite (file store, warm)', s));
    console.log(`ratio PostgreSQL / file store: ${(rps(p) / rps(s)).toFixed(2)} in req/s (goal ≥ 0.8)`);
    console.log(`                               ${(cpuPerRequest(s) / cpuPerRequest(p)).toFixed(2)} in server CPU per request`);
  } finally {
    for (const child of children) child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
    await database.drop();
  }
}

const mode = process.argv[2];
if (mode === 'serve') await serve(process.argv[3]!, process.argv[4]!);
else await main(Number(process.argv[2] ?? 10), Number(process.argv[3] ?? 10), Number(process.argv[4] ?? 2));
