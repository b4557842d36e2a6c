// An open app whose current version changes (a publish approved while staff have it open) in Chromium, against the
// real product: the desktop notices within its poll (shortened here through the per-browser setting), shows the bar
// 「居民走访记录」有新版本 with 刷新, keeps what the user typed until they choose, and 刷新 runs the new version.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureHostBuilt } from '../test/support/ensureHostBuilt.ts';
import { launchChromium, type Browser } from '../test/support/launchChromium.ts';
import { screenshot } from './support/screenshots.ts';
import { signIn } from './support/signIn.ts';
import { nextVersionOfVisitLog } from './support/nextVersionOfVisitLog.ts';
import { startProduct, type Product } from './support/startProduct.ts';

let product: Product;
let browser: Browser;
let nextDir: string;

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
  if (nextDir) rmSync(nextDir, { recursive: true, force: true });
});

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

    let version: string;
    ({ dir: nextDir, version } = nextVersionOfVisitLog());
    await publishAndApprove(nextDir, version);

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
    const page = await browser.context.newPage();
    await page.addInitScript(() => localStorage.setItem('toolbox.catalogPollMs', '1500'));
    await signIn(page, product.origin, 'staff');
    await page.locator('[data-app="visit-log"] .tile-open').first().click();
    await page.getByRole('button', { name: '新增走访' }).waitFor({ timeout: 20_000 });
    // Roll back to the first version: a change of the current version too.
    const res = await fetch(`${product.origin}/api/apps/visit-log/rollback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await product.devToken()}` },
      body: JSON.stringify({ version: '1.0.0', reason: 'e2e' }),
    });
    expect(res.status).toBe(200);
    const bar = page.locator('[data-update-bar="1.0.0"]');
    await bar.waitFor({ timeout: 15_000 });
    await bar.getByRole('button', { name: '稍后' }).click();
    expect(await page.locator('[data-update-bar]').count()).toBe(0);
    await page.waitForTimeout(3500);
    expect(await page.locator('[data-update-bar]').count()).toBe(0);
    await page.getByRole('button', { name: '新增走访' }).waitFor();
    await page.close();
  });
});
