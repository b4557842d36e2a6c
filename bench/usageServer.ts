// The registry server for bench/usage.ts, in its own process so the load generator does not share its event loop.
// Prints one JSON line {port, cookies, apps} once it listens on 127.0.0.1.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../registry-server/src/app.ts';

const dir = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'toolbox-bench-usage-'));
// The benchmark measures ingestion, so four sessions send far more than a person could: no per-user limit here.
const limits = { usageEventsPerMinute: Number.MAX_SAFE_INTEGER };
const app = await buildApp({ db: join(dir, 'toolbox.db'), dataDir: join(dir, 'bundles'), demo: true, limits });

async function login(username: string): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: 'toolbox' } });
  const cookie = res.cookies.find((c) => c.name === 'toolbox_session');
  if (!cookie) throw new Error(`login ${username} failed: ${res.body}`);
  return `toolbox_session=${cookie.value}`;
}

const dev = await login('dev');
// A publish waits for review (上架审核); the bench measures live apps, so an admin trusts the publishers' unit.
await app.inject({ method: 'PUT', url: '/api/review/trusted-units', headers: { cookie: await login('admin') }, payload: { units: ['ops-centre'], reason: 'bench' } });
const apps = Array.from({ length: 20 }, (_, i) => `bench-app-${i}`);
for (const id of apps) {
  const manifest = {
    id,
    name: { 'zh-CN': `压测应用${id}` },
    version: '1.0.0',
    category: '基层治理',
    scenario: 'general',
    owner: { unit: 'ops-centre', contact: '压测' },
    entry: 'remoteEntry.js',
    sdk: '^1.0.0',
  };
  const res = await app.inject({
    method: 'POST',
    url: `/api/apps/${id}/versions`,
    headers: { cookie: dev },
    payload: { manifest, entry: `https://bench.example/${id}/remoteEntry.js` },
  });
  if (res.statusCode !== 201) throw new Error(`publish ${id}: ${res.statusCode} ${res.body}`);
}
const cookies = [await login('staff'), await login('staff2'), await login('admin'), dev];
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;
process.stdout.write(`${JSON.stringify({ port, cookies, apps, db: join(dir, 'toolbox.db') })}\n`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
