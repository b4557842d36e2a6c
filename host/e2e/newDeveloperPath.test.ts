// A developer from another department, outside this repository, following docs/plugin-guide.md alone: the district's
// private npm registry (a real Verdaccio) holds @toolbox/sdk, published from this workspace as an operator would;
// in an empty folder elsewhere, `npx @toolbox/sdk create`, `npm install`, `toolbox dev` in Chromium, `toolbox build`,
// `toolbox publish` to a running Toolbox, approval by an admin, and the app on a staff member's desktop.
// The time from create to the app showing on the staff desktop is printed (the closing-note figure).
import { spawn, spawnSync, type ChildProcess, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type Browser } from '../test/support/launchChromium.ts';
import { screenshot } from './support/screenshots.ts';
import { signIn } from './support/signIn.ts';
import { repoRoot, startProduct, type Product } from './support/startProduct.ts';
import { startVerdaccio, type Verdaccio } from './support/startVerdaccio.ts';

const APP_ID = 'street-ledger';
const APP_NAME = '街道台账';

/** pnpm as `pnpm test` runs it (its own path in npm_execpath), else the version package.json names, through npx. */
function pnpmCommand(): string[] {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/.test(execPath)) return [process.execPath, execPath];
  const { packageManager } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { packageManager: string };
  return ['npx', '-y', packageManager];
}

/** The machine's own npm settings (its registry, cache and so on), as `npm config set` would extend them. */
function userNpmrc(): string {
  const r = spawnSync('npm', ['config', 'get', 'userconfig'], { encoding: 'utf8' });
  const file = r.stdout.trim();
  return file && existsSync(file) ? `${readFileSync(file, 'utf8').trimEnd()}\n` : '';
}

describe('a new developer outside the repository: private registry → create → dev → build → publish → staff desktop', () => {
  // Outside the workspace: no pnpm-workspace.yaml above it, so create writes a registry range, not workspace:*.
  const work = mkdtempSync(join(tmpdir(), 'toolbox-newdev-'));
  const app = join(work, APP_ID);
  const npmrc = join(work, 'npmrc');
  let verdaccio: Verdaccio;
  let product: Product;
  let browser: Browser;
  let dev: ChildProcess | undefined;
  const steps: [string, number][] = [];
  let pathStart = 0;

  /**
   * What a developer's shell has: none of Vitest's or pnpm's variables, npm reading our .npmrc (HOME stays, and with
   * it the machine's npm cache), the toolbox CLI keeping its login in the scratch folder.
   */
  const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
    ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV$|npm_|pnpm_|TOOLBOX_)/i.test(k))),
    NPM_CONFIG_USERCONFIG: npmrc,
    XDG_CONFIG_HOME: join(work, 'config'),
    ...extra,
  });
  const run = (cmd: string, args: string[], cwd: string, extra: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> => {
    const r = spawnSync(cmd, args, { cwd, env: env(extra), encoding: 'utf8', timeout: 300_000 });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} in ${cwd} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
    return r;
  };
  const step = (name: string, since: number) => steps.push([name, (performance.now() - since) / 1000]);
  const sdkBin = () => join(app, 'node_modules', '@toolbox', 'sdk', 'bin', 'toolbox.js');

  beforeAll(async () => {
    [verdaccio, browser] = await Promise.all([startVerdaccio(), launchChromium()]);
    // The district's operator: a registry account, then `pnpm --filter @toolbox/sdk publish` (pnpm packs dist/ and
    // the publishConfig exports, and rewrites any workspace: range).
    const token = await verdaccio.addUser('district-ops', `ops-${Date.now()}`);
    const registryHost = verdaccio.url.replace(/^http:/, '');
    // The developer's one-time setup (`npm config set @toolbox:registry …`); the operator's token sits beside it here.
    writeFileSync(npmrc, `${userNpmrc()}@toolbox:registry=${verdaccio.url}\n${registryHost}:_authToken=${token}\n`);
    const [cmd, ...args] = pnpmCommand();
    run(cmd!, [...args, '--filter', '@toolbox/sdk', 'publish', '--registry', verdaccio.url, '--no-git-checks'], repoRoot);
    // After the publish, whose prepack rebuilt sdk/dist: the compiled registry server loads the SDK from there.
    product = await startProduct();
  });

  afterAll(async () => {
    if (dev && dev.exitCode === null) {
      const exited = new Promise((r) => dev!.once('exit', r));
      dev.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    }
    await browser?.close();
    await product?.stop();
    await verdaccio?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('the private registry serves the compiled SDK, not its TypeScript source', async () => {
    const meta = (await (await fetch(`${verdaccio.url}@toolbox%2fsdk`)).json()) as {
      'dist-tags': { latest: string };
      versions: Record<string, { exports: Record<string, unknown>; dependencies: Record<string, string> }>;
    };
    const latest = meta.versions[meta['dist-tags'].latest]!;
    expect(meta['dist-tags'].latest).toBe(JSON.parse(readFileSync(join(repoRoot, 'sdk/package.json'), 'utf8')).version);
    expect(latest.exports['.']).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
    expect(Object.keys(latest.dependencies)).not.toContain('tsx');
  });

  it('npx @toolbox/sdk create writes a project that asks the registry for ^1.1.0, and npm install takes it from there', async () => {
    const meta = (await (await fetch(`${verdaccio.url}@toolbox%2fsdk`)).json()) as {
      'dist-tags': { latest: string };
      versions: Record<string, { dist: { integrity: string } }>;
    };
    const publishedIntegrity = meta.versions[meta['dist-tags'].latest]!.dist.integrity;

    pathStart = performance.now();
    // npx keeps what it installed under <cache>/_npx by package name: a folder of its own for each run, so that an SDK
    // published by an earlier run never answers for this one.
    run('npx', ['--yes', '@toolbox/sdk', 'create', APP_ID, '--name', APP_NAME], work, { npm_config_cache: join(work, 'npx-cache') });
    step('npx @toolbox/sdk create', pathStart);
    const pkg = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(pkg.dependencies['@toolbox/sdk']).toMatch(/^\^1\.(?:[1-9]|\d{2,})\.\d+$/);

    const installStart = performance.now();
    // The machine's npm cache holds React, Vite and the rest after a first run; only @toolbox/sdk comes from Verdaccio.
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], app);
    step('npm install', installStart);
    const installed = JSON.parse(readFileSync(join(app, 'node_modules/@toolbox/sdk/package.json'), 'utf8')) as { version: string };
    expect(installed.version).toBe(pkg.dependencies['@toolbox/sdk']!.slice(1));
    // The tarball installed is the one Verdaccio holds (the only registry that has @toolbox at all).
    const lock = JSON.parse(readFileSync(join(app, 'package-lock.json'), 'utf8')) as { packages: Record<string, { integrity?: string }> };
    expect(lock.packages['node_modules/@toolbox/sdk']?.integrity).toBe(publishedIntegrity);
    // No TypeScript source in the installed SDK: what runs is dist/.
    expect(existsSync(join(app, 'node_modules/@toolbox/sdk/src/index.ts'))).toBe(false);
  });

  it('toolbox dev serves the dev shell, which renders the app and saves a record in Chromium', async () => {
    const devStart = performance.now();
    let output = '';
    // `npx toolbox dev`, started with node directly so that we hold the dev server's PID.
    dev = spawn(process.execPath, [sdkBin(), 'dev', '--port', '0'], { cwd: app, env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
    dev.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    dev.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    let url = '';
    for (let i = 0; i < 600 && !url && dev.exitCode === null; i++) {
      url = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1] ?? '';
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(url, output).not.toBe('');

    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(url);
      // A blank page here is the regression of issue 13 (ajv served untransformed from node_modules).
      await page.getByRole('button', { name: '新增记录' }).waitFor({ timeout: 60_000 }).catch((e: Error) => {
        throw new Error(`${e.message}\npage errors: ${errors.join('\n')}\ndev server: ${output}`);
      });
      expect(await page.locator('.tbx-dev-bar strong').textContent()).toContain(`${APP_NAME} 0.1.0`);
      await page.getByRole('button', { name: '新增记录' }).click();
      await page.getByLabel(/事项/).fill('检查楼道消防通道');
      await page.getByLabel(/日期/).fill(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()));
      await page.getByRole('button', { name: '保存' }).click();
      await page.getByRole('cell', { name: '检查楼道消防通道' }).waitFor({ timeout: 20_000 });
      await screenshot(page, 'new-developer-dev-shell');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
    step('toolbox dev (first render and a saved record)', devStart);
    const exited = new Promise((r) => dev!.once('exit', r));
    dev.kill('SIGTERM');
    await exited;
  });

  it('toolbox build writes and validates the remote', () => {
    const buildStart = performance.now();
    const r = run(process.execPath, [sdkBin(), 'build'], app);
    step('toolbox build', buildStart);
    expect(r.stdout).toContain(`${APP_ID}@0.1.0`);
    for (const file of ['remoteEntry.js', 'mf-manifest.json', 'toolbox.manifest.json']) expect(existsSync(join(app, 'dist', file)), file).toBe(true);
  });

  it('toolbox publish sends it to the running Toolbox; once an admin approves it, staff open it from the desktop', async () => {
    const publishStart = performance.now();
    const r = run(process.execPath, [sdkBin(), 'publish', '--registry', product.origin, '--token', await product.devToken()], app);
    expect(r.stdout).toContain(APP_ID);
    // Review before live (上架审核): the version waits for a reviewer unless the registry made it live at once.
    const { items } = (await (
      await fetch(`${product.origin}/api/apps/${APP_ID}/versions`, { headers: { cookie: await product.cookieFor('admin') } })
    ).json()) as { items: { version: string; status: string }[] };
    expect(items.map((v) => v.version)).toEqual(['0.1.0']);
    if (items[0]!.status === 'pending') await product.approve(APP_ID, '0.1.0');
    step('toolbox publish + admin approval', publishStart);

    const desktopStart = performance.now();
    const page = await browser.context.newPage();
    try {
      await signIn(page, product.origin, 'staff');
      const tile = page.locator(`[data-app="${APP_ID}"] .tile-open`).first();
      await tile.waitFor({ timeout: 20_000 });
      expect(await tile.innerText()).toContain(APP_NAME);
      await tile.click();
      await page.locator('.app-frame').getByRole('button', { name: '新增记录' }).waitFor({ timeout: 30_000 });
      step('staff desktop: sign in, open the tile, app rendered', desktopStart);
      const total = (performance.now() - pathStart) / 1000;
      await screenshot(page, 'new-developer-staff-desktop');
      console.log(
        [
          `new developer path, create → visible on the staff desktop: ${total.toFixed(1)} s`,
          ...steps.map(([name, seconds]) => `  ${name}: ${seconds.toFixed(1)} s`),
        ].join('\n'),
      );
      expect(total).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });
});
