// Starts the real product for a browser test: the compiled registry server (`node registry-server/dist/cli.js`,
// directly, so we hold its PID) on a free
// loopback port with a throwaway database and bundle store, demo data on, serving host/dist; then publishes the
// example plugins through the real HTTP API with the `toolbox publish` CLI, as `pnpm start` does.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compiledEntry } from '../../../registry-server/test/helpers/compiledEntry.ts';
import { freePort } from '../../../registry-server/test/helpers/freePort.ts';
import { spawnServer } from '../../../registry-server/test/helpers/spawnServer.ts';

export const repoRoot = new URL('../../../', import.meta.url).pathname.replace(/\/$/, '');

export interface Product {
  origin: string;
  /** Signs in as `username` (password `toolbox`) and returns the session cookie header. */
  cookieFor(username: string): Promise<string>;
  /** A bearer token of dev, for publishing. */
  devToken(): Promise<string>;
  /** Publishes as dev: the version is pending review (上架审核) and only dev's desktop may try it. */
  publishPending(pluginDir: string): void;
  /** Publishes as dev, then approves as admin: the version goes live, as the example plugins do. */
  publish(pluginDir: string): Promise<void>;
  /** Approves a pending version as admin. */
  approve(appId: string, version: string): Promise<void>;
  log(): string;
  stop(): Promise<void>;
}

export const EXAMPLE_PLUGINS = ['visit-log', 'flood-patrol', 'hotline-tickets'];

export interface StartOptions {
  /** What the server serves at `/` (default host/dist; the benchmark adds its static page to a copy). */
  hostDir?: string;
  /** The port to listen on (default: a free one); for a test that must name the product's URL before it starts. */
  port?: number;
  /** More environment for the server (e.g. the TOOLBOX_OIDC_* settings). */
  env?: Record<string, string>;
  /** Publish the example plugins (default true); false starts faster, with an empty catalogue. */
  examples?: boolean;
}

export async function startProduct(options: StartOptions = {}): Promise<Product> {
  const examples = options.examples ?? true;
  for (const name of examples ? EXAMPLE_PLUGINS : []) {
    if (!existsSync(join(repoRoot, 'plugins', name, 'dist/toolbox.manifest.json'))) {
      throw new Error(`plugins/${name}/dist is missing: run \`pnpm run build\` first (pnpm test does)`);
    }
  }
  if (!existsSync(join(repoRoot, 'host/dist/index.html'))) throw new Error('host/dist is missing: run `pnpm run build` first');
  const dir = mkdtempSync(join(tmpdir(), 'toolbox-e2e-'));
  const port = options.port ?? (await freePort());
  const origin = `http://127.0.0.1:${port}`;
  const server = await spawnServer({
    args: [compiledEntry()],
    cwd: join(repoRoot, 'registry-server'),
    env: {
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      TOOLBOX_DB: join(dir, 'toolbox.db'),
      TOOLBOX_DATA_DIR: join(dir, 'bundles'),
      TOOLBOX_DEMO: '1',
      TOOLBOX_HOST_DIR: options.hostDir ?? join(repoRoot, 'host/dist'),
      ...options.env,
    },
    readyUrl: `${origin}/api/docs/json`,
    name: 'the registry server',
  });

  const cookieFor = async (username: string) => {
    const res = await fetch(`${origin}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: 'toolbox' }),
    });
    if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
    return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  };
  let token: string | undefined;
  const devToken = async () => {
    if (token) return token;
    const res = await fetch(`${origin}/api/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: await cookieFor('dev') },
      // Minting needs the password again (the demo's).
      body: JSON.stringify({ name: 'e2e', password: 'toolbox', scope: 'publish', expiresInDays: 1 }),
    });
    if (!res.ok) throw new Error(`token: ${res.status} ${await res.text()}`);
    token = ((await res.json()) as { token: string }).token;
    return token;
  };
  const product: Product = {
    origin,
    cookieFor,
    devToken,
    async publish(pluginDir) {
      product.publishPending(pluginDir);
      // A plugin's build is in dist/; a fixture's folder is the build itself.
      const built = join(pluginDir, 'dist/toolbox.manifest.json');
      const manifestFile = existsSync(built) ? built : join(pluginDir, 'toolbox.manifest.json');
      const { id, version } = JSON.parse(readFileSync(manifestFile, 'utf8')) as { id: string; version: string };
      await product.approve(id, version);
    },
    async approve(appId, version) {
      const res = await fetch(`${origin}/api/apps/${appId}/versions/${version}/approve`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: await cookieFor('admin'), origin },
        body: JSON.stringify({ reason: 'e2e' }),
      });
      if (!res.ok) throw new Error(`approving ${appId}@${version}: ${res.status} ${await res.text()}`);
    },
    publishPending(pluginDir) {
      if (!token) throw new Error('call devToken() first');
      const r = spawnSync(process.execPath, [join(repoRoot, 'sdk/bin/toolbox.js'), 'publish', '--registry', origin, '--token', token], {
        cwd: pluginDir,
        encoding: 'utf8',
        env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST'))), HOME: dir },
      });
      if (r.status !== 0) throw new Error(`toolbox publish in ${pluginDir} failed:\n${r.stdout}\n${r.stderr}`);
    },
    log: server.log,
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  if (!examples) return product;
  await devToken();
  for (const name of EXAMPLE_PLUGINS) await product.publish(join(repoRoot, 'plugins', name));
  return product;
}

export function manifestOf(pluginDir: string): { id: string; name: { 'zh-CN': string; en?: string } } {
  return JSON.parse(readFileSync(join(pluginDir, 'dist/toolbox.manifest.json'), 'utf8')) as { id: string; name: { 'zh-CN': string; en?: string } };
}

export function listPlugins(): string[] {
  return readdirSync(join(repoRoot, 'plugins'));
}
