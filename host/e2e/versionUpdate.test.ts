// An open app whose current version changes (a publish approved while staff have it open) in Chromium, against the
// real product: the desktop notices within its poll (shortened here through the per-browser setting), shows the bar
// 「居民走访记录」有新版本 with 刷新, keeps what the user typed until they choose, and 刷新 runs the new version. A
// rollback instead closes the version it pulled, on every desktop that has it open, and the next open runs the
// catalogue's version, also on a desktop that ran the pulled one before (its module is still in the page).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureHostBuilt } from '../test/support/ensureHostBuilt.ts';
import type { Page } from 'playwright-core';
import { launchChromium, type Browser } from '../test/support/launchChromium.ts';
import { screenshot } from './support/screenshots.ts';
import { signIn } from './support/signIn.ts';
import { nextVersionOfVisitLog } from './support/nextVersionOfVisitLog.ts';
import { startProduct, type Product } from './support/startProduct.ts';

let product: Product;
let browser: Browser;
const dirs: string[] = [];

/** Publishes a built folder through the HTTP API as dev (a .tgz in the field `bundle`), then approves it as admin. */
async function publishAndApprove(dir: string, version: string): Promise<void> {
  const archive = join(dir, '..', `${version}.tgz`);
  const tar = spawnSync('tar', ['-czf', archive, '-C', dir, '.']);
  if (tar.status !== 0) throw new Error(`tar: ${tar.stderr.toString()}`);
  const form = new FormData();
  form.append('bundle', new Blob([readFileSync(archive)]), 'bundle.tgz');
  const res = await fetch(`${product.origin}/api/apps/visit-log/versions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await product.devToken()}` },
    body: form,
  });
  rmSync(archive, { force: true });
  if (res.status !== 201) throw new Error(`publish: ${res.status} ${await res.text()}`);
  await product.approve('visit-log', version);
}

beforeAll(async () => {
  ensureHostBuilt();
  product = await startProduct();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The build of visit-log that runs in `page` (set by the entry of each later version; undefined for the first). */
const build = (page: Page) => page.evaluate(() => (globalThis as { __visitLogBuild?: string }).__visitLogBuild);

/** A new page of staff, with the catalogue checked every 1.5 s instead of 45 s (per browser, as support staff would). */
async function staffPage(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.addInitScript(() => localStorage.setItem('toolbox.catalogPollMs', '1500'));
  await signIn(page, product.origin, 'staff');
  return page;
}

async function openVisitLog(page: Page): Promise<void> {
  await page.locator('[data-app="visit-log"] .tile-open').first().click();
  await page.getByRole('button', { name: '新增走访' }).waitFor({ timeout: 20_000 });
}

describe('a new current version of an open app', () => {
  it('shows 刷新 within the poll, keeps the unsaved form, and loads the new version when the user chooses', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    // Per browser, as support staff would set it: check every 1.5 s instead of 45 s.
    await page.addInitScript(() => localStorage.setItem('toolbox.catalogPollMs', '1500'));
    const catalogAnswers: number[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('/api/catalog')) catalogAnswers.push(r.status());
    });
    await signIn(page, product.origin, 'staff');
    await page.locator('[data-app="visit-log"] .tile-open').first().click();
    await page.getByRole('button', { name: '新增走访' }).waitFor({ timeout: 20_000 });
    expect(await page.evaluate(() => (globalThis as { __visitLogBuild?: string }).__visitLogBuild)).toBeUndefined();
    // Unchanged catalogue: the polls are answered 304, and no bar shows.
    await expect.poll(() => catalogAnswers.filter((s) => s === 304).length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.locator('[data-update-bar]').count()).toBe(0);

    // Half-filled form: what must survive until the user chooses to refresh.
    await page.getByRole('button', { name: '新增走访' }).click();
    const field = page.locator('[data-app-frame="visit-log"] input[type="text"], [data-app-frame="visit-log"] textarea').first();
    await field.fill('张阿姨，独居，需跟进');

    const { dir, version } = nextVersionOfVisitLog();
    dirs.push(dir);
    await publishAndApprove(dir, version);

    const bar = page.locator('[data-update-bar]');
    await bar.waitFor({ timeout: 15_000 });
    expect(await bar.textContent()).toContain(`「居民走访记录」有新版本 ${version}`);
    expect(await bar.textContent()).toContain('还没保存的填写内容会丢失');
    // Nothing reloaded by itself: the typed text is still there, in the old build.
    expect(await field.inputValue()).toBe('张阿姨，独居，需跟进');
    expect(await page.evaluate(() => (globalThis as { __visitLogBuild?: string }).__visitLogBuild)).toBeUndefined();
    await screenshot(page, 'update-bar');

    const entries: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/bundles/visit-log/')) entries.push(r.url());
    });
    await bar.getByRole('button', { name: '刷新' }).click();
    await page.getByRole('button', { name: '新增走访' }).waitFor({ timeout: 20_000 });
    await expect.poll(() => page.evaluate(() => (globalThis as { __visitLogBuild?: string }).__visitLogBuild)).toBe(version);
    expect(entries.some((u) => u.includes(`/bundles/visit-log/${version}/remoteEntry.js`))).toBe(true);
    expect(await page.locator('[data-update-bar]').count()).toBe(0);
    await page.close();
  });

  it('稍后 hides the bar for that version; the app goes on running', async () => {
    const page = await staffPage();
    await openVisitLog(page);
    expect(await build(page)).toBe('1.1.0');
    const { dir, version } = nextVersionOfVisitLog(undefined, 2);
    dirs.push(dir);
    await publishAndApprove(dir, version);
    const bar = page.locator(`[data-update-bar="${version}"]`);
    await bar.waitFor({ timeout: 15_000 });
    await bar.getByRole('button', { name: '稍后' }).click();
    expect(await page.locator('[data-update-bar]').count()).toBe(0);
    await page.waitForTimeout(3500);
    expect(await page.locator('[data-update-bar]').count()).toBe(0);
    await page.getByRole('button', { name: '新增走访' }).waitFor();
    expect(await build(page)).toBe('1.1.0');
    await page.close();
  });

  it('a rollback closes the version it pulled where it is open, and every next open runs the catalogue’s version', async () => {
    // Staff with 1.2.0 open and a form half filled in; and another desktop that ran 1.2.0 and went back to its tiles.
    const open = await staffPage();
    await openVisitLog(open);
    expect(await build(open)).toBe('1.2.0');
    await open.getByRole('button', { name: '新增走访' }).click();
    const ranBefore = await staffPage();
    await openVisitLog(ranBefore);
    expect(await build(ranBefore)).toBe('1.2.0');
    await ranBefore.getByRole('button', { name: '返回桌面' }).click();
    await ranBefore.locator('.desktop-view:not([hidden])').waitFor();
    const seen: string[] = [];
    ranBefore.on('response', (r) => r.url().endsWith('/api/catalog') && r.status() === 200 && seen.push(r.url()));
    const entries: string[] = [];
    for (const page of [open, ranBefore]) page.on('request', (r) => r.url().endsWith('remoteEntry.js') && entries.push(r.url()));

    const res = await fetch(`${product.origin}/api/apps/visit-log/rollback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await product.devToken()}` },
      body: JSON.stringify({ version: '1.1.0', reason: 'e2e: 1.2.0 loses visits' }),
    });
    expect(res.status, await res.clone().text()).toBe(200);

    // Where it is open: closed within the poll, with the notice instead of the app (and no 刷新 bar for it).
    const notice = open.locator('[data-withdrawn="1.2.0"]');
    await notice.waitFor({ timeout: 15_000 });
    expect(await notice.textContent()).toContain('「居民走访记录」的 1.2.0 版本已被撤回，已停止运行');
    expect(await notice.textContent()).toContain('退回到了 1.1.0 版本');
    await screenshot(open, 'host-version-withdrawn');
    expect(await open.getByRole('button', { name: '新增走访' }).count()).toBe(0);
    expect(await open.locator('[data-app-frame="visit-log"]').innerHTML()).toBe('');
    expect(await open.locator('[data-update-bar]').count()).toBe(0);
    // 打开当前版本 runs 1.1.0 in the same frame.
    await notice.getByRole('button', { name: '打开当前版本（1.1.0）' }).click();
    await open.getByRole('button', { name: '新增走访' }).waitFor({ timeout: 20_000 });
    expect(await build(open)).toBe('1.1.0');
    expect(entries).toContain(`${product.origin}/bundles/visit-log/1.1.0/remoteEntry.js`);

    // The desktop that ran 1.2.0 before: once its catalogue check has the rollback, the tile opens 1.1.0.
    await expect.poll(() => seen.length, { timeout: 15_000 }).toBeGreaterThan(0);
    await openVisitLog(ranBefore);
    expect(await build(ranBefore)).toBe('1.1.0');
    expect(await ranBefore.locator('.app-title').textContent()).not.toContain('较早的版本');
    await open.close();
    await ranBefore.close();
  });
});
