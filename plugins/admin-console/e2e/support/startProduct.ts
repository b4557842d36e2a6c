// The real product for the browser test: the compiled registry server (`node registry-server/dist/cli.js`) on a free port with a throwaway
// database and bundle store, serving host/dist, with the plugins published through the HTTP API as a developer would.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stopServer } from '../../test/support/stopServer.ts';
import { compiledEntry } from '../../../../registry-server/test/helpers/compiledEntry.ts';

export const repoRoot = join(import.meta.dirname, '../../../..');
const pluginsDir = join(repoRoot, 'plugins');

/** Vitest sets VITEST* and NODE_ENV=test, which would make Vite build a development bundle without federation. */
function buildEnv(): NodeJS.ProcessEnv {
  return { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST'))), NODE_ENV: 'production' };
}

function run(args: string[], cwd: string, what: string): void {
  const r = spawnSync(process.execPath, args, { cwd, env: buildEnv(), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${what} failed:\n${r.stdout}\n${r.stderr}`);
}

/** Builds the host when it has no dist yet, this plugin always (it is what is under test), the others when missing. */
export function buildProduct(plugins: string[]): void {
  const host = join(repoRoot, 'host');
  if (!existsSync(join(host, 'dist/index.html'))) {
    run([join(host, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], host, 'building the host');
  }
  for (const name of plugins) {
    const dir = join(pluginsDir, name);
    if (name === 'admin-console' || !existsSync(join(dir, 'dist/toolbox.manifest.json'))) {
      run([join(repoRoot, 'sdk/bin/toolbox.js'), 'build'], dir, `building plugins/${name}`);
    }
  }
}

export interface Product {
  url: string;
  /** Writes the demo's year of synthetic usage, as `pnpm start` does after publishing. */
  seedDemoUsage(): void;
  close(): Promise<void>;
}

export async function startProduct(): Promise<Product> {
  const tmp = mkdtempSync(join(tmpdir(), 'admin-console-e2e-'));
  const env = {
    ...buildEnv(),
    PORT: '0',
    HOST: '127.0.0.1',
    TOOLBOX_DB: join(tmp, 'toolbox.db'),
    TOOLBOX_DATA_DIR: join(tmp, 'bundles'),
    TOOLBOX_DEMO: '1',
    TOOLBOX_HOST_DIR: join(repoRoot, 'host/dist'),
  };
  const server: ChildProcess = spawn(process.execPath, [compiledEntry()], {
    cwd: join(repoRoot, 'registry-server'),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the registry server did not start:\n${log}`)), 120_000);
    const read = (chunk: Buffer) => {
      log += chunk.toString();
      // Fastify's logger prints the address it bound, port 0 resolved.
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    server.stdout!.on('data', read);
    server.stderr!.on('data', read);
    server.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the registry server exited with ${code}:\n${log}`));
    });
  });
  return {
    url,
    seedDemoUsage: () => {
      const r = spawnSync(process.execPath, [compiledEntry('usage/seedDemoUsageCli.js')], {
        cwd: join(repoRoot, 'registry-server'),
        env,
        encoding: 'utf8',
      });
      if (r.status !== 0) throw new Error(`seeding the demo usage failed:\n${r.stdout}\n${r.stderr}`);
    },
    close: () => stopServer(server, tmp),
  };
}

/** Signs in through the API and returns the session cookie, for calls made outside the browser. */
export async function login(url: string, username: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'toolbox' }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

/** Publishes built plugins with `toolbox publish` and a bearer token of `username`, the developer's own path. */
export async function publishPlugins(url: string, username: string, plugins: string[]): Promise<void> {
  const cookie = await login(url, username);
  const res = await fetch(`${url}/api/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    // Minting needs the password again (the demo's).
    body: JSON.stringify({ name: 'admin-console e2e', password: 'toolbox', scope: 'publish', expiresInDays: 1 }),
  });
  if (!res.ok) throw new Error(`token: ${res.status} ${await res.text()}`);
  const { token } = (await res.json()) as { token: string };
  // A publish waits for review (上架审核): an admin approves each one, so the desktop shows it.
  const admin = username === 'admin' ? cookie : await login(url, 'admin');
  for (const name of plugins) {
    run([join(repoRoot, 'sdk/bin/toolbox.js'), 'publish', '--registry', url, '--token', token], join(pluginsDir, name), `publishing plugins/${name}`);
    const { id, version } = JSON.parse(readFileSync(join(pluginsDir, name, 'dist/toolbox.manifest.json'), 'utf8')) as { id: string; version: string };
    const approved = await fetch(`${url}/api/apps/${id}/versions/${version}/approve`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: admin, origin: url },
      body: JSON.stringify({ reason: 'e2e: example plugin' }),
    });
    if (!approved.ok) throw new Error(`approving ${id}@${version}: ${approved.status} ${await approved.text()}`);
  }
}
