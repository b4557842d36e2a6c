// Catalogue benchmark (issue 2): GET /api/catalog with 200 apps, signed in as a committee's staff, against a bare
// Fastify route that returns the same JSON, each driven by autocannon on 127.0.0.1 in the same run.
// Issue 15: a third target is the same registry after a roster of 250 more units and 3,000 users was imported, so
// visibility is resolved against a district-sized tree; its req/s against the demo tree's is the figure (goal ≥ 0.9).
// Run: cd bench && node --import tsx catalog.ts [seconds=10] [connections=10] [rounds=2]
// With several rounds the two targets alternate (registry, bare, registry, bare…), so that a change in the machine's
// load during the run hits both alike; the figures are the totals over the rounds.
// Each server runs in its own child process (this file with `serve-*`), so autocannon does not share its event loop.
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { cpuMicros, cpuPerRequest, driveLoad, type LoadTarget, newTally, rps, tallyRow } from './loadTally.ts';
import { spawnSelf } from './spawnSelf.ts';

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

/** A server of this benchmark in its own process, with the session cookie it printed as the load's header. */
async function start(args: string[]): Promise<LoadTarget & { child: ChildProcess; cookie: string }> {
  const server = await spawnSelf<{ url: string; cookie: string }>(import.meta.url, args);
  return { ...server, cpuUrl: server.url.replace('/api/catalog', '/__cpu'), headers: server.cookie ? { cookie: server.cookie } : {} };
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
    const warm = newTally();
    await driveLoad(registry, 2, connections, warm);
    await driveLoad(bare, 2, connections, warm);
    await driveLoad(big, 2, connections, warm);
    const r = newTally();
    const b = newTally();
    const t = newTally();
    for (let i = 0; i < rounds; i++) {
      await driveLoad(registry, duration, connections, r);
      await driveLoad(bare, duration, connections, b);
      await driveLoad(big, duration, connections, t);
    }
    console.log(tallyRow('registry /api/catalog', r));
    console.log(tallyRow('bare Fastify, same JSON', b));
    console.log(`ratio registry / bare: ${(rps(r) / rps(b)).toFixed(2)} in req/s (goal ≥ 0.6)`);
    console.log(`                       ${(cpuPerRequest(b) / cpuPerRequest(r)).toFixed(2)} in server CPU per request (steadier on a busy machine)`);
    console.log(tallyRow('registry, 250+ units, 3,000 users', t));
    console.log(`ratio big tree / demo tree: ${(rps(t) / rps(r)).toFixed(2)} in req/s (goal ≥ 0.9)`);
    console.log(`                            ${(cpuPerRequest(r) / cpuPerRequest(t)).toFixed(2)} in server CPU per request`);
  } finally {
    for (const child of children) child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}
