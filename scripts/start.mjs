// `pnpm start`: builds the registry server, the host and the plugins, starts the compiled server
// (`node registry-server/dist/cli.js`) with the demo data at
// http://127.0.0.1:4173, then publishes the example plugins through the same `toolbox publish` path a developer uses.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pnpm } from './lib.mjs';

const root = new URL('..', import.meta.url).pathname;
const port = process.env.PORT ?? '4173';
const host = process.env.HOST ?? '127.0.0.1';
const registry = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;

if (!process.env.TOOLBOX_SKIP_BUILD) {
  console.log('▶ building the registry server, the host and the plugins');
  const [cmd, ...args] = pnpm();
  const built = spawnSync(cmd, [...args, 'run', 'build'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const env = {
  ...process.env,
  PORT: port,
  HOST: host,
  TOOLBOX_DB: process.env.TOOLBOX_DB ?? join(root, 'data/toolbox.db'),
  TOOLBOX_DATA_DIR: process.env.TOOLBOX_DATA_DIR ?? join(root, 'data/bundles'),
  TOOLBOX_DEMO: process.env.TOOLBOX_DEMO ?? '1',
  TOOLBOX_HOST_DIR: process.env.TOOLBOX_HOST_DIR ?? join(root, 'host/dist'),
};
const cli = join(root, 'registry-server/dist/cli.js');
if (!existsSync(cli)) {
  console.error('✖ registry-server/dist/cli.js is missing: run `pnpm run build` (or start without TOOLBOX_SKIP_BUILD)');
  process.exit(1);
}
const server = spawn(process.execPath, [cli], {
  cwd: join(root, 'registry-server'),
  env,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));

// Generous: a first start migrates the database and seeds the demo, which can take long on a loaded 2-core machine. If the server exits instead, the 'exit' handler ends this script at once.
const SERVER_START_MS = 180_000;

try {
  await waitForServer();
  if (env.TOOLBOX_DEMO === '1') {
    await publishExamplePlugins();
    seedDemoUsage();
    seedDemoRecords();
  }
  console.log(`\n✔ 轻应用工具箱 is running at ${registry}  (log in as staff / toolbox; admin / toolbox for the review)\n`);
} catch (err) {
  console.error(`✖ ${err instanceof Error ? err.message : err}`);
  server.kill('SIGTERM');
  process.exitCode = 1;
}

async function waitForServer() {
  const deadline = Date.now() + SERVER_START_MS;
  while (Date.now() < deadline) {
    try {
      // A bounded attempt: one connection that hangs must not use up the whole wait.
      const res = await fetch(`${registry}/api/docs/json`, { signal: AbortSignal.timeout(3000) });
      if (res.ok) return;
    } catch {
      // not listening yet, or that attempt timed out
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the registry server did not answer at ${registry} within ${SERVER_START_MS / 1000} s`);
}

async function publishExamplePlugins() {
  const login = await fetch(`${registry}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'dev', password: 'toolbox' }),
  });
  if (!login.ok) throw new Error(`demo login as dev failed: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  const created = await fetch(`${registry}/api/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    // Minting needs the password again; a publish token for the example plugins, for a day.
    body: JSON.stringify({ name: 'pnpm start demo publish', password: 'toolbox', scope: 'publish', expiresInDays: 1 }),
  });
  if (!created.ok) throw new Error(`creating dev's token failed: ${created.status} ${await created.text()}`);
  const { token } = await created.json();
  // The admin console is the admin unit's own app, so admin publishes it (a developer who owned it could make an
  // admin run their code); and an admin approves every example version (上架审核), as a reviewer would.
  const admin = await demoSession('admin');
  const tokens = { dev: token, admin: await publishToken(admin) };

  const pluginsDir = join(root, 'plugins');
  for (const name of readdirSync(pluginsDir).sort()) {
    const manifestPath = join(pluginsDir, name, 'dist/toolbox.manifest.json');
    if (!existsSync(manifestPath)) {
      console.warn(`⚠ plugins/${name} has no dist/: not published`);
      continue;
    }
    const { id, version } = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const publisher = id === 'admin-console' ? 'admin' : 'dev';
    const current = await fetch(`${registry}/api/apps/${id}/versions`, { headers: { cookie: admin } });
    const versions = current.ok ? ((await current.json()).items ?? []) : [];
    const known = versions.find((v) => v.version === version);
    if (!known) {
      console.log(`▶ toolbox publish plugins/${name} (${id}@${version}, as ${publisher})`);
      const r = spawnSync(
        process.execPath,
        [join(root, 'sdk/bin/toolbox.js'), 'publish', '--registry', registry, '--token', tokens[publisher]],
        { cwd: join(pluginsDir, name), stdio: 'inherit' },
      );
      if (r.status !== 0) throw new Error(`publishing plugins/${name} failed`);
    }
    // Also a version an earlier start published but did not get to approve.
    if (!known || known.status === 'pending') await approve(admin, id, version);
  }
  await publishDemoFormApp(cookie, admin);
}

/**
 * A form app (no code) made from the 困难群众帮扶台账 template, published by dev through the same versions endpoint
 * (`{form}`) and approved: it opens in the form runtime published above (docs/form-apps.md).
 */
async function publishDemoFormApp(devCookie, admin) {
  const formsEntry = join(root, 'sdk/dist/shared/forms/index.js');
  if (!existsSync(formsEntry)) {
    console.warn('⚠ sdk/dist has no forms: the demo form app is not published');
    return;
  }
  const { FORM_TEMPLATES } = await import(formsEntry);
  const template = FORM_TEMPLATES.find((t) => t.id === 'hardship-ledger');
  const form = { ...structuredClone(template), owner: { unit: 'huayanglu-01', contact: '王芳 021-62511234' } };
  const versions = await fetch(`${registry}/api/apps/${form.id}/versions`, { headers: { cookie: admin } });
  const known = (versions.ok ? ((await versions.json()).items ?? []) : []).find((v) => v.version === form.version);
  if (!known) {
    const res = await fetch(`${registry}/api/apps/${form.id}/versions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: devCookie, origin: registry },
      body: JSON.stringify({ form }),
    });
    if (!res.ok) throw new Error(`publishing the form app ${form.id} failed: ${res.status} ${await res.text()}`);
    console.log(`▶ published the form app ${form.id}@${form.version} (困难群众帮扶台账 template, as dev)`);
  }
  if (!known || known.status === 'pending') await approve(admin, form.id, form.version);
}

async function demoSession(username) {
  const res = await fetch(`${registry}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'toolbox' }),
  });
  if (!res.ok) throw new Error(`demo login as ${username} failed: ${res.status} ${await res.text()}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0];
}

async function publishToken(cookie) {
  const res = await fetch(`${registry}/api/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, origin: registry },
    body: JSON.stringify({ name: 'pnpm start demo publish', password: 'toolbox', scope: 'publish', expiresInDays: 1 }),
  });
  if (!res.ok) throw new Error(`creating a publish token failed: ${res.status} ${await res.text()}`);
  return (await res.json()).token;
}

async function approve(cookie, id, version) {
  const res = await fetch(`${registry}/api/apps/${id}/versions/${version}/approve`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, origin: registry },
    body: JSON.stringify({ reason: 'pnpm start: example plugin' }),
  });
  // 409: approved already (a trusted unit's publish, or an earlier start).
  if (!res.ok && res.status !== 409) throw new Error(`approving ${id}@${version} failed: ${res.status} ${await res.text()}`);
  console.log(`✔ approved ${id}@${version} as admin`);
}

/**
 * The example apps' records, as staff of 华阳居委会 would have entered them (scripts/demoRecords.ts, through the API):
 * once, into apps that have none in staff's unit.
 */
function seedDemoRecords() {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/demoRecords.ts'), registry], { cwd: root, env, stdio: 'inherit' });
  if (r.status !== 0) console.warn('⚠ adding the demo records failed; the example apps start empty');
}

function seedDemoUsage() {
  const seed = join(root, 'registry-server/dist/usage/seedDemoUsageCli.js');
  if (!existsSync(seed)) return;
  const r = spawnSync(process.execPath, [seed], {
    cwd: join(root, 'registry-server'),
    env,
    stdio: 'inherit',
  });
  if (r.status !== 0) console.warn('⚠ seeding the demo usage failed; the review will be empty');
}
