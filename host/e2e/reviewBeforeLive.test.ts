// Review before live (上架审核) in Chromium, against the real product: a pending version's code is never requested by
// staff's or an admin's desktop, its owner's session may fetch it, and once an admin approves it, it loads for staff.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureHostBuilt } from '../test/support/ensureHostBuilt.ts';
import { launchChromium, type Browser } from '../test/support/launchChromium.ts';
import { nextVersionOfVisitLog } from './support/nextVersionOfVisitLog.ts';
import { startProduct, type Product } from './support/startProduct.ts';
import { signIn as signInOnDesktop } from './support/signIn.ts';

let product: Product;
let browser: Browser;
let pendingDir: string;
let pendingVersion: string;

const signIn = (page: Page, username: string): Promise<void> => signInOnDesktop(page, product.origin, username);

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
  ({ dir: pendingDir, version: pendingVersion } = nextVersionOfVisitLog('review'));
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
      // No try control, nor the chunk that draws it; and ?try does nothing for them.
      expect(await page.getByRole('link', { name: /试用待审核版本/ }).count()).toBe(0);
      expect(urls.filter((u) => u.includes('TrialControls'))).toEqual([]);
      await page.goto(`${product.origin}/app/visit-log?try=${pendingVersion}`);
      await page.getByRole('button', { name: '新增走访' }).waitFor({ timeout: 20_000 });
      expect(await page.locator('.banner-trial').count()).toBe(0);
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

  it('opens for its owner from the tile, marked by a banner, survives a reload, and goes back to the current version', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    const urls = watch(page);
    await signIn(page, 'dev');
    const tryLink = page.locator('[data-app="visit-log"]').first().getByRole('link', { name: `试用待审核版本 ${pendingVersion}` });
    await tryLink.waitFor();
    if (process.env.TOOLBOX_SHOTS) await page.screenshot({ path: join(process.env.TOOLBOX_SHOTS, 'tile.png') });
    await tryLink.click();
    await page.getByRole('button', { name: '新增走访' }).waitFor({ timeout: 20_000 });
    const banner = page.locator('.banner-trial');
    await expect.poll(() => banner.textContent()).toContain(`正在试用待审核版本 ${pendingVersion}，仅你可见`);
    expect(page.url()).toBe(`${product.origin}/app/visit-log?try=${encodeURIComponent(pendingVersion)}`);
    expect(urls.some((u) => u.includes(`${pendingPath()}remoteEntry.js`))).toBe(true);
    expect(await page.evaluate(() => (globalThis as { __visitLogBuild?: string }).__visitLogBuild)).toBe(pendingVersion);
    if (process.env.TOOLBOX_SHOTS) await page.screenshot({ path: join(process.env.TOOLBOX_SHOTS, 'banner.png') });
    // A reload keeps trying it.
    await page.reload();
    await page.getByRole('button', { name: '新增走访' }).waitFor({ timeout: 20_000 });
    await expect.poll(() => banner.textContent()).toContain(pendingVersion);
    // Back to the current version: no banner, and the frame's header offers the trial again.
    await banner.getByRole('link', { name: /返回当前版本/ }).click();
    await expect.poll(() => banner.count()).toBe(0);
    await page.getByRole('button', { name: '新增走访' }).waitFor({ timeout: 20_000 });
    expect(page.url()).toBe(`${product.origin}/app/visit-log`);
    await page.locator('.app-header').getByRole('link', { name: `试用待审核版本 ${pendingVersion}` }).click();
    await expect.poll(() => banner.count()).toBe(1);
    await page.close();
  });

  it('loads for staff once an admin approves it', async () => {
    await product.approve('visit-log', pendingVersion);
    const page = await browser.context.newPage();
    const urls = watch(page);
    await signIn(page, 'staff');
    await openVisitLog(page);
    expect(urls.some((u) => u.includes(`${pendingPath()}remoteEntry.js`))).toBe(true);
    expect(await page.evaluate(() => (globalThis as { __visitLogBuild?: string }).__visitLogBuild)).toBe(pendingVersion);
    await page.close();
    // Its owner no longer has anything to try.
    const devPage = await browser.context.newPage();
    await signIn(devPage, 'dev');
    expect(await devPage.getByRole('link', { name: /试用待审核版本/ }).count()).toBe(0);
    await devPage.close();
  });
});
