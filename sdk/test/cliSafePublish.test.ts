// `toolbox publish --dry-run`, `--allow-older` and `--external` against the real registry server (buildApp from its
// source, on a throwaway SQLite file), with a remote deployed elsewhere served on loopback.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashDirectory } from '../src/node/vite/hashDirectory.ts';
import { runCli } from './helpers/runCli.ts';
import { tempDir } from './helpers/tempApp.ts';

const sdkRoot = join(import.meta.dirname, '..');

interface RegistryServer {
  listen(options: { port: number; host: string }): Promise<string>;
  close(): Promise<unknown>;
}

async function writeBundle(dir: string, version: string): Promise<void> {
  const manifest = JSON.parse(readFileSync(join(sdkRoot, 'test', 'fixtures', 'basic-app', 'toolbox.manifest.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(dir, 'toolbox.manifest.json'), JSON.stringify({ ...manifest, version }));
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  mkdirSync(join(dir, 'dist', 'assets'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'remoteEntry.js'), `export const get = () => ${JSON.stringify(version)};\n`);
  writeFileSync(join(dir, 'dist', 'assets', 'app.js'), 'export {}');
  const files = await hashDirectory(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', 'toolbox.manifest.json'), JSON.stringify({ ...manifest, version, entry: 'remoteEntry.js', files }));
}

describe('toolbox publish: safe publishing and apps deployed elsewhere', () => {
  const scratch = tempDir('cli-safe');
  const app = join(scratch.dir, 'app');
  let registry: RegistryServer;
  let remote: Server;
  let url: string;
  let remoteUrl: string;
  let env: NodeJS.ProcessEnv;
  let appId: string;

  const cookieOf = async (username: string) =>
    ((await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'toolbox' }) })).headers.get('set-cookie') ?? '').split(';')[0]!;
  const approve = async (id: string, version: string) => {
    const res = await fetch(`${url}/api/apps/${id}/versions/${version}/approve`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: await cookieOf('admin') }, body: '{}' });
    expect(res.status).toBe(200);
  };
  const versions = async (id: string) =>
    ((await (await fetch(`${url}/api/apps/${id}/versions`, { headers: { cookie: await cookieOf('dev') } })).json()) as { items: { version: string; integrity?: string; sdk: string }[] }).items;

  beforeAll(async () => {
    const { buildApp } = (await import(join(sdkRoot, '..', 'registry-server', 'src', 'index.ts'))) as { buildApp: (o: object) => Promise<RegistryServer> };
    registry = await buildApp({ db: join(scratch.dir, 'toolbox.db'), dataDir: join(scratch.dir, 'bundles'), demo: true });
    url = await registry.listen({ port: 0, host: '127.0.0.1' });
    remote = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/javascript' }).end('export const get = () => 1;\n'));
    await new Promise<void>((resolve) => remote.listen(0, '127.0.0.1', resolve));
    remoteUrl = `http://127.0.0.1:${(remote.address() as AddressInfo).port}/remoteEntry.js`;
    const minted = await fetch(`${url}/api/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: await cookieOf('dev') },
      body: JSON.stringify({ name: 'cli-safe', password: 'toolbox', scope: 'publish', expiresInDays: 1 }),
    });
    env = { TOOLBOX_REGISTRY: url, TOOLBOX_TOKEN: ((await minted.json()) as { token: string }).token, XDG_CONFIG_HOME: join(scratch.dir, 'config') };
    mkdirSync(app, { recursive: true });
    await writeBundle(app, '1.0.0');
    appId = (JSON.parse(readFileSync(join(app, 'toolbox.manifest.json'), 'utf8')) as { id: string }).id;
    const first = await runCli(['publish'], { cwd: app, env });
    expect(first.code, first.stderr).toBe(0);
    await approve(appId, '1.0.0');
  });
  afterAll(async () => {
    await registry?.close();
    remote?.closeAllConnections();
    await new Promise((resolve) => remote?.close(resolve));
    scratch.cleanup();
  });

  it('refuses a lower version with TOOLBOX_VERSION_NOT_NEWER; --dry-run --allow-older shows the diff and stores nothing', async () => {
    await writeBundle(app, '0.9.0');
    const refused = await runCli(['publish'], { cwd: app, env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('TOOLBOX_VERSION_NOT_NEWER');
    expect(refused.stderr).toContain('0.9.0');
    expect(refused.stderr).toContain('1.0.0');

    const dry = await runCli(['publish', '--dry-run', '--allow-older'], { cwd: app, env });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain(`试发布（未保存任何内容）：${appId}@0.9.0，对比当前版本 1.0.0`);
    expect(dry.stdout).toContain('发布后将等待审核');
    expect(dry.stdout).toMatch(/~ remoteEntry\.js \(\d+ B → \d+ B\)/);
    expect((await versions(appId)).map((v) => v.version)).toEqual(['1.0.0']);

    const older = await runCli(['publish', '--allow-older'], { cwd: app, env });
    expect(older.code, older.stderr).toBe(0);
    expect((await versions(appId)).map((v) => v.version).sort()).toEqual(['0.9.0', '1.0.0']);
  });

  it('--external registers a remote from flags alone, with the sha256 of its entry and no sdk range', async () => {
    const empty = join(scratch.dir, 'elsewhere');
    mkdirSync(empty);
    const flags = ['--id', 'far-ledger', '--name', '外部台账', '--app-version', '1.0.0', '--category', '基层治理', '--owner-unit', 'ops-centre', '--contact', '李开发 021-00000000'];
    const dry = await runCli(['publish', '--external', remoteUrl, '--dry-run', ...flags], { cwd: empty, env: { ...env, TOOLBOX_LANG: 'en' } });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('Dry run (nothing stored): far-ledger@1.0.0');
    expect(dry.stdout).toContain('entry sha256: sha256-');
    const run = await runCli(['publish', '--external', remoteUrl, ...flags], { cwd: empty, env });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('等待审核');
    const [v] = await versions('far-ledger');
    expect(v).toMatchObject({ version: '1.0.0', sdk: '*', integrity: expect.stringMatching(/^sha256-/) });

    const unreachable = await runCli(['publish', '--external', 'http://127.0.0.1:1/x.js', ...flags.slice(0, 4), '--app-version', '1.1.0'], { cwd: empty, env });
    expect(unreachable.code).toBe(1);
  });
});
