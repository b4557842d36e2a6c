// Issue 13: instances that share nothing but PostgreSQL. Two real registry servers, each with its own data folder,
// on one database: the example plugins are published through A, staff opens one through B in Chromium, and A,
// restarted on an empty data folder, still serves every file of it (the bundles live in the database).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../registry-server/test/helpers/engines.ts';
import { ensureHostBuilt } from '../test/support/ensureHostBuilt.ts';
import { launchChromium, type Browser } from '../test/support/launchChromium.ts';
import { screenshot } from './support/screenshots.ts';
import { signIn } from './support/signIn.ts';
import { manifestOf, repoRoot, startProduct, type Product } from './support/startProduct.ts';

const pluginDir = join(repoRoot, 'plugins/visit-log');

function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => relative(dir, path));
}

describe.runIf(process.env.TOOLBOX_TEST_PG)('two instances with their own data folders on one PostgreSQL', () => {
  let database: TestDatabase;
  let a: Product | undefined;
  let b: Product | undefined;
  let browser: Browser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ensureHostBuilt();
    database = await createTestDatabase('postgres');
    // Each product starts in a temp folder of its own (database file unused, bundles folder empty): only TOOLBOX_DB is shared.
    a = await startProduct({ env: { TOOLBOX_DB: database.url } });
    b = await startProduct({ env: { TOOLBOX_DB: database.url }, examples: false });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await a?.stop();
    await b?.stop();
    await database?.drop();
  });

  async function openOn(origin: string): Promise<Page> {
    const { id, name } = manifestOf(pluginDir);
    const page = await browser.context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await signIn(page, origin, 'staff');
    const tile = page.locator(`[data-app="${id}"] .tile-open`).first();
    await expect.poll(() => tile.textContent()).toContain(name['zh-CN']);
    await tile.click();
    await expect.poll(() => page.url()).toBe(`${origin}/app/${id}`);
    await expect.poll(() => page.locator('.app-title h1').textContent()).toBe(name['zh-CN']);
    // The app mounted: its frame holds what it rendered (visit-log's list and its 新增走访 button).
    await page.getByRole('button', { name: '新增走访' }).waitFor({ timeout: 20_000 });
    return page;
  }

  it('opens through B an app published through A', async () => {
    const page = await openOn(b!.origin);
    await screenshot(page, 'two-instances-open-on-b');
    await page.close();
    expect(pageErrors).toEqual([]);
  });

  it('A restarted on an empty data folder serves every file of the app, and staff opens it there', async () => {
    const port = new URL(a!.origin).port;
    await a!.stop();
    a = await startProduct({ env: { TOOLBOX_DB: database.url }, examples: false, port: Number(port) });
    const { id } = manifestOf(pluginDir);
    const { version } = JSON.parse(readFileSync(join(pluginDir, 'dist/toolbox.manifest.json'), 'utf8')) as { version: string };
    const dist = join(pluginDir, 'dist');
    for (const path of filesOf(dist)) {
      const res = await fetch(`${a.origin}/bundles/${id}/${version}/${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe('public, max-age=31536000, immutable');
      const digest = createHash('sha256').update(Buffer.from(await res.arrayBuffer())).digest('hex');
      expect(digest, path).toBe(createHash('sha256').update(readFileSync(join(dist, path))).digest('hex'));
    }
    const page = await openOn(a.origin);
    await page.close();
    expect(pageErrors).toEqual([]);
  });
});
