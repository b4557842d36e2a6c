// Catalogue benchmark (issue 2): GET /api/catalog with 200 apps, signed in as a committee's staff, against a bare
// Fastify route that returns the same JSON, each driven by autocannon on 127.0.0.1 in the same run.
// Issue 15: a third target is the same registry after a roster of 250 more units and 3,000 users was imported, so
// visibility is resolved against a district-sized tree; its req/s against the demo tree's is the figure (goal ≥ 0.9).
// Run: cd bench && node --import tsx catalog.ts [seconds=10] [connections=10] [rounds=2]
// With several rounds the two targets alternate (registry, bare, registry, bare…), so that a change in the machine's
// load during the run hits both alike; the figures are the totals over the rounds.
// Each server runs in its own child process (this file with `serve-*`), so autocannon does not share its event loop.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import Fastify from 'fastify';

const APPS = 200;
const mode = process.argv[2];

if (mode === 'serve-registry') await serveRegistry(process.argv[3]!, process.argv[4] === 'big-tree');
else if (mode === 'serve-bare') await serveBare(process.argv[3]!);
else await main(Number(process.argv[2] ?? 10), Number(process.argv[3] ?? 10), Number(process.argv[4] ?? 2));

/** The real server on a fresh SQLite file, with 200 apps published through the publish route (tgz bundles). */
async function serveRegistry(dir: string, bigTree: boolean): Promise<void> {
  const { buildApp } = await import('@toolbox/registry-server');
  const { appFiles, makeManifest, publishArchive, tgzOf } = await import('../registry-server/test/helpers/bundles.ts');
  const app = await buildApp({ db: join(dir, 'toolbox.db'), dataDir: join(dir, 'bundles'), demo: true });
  app.get('/__cpu', async () => cpuMicros()); // before the first request: routes are fixed once the app is ready
  const login = async (username: string) => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: 'toolbox' } });
    return `toolbox_session=${res.cookies.find((c) => c.name === 'toolbox_session')!.value}`;
  };
  const dev = { cookie: await login('dev') };
  // A publish waits for review (上架审核); the bench measures live apps, so an admin trusts the publishers' unit.
  await app.inject({ method: 'PUT', url: '/api/review/trusted-units', headers: { cookie: await login('admin') }, payload: { units: ['ops-centre'], reason: 'bench' } });
  const streets = ['huayanglu', 'jiangsulu', 'xinhualu', 'xinjingzhen'];
  for (let i = 0; i < APPS; i++) {
    const id = `bench-app-${String(i).padStart(3, '0')}`;
    // A realistic mix: most apps open to all, some to one street, a few to admins only; a third with two versions.
    const visibility = i % 4 === 1 ? { units: [streets[i % streets.length]!] } : i % 10 === 3 ? { roles: ['admin' as const] } : undefined;
    const versions = i % 3 === 0 ? ['1.0.0', '1.1.0'] : ['1.0.0'];
    for (const version of versions) {
      const manifest = makeManifest(id, { version, visibility, category: ['民生服务', '城市管理', '党建', '综合'][i % 4]!, keywords: ['基层', `应用${i}`] });
      const res = await publishArchive(app, dev, id, tgzOf(appFiles(manifest)));
      if (res.statusCode !== 201) throw new Error(`publish ${id}: ${res.body}`);
    }
  }
  if (bigTree) {
    const { bigRoster, csvOf, importRoster } = await import('../registry-server/test/roster/rosterHelpers.ts');
    const res = await importRoster(app, { cookie: await login('admin') }, csvOf(bigRoster()), { query: 'passwords=none' });
    if (res.statusCode !== 200) throw new Error(`roster import: ${res.statusCode} ${res.body.slice(0, 300)}`);
  }
  const cookie = await login('staff');
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  console.log(JSON.stringify({ url: `${address}/api/catalog`, cookie }));
}

/** A bare Fastify route that returns the same catalogue object (serialized on every request, as a plain route would). */
async function serveBare(file: string): Promise<void> {
  const { readFileSync } = await import('node:fs');
  const body = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const app = Fastify();
  app.get('/api/catalog', async () => body);
  app.get('/__cpu', async () => cpuMicros());
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  console.log(JSON.stringify({ url: `${address}/api/catalog`, cookie: '' }));
}

/** CPU time of this process so far (µs): on a busy machine, CPU per request is steadier than requests per second. */
function cpuMicros(): { cpu: number } {
  const { user, system } = process.cpuUsage();
  return { cpu: user + system };
}

async function cpuOf(url: string): Promise<number> {
  const res = await fetch(url.replace('/api/catalog', '/__cpu'));
  return ((await res.json()) as { cpu: number }).cpu;
}

function start(args: string[]): Promise<{ child: ChildProcess; url: string; cookie: string }> {
  const self = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, ['--import', 'tsx', self, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server ${args[0]} exited with ${code}`)));
    createInterface({ input: child.stdout! }).once('line', (line) => resolve({ child, ...(JSON.parse(line) as { url: string; cookie: string }) }));
  });
}

interface Tally {
  requests: number;
  seconds: number;
  /** Server CPU (µs) spent during the runs. */
  cpu: number;
  p50: number[];
  p99: number[];
}

async function drive(url: string, cookie: string, duration: number, connections: number, tally: Tally): Promise<void> {
  const cpuBefore = await cpuOf(url);
  const result = await autocannon({ url, headers: cookie ? { cookie } : {}, duration, connections });
  tally.cpu += (await cpuOf(url)) - cpuBefore;
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  tally.requests += result.requests.total;
  tally.seconds += result.duration;
  tally.p50.push(result.latency.p50);
  tally.p99.push(result.latency.p99);
}

async function main(duration: number, connections: number, rounds: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'toolbox-bench-catalog-'));
  const children: ChildProcess[] = [];
  try {
    console.log(`Publishing ${APPS} apps…`);
    const registry = await start(['serve-registry', dir]);
    children.push(registry.child);
    const res = await fetch(registry.url, { headers: { cookie: registry.cookie } });
    const text = await res.text();
    const items = (JSON.parse(text) as { items: unknown[] }).items.length;
    const jsonFile = join(dir, 'catalog.json');
    writeFileSync(jsonFile, text);
    const bare = await start(['serve-bare', jsonFile]);
    children.push(bare.child);
    console.log('Publishing them again and importing a roster of 250 units and 3,000 users…');
    const bigDir = join(dir, 'big-tree');
    mkdirSync(bigDir);
    const big = await start(['serve-registry', bigDir, 'big-tree']);
    children.push(big.child);
    const bigItems = ((await (await fetch(big.url, { headers: { cookie: big.cookie } })).json()) as { items: unknown[] }).items.length;
    if (bigItems !== items) throw new Error(`the big tree shows staff ${bigItems} apps, the demo tree ${items}`);

    console.log(
      `GET /api/catalog as staff: ${items} of ${APPS} apps visible, ${(text.length / 1024).toFixed(1)} KiB; ` +
        `${rounds} × ${duration} s per target, ${connections} connections`,
    );
    // Warm-up (JIT, caches), then the measured rounds.
    const warm: Tally = { requests: 0, seconds: 0, cpu: 0, p50: [], p99: [] };
    await drive(registry.url, registry.cookie, 2, connections, warm);
    await drive(bare.url, '', 2, connections, warm);
    await drive(big.url, big.cookie, 2, connections, warm);
    const r: Tally = { requests: 0, seconds: 0, cpu: 0, p50: [], p99: [] };
    const b: Tally = { requests: 0, seconds: 0, cpu: 0, p50: [], p99: [] };
    const t: Tally = { requests: 0, seconds: 0, cpu: 0, p50: [], p99: [] };
    for (let i = 0; i < rounds; i++) {
      await drive(registry.url, registry.cookie, duration, connections, r);
      await drive(bare.url, '', duration, connections, b);
      await drive(big.url, big.cookie, duration, connections, t);
    }
    const rps = (x: Tally) => x.requests / x.seconds;
    const cpuPerRequest = (x: Tally) => x.cpu / x.requests;
    const row = (name: string, x: Tally) =>
      `${name.padEnd(34)} ${rps(x).toFixed(0).padStart(7)} req/s   ${cpuPerRequest(x).toFixed(0).padStart(5)} µs CPU/req   ` +
      `p50 ${x.p50.join('/')} ms   p99 ${x.p99.join('/')} ms`;
    console.log(row('registry /api/catalog', r));
    console.log(row('bare Fastify, same JSON', b));
    console.log(`ratio registry / bare: ${(rps(r) / rps(b)).toFixed(2)} in req/s (goal ≥ 0.6)`);
    console.log(`                       ${(cpuPerRequest(b) / cpuPerRequest(r)).toFixed(2)} in server CPU per request (steadier on a busy machine)`);
    console.log(row('registry, 250+ units, 3,000 users', t));
    console.log(`ratio big tree / demo tree: ${(rps(t) / rps(r)).toFixed(2)} in req/s (goal ≥ 0.9)`);
    console.log(`                            ${(cpuPerRequest(r) / cpuPerRequest(t)).toFixed(2)} in server CPU per request`);
  } finally {
    for (const child of children) child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}
