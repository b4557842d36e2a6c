import { existsSync, readFileSync, statSync, symlinkSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashDirectory } from '../src/node/vite/hashDirectory.ts';
import { runCli } from './helpers/runCli.ts';
import { tempDir } from './helpers/tempApp.ts';

const sdkRoot = join(import.meta.dirname, '..');

/** The part of the registry server this test drives (its source is imported at run time, not type-checked here). */
interface RegistryServer {
  listen(options: { port: number; host: string }): Promise<string>;
  close(): Promise<unknown>;
}
async function startRegistry(options: { db: string; dataDir: string; demo: boolean }): Promise<RegistryServer> {
  const entry = join(sdkRoot, '..', 'registry-server', 'src', 'index.ts');
  const { buildApp } = (await import(entry)) as { buildApp: (o: typeof options) => Promise<RegistryServer> };
  return buildApp(options);
}

async function writeBundle(dir: string): Promise<void> {
  const manifest = JSON.parse(readFileSync(join(sdkRoot, 'test', 'fixtures', 'basic-app', 'toolbox.manifest.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(dir, 'toolbox.manifest.json'), JSON.stringify(manifest));
  mkdirSync(join(dir, 'dist', 'assets'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'remoteEntry.js'), `export const get = () => null; // ${'x'.repeat(2000)}`);
  writeFileSync(join(dir, 'dist', 'mf-manifest.json'), '{}');
  writeFileSync(join(dir, 'dist', 'assets', 'app.js'), 'export {}');
  const files = await hashDirectory(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', 'toolbox.manifest.json'), JSON.stringify({ ...manifest, entry: 'remoteEntry.js', files }));
}

describe('toolbox CLI: create → build → validate → login → publish against the real registry', () => {
  /** A session cookie of a demo user (password `toolbox`). */
  const cookieOf = async (username: string): Promise<string> => {
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: 'toolbox' }),
    });
    return (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  };
  const catalogIds = async (cookie: string): Promise<string[]> => {
    const catalog = (await (await fetch(`${url}/api/catalog`, { headers: { cookie } })).json()) as { items?: { id: string }[] } | { id: string }[];
    return (Array.isArray(catalog) ? catalog : (catalog.items ?? [])).map((i) => i.id);
  };
  /** Review before live (上架审核): the demo admin approves a pending version. */
  const approve = async (id: string, version: string): Promise<void> => {
    const res = await fetch(`${url}/api/apps/${id}/versions/${version}/approve`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: await cookieOf('admin') },
      body: JSON.stringify({ reason: 'CLI test' }),
    });
    expect(res.status, await res.clone().text()).toBe(200);
  };
  const scratch = tempDir('cli');
  const app = join(scratch.dir, 'street-ledger');
  const config = join(scratch.dir, 'config');
  const env = { XDG_CONFIG_HOME: config };
  let registry: RegistryServer;
  let url: string;

  beforeAll(async () => {
    registry = await startRegistry({ db: join(scratch.dir, 'toolbox.db'), dataDir: join(scratch.dir, 'bundles'), demo: true });
    url = await registry.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await registry?.close();
    scratch.cleanup();
  });

  it('create scaffolds a working project', async () => {
    const run = await runCli(['create', 'street-ledger', '--name', '街道台账'], { cwd: scratch.dir, env });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('已创建轻应用 street-ledger');
    for (const file of ['toolbox.manifest.json', 'package.json', 'vite.config.ts', 'src/app.tsx', 'src/HomePage.tsx', 'src/HomePage.test.tsx']) {
      expect(existsSync(join(app, file)), file).toBe(true);
    }
    const manifest = JSON.parse(readFileSync(join(app, 'toolbox.manifest.json'), 'utf8')) as { id: string; name: Record<string, string> };
    expect(manifest).toMatchObject({ id: 'street-ledger', name: { 'zh-CN': '街道台账' } });
    // What `npm install` would do for @toolbox/sdk; React, Vite and Vitest resolve from the SDK's own node_modules above.
    mkdirSync(join(app, 'node_modules', '@toolbox'), { recursive: true });
    symlinkSync(sdkRoot, join(app, 'node_modules', '@toolbox', 'sdk'), 'dir');
  });

  it('create refuses a directory that is not empty', async () => {
    const run = await runCli(['create', 'street-ledger'], { cwd: scratch.dir, env });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('TOOLBOX_CLI_DIR_NOT_EMPTY');
  });

  it('the scaffolded test passes', async () => {
    const { spawnSync } = await import('node:child_process');
    const vitest = join(sdkRoot, '..', 'node_modules', 'vitest', 'vitest.mjs');
    const result = await new Promise<{ status: number | null; out: string }>((resolve) => {
      const r = spawnSync(process.execPath, [vitest, 'run', '--root', app], { cwd: app, encoding: 'utf8', env: { ...process.env, VITEST: undefined } });
      resolve({ status: r.status, out: `${r.stdout}\n${r.stderr}` });
    });
    expect(result.out).toContain('1 passed');
    expect(result.status).toBe(0);
  });

  it('build writes a remote and validates it', async () => {
    const run = await runCli(['build'], { cwd: app, env });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('✔ street-ledger@0.1.0 校验通过');
    for (const file of ['remoteEntry.js', 'mf-manifest.json', 'toolbox.manifest.json']) expect(existsSync(join(app, 'dist', file)), file).toBe(true);
  });

  it('build refuses a vite.config.ts that builds elsewhere than dist/, before building anything', async () => {
    const configFile = join(app, 'vite.config.ts');
    const original = readFileSync(configFile, 'utf8');
    const entry = readFileSync(join(app, 'dist', 'remoteEntry.js'));
    writeFileSync(configFile, original.replace('defineConfig({', "defineConfig({ build: { outDir: 'build' },"));
    try {
      expect(readFileSync(configFile, 'utf8')).toContain("outDir: 'build'");
      const run = await runCli(['build'], { cwd: app, env });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('vite.config 把应用构建到 build/，但 toolbox validate 和 toolbox publish 读取的是 dist/');
      expect(run.stderr).toContain('TOOLBOX_CLI_OUT_DIR');
      expect(run.stderr).toContain('删掉 vite.config.ts 里的 build.outDir');
      expect(existsSync(join(app, 'build'))).toBe(false);
      expect(readFileSync(join(app, 'dist', 'remoteEntry.js')).equals(entry)).toBe(true);
    } finally {
      writeFileSync(configFile, original);
    }
  });

  it('validate exits non-zero and names each problem by path when dist/ was tampered with', async () => {
    const entry = join(app, 'dist', 'remoteEntry.js');
    const original = readFileSync(entry);
    writeFileSync(entry, Buffer.concat([original, Buffer.from('\n// changed')]));
    writeFileSync(join(app, 'dist', 'stray.js'), 'export {}');
    try {
      const run = await runCli(['validate'], { cwd: app, env: { ...env, TOOLBOX_LANG: 'en' } });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('Validation failed (2 problems)');
      expect(run.stderr).toContain('/files/remoteEntry.js: the sha256 of dist/remoteEntry.js does not match [TOOLBOX_DIST_HASH_MISMATCH]');
      expect(run.stderr).toContain('dist/stray.js:');
    } finally {
      writeFileSync(entry, original);
      const { rmSync } = await import('node:fs');
      rmSync(join(app, 'dist', 'stray.js'));
    }
    expect((await runCli(['validate'], { cwd: app, env })).code).toBe(0);
  });

  it('publish without a registry or token says what is missing', async () => {
    const noRegistry = await runCli(['publish'], { cwd: app, env });
    expect(noRegistry.code).toBe(1);
    expect(noRegistry.stderr).toContain('TOOLBOX_CLI_NO_REGISTRY');
    const noToken = await runCli(['publish', '--registry', url], { cwd: app, env });
    expect(noToken.code).toBe(1);
    expect(noToken.stderr).toContain('TOOLBOX_CLI_NO_TOKEN');
  });

  it('login stores a token for the registry in the config dir with mode 600', async () => {
    const run = await runCli(['login', '--registry', url], { cwd: app, env, input: 'dev\ntoolbox\n' });
    expect(run.code, run.stderr).toBe(0);
    const file = join(config, 'toolbox', 'config.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { registry: string; token: string };
    expect(stored.registry).toBe(url);
    expect(stored.token.length).toBeGreaterThan(10);
    expect(readFileSync(file, 'utf8')).not.toContain('toolbox"');
  });

  it('login mints a publish token that expires (90 days by default), sending the password again', async () => {
    const file = join(config, 'toolbox', 'config.json');
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { token: string };
    const me = await fetch(`${url}/api/tokens`, { headers: { authorization: `Bearer ${stored.token}` } });
    const items = ((await me.json()) as { items: { scope: string; apps: string[] | null; createdAt: string; expiresAt: string }[] }).items;
    expect(items[0]).toMatchObject({ scope: 'publish', apps: null });
    expect(Date.parse(items[0]!.expiresAt) - Date.parse(items[0]!.createdAt)).toBe(90 * 24 * 3600 * 1000);
  });

  it('login --scope read --days 7 stores a read token, with which publishing is refused (TOOLBOX_TOKEN_SCOPE)', async () => {
    const readOnly = join(scratch.dir, 'config-read');
    const run = await runCli(['login', '--registry', url, '--scope', 'read', '--days', '7'], { cwd: app, env: { XDG_CONFIG_HOME: readOnly }, input: 'dev\ntoolbox\n' });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('read');
    const publish = await runCli(['publish'], { cwd: app, env: { XDG_CONFIG_HOME: readOnly } });
    expect(publish.code).toBe(1);
    expect(publish.stderr).toContain('TOOLBOX_TOKEN_SCOPE');
    const limited = join(scratch.dir, 'config-apps');
    const other = await runCli(['login', '--registry', url, '--apps', 'another-app'], { cwd: app, env: { XDG_CONFIG_HOME: limited }, input: 'dev\ntoolbox\n' });
    expect(other.code, other.stderr).toBe(0);
    const refused = await runCli(['publish'], { cwd: app, env: { XDG_CONFIG_HOME: limited } });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('TOOLBOX_TOKEN_SCOPE');
    expect(refused.stderr).toContain('street-ledger');
  });

  it('login with a wrong password shows the registry error and stores nothing new', async () => {
    const other = join(scratch.dir, 'config-other');
    const run = await runCli(['login', '--registry', url], { cwd: app, env: { XDG_CONFIG_HOME: other }, input: 'dev\nwrong\n' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('TOOLBOX_LOGIN_FAILED');
    expect(existsSync(join(other, 'toolbox', 'config.json'))).toBe(false);
  });

  it('publish (with the stored login) submits the version for review and prints its URL; once approved, the catalogue lists the app', async () => {
    const run = await runCli(['publish'], { cwd: app, env });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('等待审核');
    const printed = /(http:\/\/127\.0\.0\.1:\d+\/bundles\/[^\s）)]+)/.exec(run.stdout)?.[1];
    expect(printed).toBeDefined();
    // Pending: nobody but its owner gets its files or sees it.
    expect((await fetch(printed!)).status).toBe(404);
    const staff = await cookieOf('staff');
    expect(await catalogIds(staff)).not.toContain('street-ledger');

    await approve('street-ledger', '0.1.0');
    const entry = await fetch(printed!);
    expect(entry.status).toBe(200);
    expect(await entry.text()).toBe(readFileSync(join(app, 'dist', 'remoteEntry.js'), 'utf8'));
    expect(await catalogIds(staff)).toContain('street-ledger');
  });

  it('publishing the same version again shows the registry\'s 409 code and message', async () => {
    const run = await runCli(['publish'], { cwd: app, env });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('TOOLBOX_VERSION_EXISTS');
    expect(run.stderr).toContain('0.1.0');
  });

  it('a bad token gets the registry\'s 401 code and message', async () => {
    const run = await runCli(['publish', '--registry', url, '--token', 'not-a-token'], { cwd: app, env });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('TOOLBOX_UNAUTHENTICATED');
    expect(run.stderr).toContain('HTTP 401');
  });

  it('versions lists what was published, and rollback makes an older version current', async () => {
    // Version 0.2.0 without a second build: the built manifest is the one file its own hashes leave out.
    for (const file of [join(app, 'toolbox.manifest.json'), join(app, 'dist', 'toolbox.manifest.json')]) {
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      writeFileSync(file, JSON.stringify({ ...manifest, version: '0.2.0' }, null, 2));
    }
    expect((await runCli(['publish'], { cwd: app, env })).code).toBe(0);

    const waiting = await runCli(['versions'], { cwd: app, env });
    expect(waiting.stdout).toMatch(/^ {2}0\.2\.0 .*\[待审核\]$/m);
    expect(waiting.stdout).toMatch(/^\* 0\.1\.0/m);
    await approve('street-ledger', '0.2.0');

    const before = await runCli(['versions'], { cwd: app, env });
    expect(before.code, before.stderr).toBe(0);
    expect(before.stdout).toMatch(/^\* 0\.2\.0/m);
    expect(before.stdout).toMatch(/^ {2}0\.1\.0/m);

    const rolled = await runCli(['rollback', '0.1.0', '--reason', '0.2.0 有问题'], { cwd: app, env });
    expect(rolled.code, rolled.stderr).toBe(0);
    const after = await runCli(['versions'], { cwd: app, env });
    expect(after.stdout).toMatch(/^\* 0\.1\.0/m);

    const missing = await runCli(['rollback', '9.9.9'], { cwd: app, env });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('TOOLBOX_VERSION_NOT_FOUND');
  });
});

describe('toolbox publish shows 400 and 403 answers of a registry', () => {
  it('prints the code and message of each error body, and exits 1', async () => {
    const scratch = tempDir('cli-stub');
    // A stub registry that answers with what the test asks for; it records the upload it got.
    const answers = [
      { status: 403, body: { statusCode: 403, code: 'TOOLBOX_FORBIDDEN', error: 'Forbidden', message: '只有应用的所有者或管理员可以发布' } },
      { status: 400, body: { statusCode: 400, code: 'TOOLBOX_UNIT_NOT_FOUND', error: 'Bad Request', message: 'manifest/owner/unit: no unit "nowhere" in the org tree' } },
    ];
    const seen: { auth?: string; type?: string; size: number }[] = [];
    const server = createServer((req, res) => {
      let size = 0;
      req.on('data', (d: Buffer) => (size += d.length));
      req.on('end', () => {
        seen.push({ auth: req.headers.authorization, type: req.headers['content-type'], size });
        const answer = answers[seen.length - 1]!;
        res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const stubUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      // A small dist/ with a correct manifest is all publish needs; the real build is tested above.
      await writeBundle(scratch.dir);
      const forbidden = await runCli(['publish', '--registry', stubUrl], { cwd: scratch.dir, env: { TOOLBOX_TOKEN: 'tok-123', XDG_CONFIG_HOME: scratch.dir } });
      expect(forbidden.code).toBe(1);
      expect(forbidden.stderr).toContain('TOOLBOX_FORBIDDEN：只有应用的所有者或管理员可以发布');
      const invalid = await runCli(['publish', '--registry', stubUrl, '--token', 'tok-456'], { cwd: scratch.dir, env: { XDG_CONFIG_HOME: scratch.dir } });
      expect(invalid.code).toBe(1);
      expect(invalid.stderr).toContain('manifest/owner/unit: no unit "nowhere"');
      expect(seen.map((s) => s.auth)).toEqual(['Bearer tok-123', 'Bearer tok-456']);
      expect(seen.every((s) => s.type?.startsWith('multipart/form-data') && s.size > 200)).toBe(true);
    } finally {
      server.close();
      scratch.cleanup();
    }
  });
});
