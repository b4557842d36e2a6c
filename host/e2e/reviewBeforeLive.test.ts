// Review before live (上架审核) in Chromium, against the real product: a pending version's code is never requested by
// staff's or an admin's desktop, its owner's session may fetch it, and once an admin approves it, it loads for staff.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureHostBuilt } from '../test/support/ensureHostBuilt.ts';
import { launchChromium, type Browser } from '../test/support/launchChromium.ts';
import { repoRoot, startProduct, type Product } from './support/startProduct.ts';

let product: Product;
let browser: Browser;
let pendingDir: string;
let pendingVersion: string;

/** visit-log's build under a new version number: what dev publishes next, and an admin has not approved yet. */
function nextVersionOfVisitLog(): { dir: string; version: string } {
  const dir = mkdtempSync(join(tmpdir(), 'toolbox-pending-'));
  cpSync(join(repoRoot, 'plugins/visit-log/dist'), dir, { recursive: true });
  const manifestFile = join(dir, 'toolbox.manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { version: string };
  const [major, minor] = manifest.version.split('.').map(Number);
  manifest.version = `${major}.${(minor ?? 0) + 1}.0-review`;
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
  return { dir, version: manifest.version };
}

async function signIn(page: Page, username: string): Promise<void> {
  await browser.context.clearCookies();
  await page.goto(product.origin);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill('toolbox');
  await page.getByRole('button', { name: '登录' }).click();
  await page.locator('.tile').first().waitFor();
}

/** Every URL the page requests from now on. */
function watch(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

async function openVisitLog(page: Page): Promise<void> {
  await page.locator('[data-app="visit-log"] .tile-open').first().click();
  await page.getByRole('button', { name: '新增走访' }).waitFor({ timeout: 20_000 });
}

beforeAll(async () => {
  ensureHostBuilt();
  product = await startProduct();
  browser = await launchChromium();
  ({ dir: pendingDir, version: pendingVersion } = nextVersionOfVisitLog());
  product.publishPending(pendingDir);
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
  if (pendingDir) rmSync(pendingDir, { recursive: true, force: true });
});

describe('a pending version of visit-log', () => {
  const pendingPath = () => `/bundles/visit-log/${pendingVersion}/`;

  it('is never requested by the desktop of staff or an admin, who keep the approved version', async () => {
    for (const username of ['staff', 'admin']) {
      const page = await browser.context.newPage();
      const urls = watch(page);
      await signIn(page, username);
      await openVisitLog(page);
      expect(urls.some((u) => u.includes('/bundles/visit-log/'))).toBe(true);
      expect(urls.filter((u) => u.includes(pendingPath()))).toEqual([]);
      const items = (await page.evaluate(async () => (await (await fetch('/api/catalog')).json()) as { items: unknown[] })).items;
      expect(JSON.stringify(items)).not.toContain(pendingVersion);
      // Nor can staff fetch it by hand.
      if (username === 'staff') {
        const status = await page.evaluate(async (url) => (await fetch(url)).status, `${pendingPath()}remoteEntry.js`);
        expect(status).toBe(404);
      }
      await page.close();
    }
  });

  it("is offered to its owner alone, whose session may fetch its files (private, no-store)", async () => {
    const page = await browser.context.newPage();
    await signIn(page, 'dev');
    const found = await page.evaluate(async (path) => {
      const { items } = (await (await fetch('/api/catalog')).json()) as { items: { id: string; pending?: { version: string; entry: string } }[] };
      const pending = items.find((i) => i.id === 'visit-log')?.pending;
      const res = pending ? await fetch(pending.entry) : undefined;
      return { pending, status: res?.status, cache: res?.headers.get('cache-control'), path };
    }, pendingPath());
    expect(found.pending?.version).toBe(pendingVersion);
    expect(found.status).toBe(200);
    expect(found.cache).toBe('private, no-store');
    await page.close();
  });

  it('loads for staff once an admin approves it', async () => {
    await product.approve('visit-log', pendingVersion);
    const page = await browser.context.newPage();
    const urls = watch(page);
    await signIn(page, 'staff');
    await openVisitLog(page);
    expect(urls.some((u) => u.includes(`${pendingPath()}remoteEntry.js`))).toBe(true);
    await page.close();
  });
});
