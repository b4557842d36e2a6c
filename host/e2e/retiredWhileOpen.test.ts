// An app retired while staff have it open, in Chromium against the real product: within the desktop's catalogue check
// (shortened here through the per-browser setting) the app is closed where it is open, its place says it was retired
// and stopped, and its tile leaves every open desktop; its code, still in the page, never runs again. Restored, it
// comes back. Before, the tile stayed and a click ran the retired code from the module cache.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildFixtures, variantDir, VARIANTS } from '../test/support/buildFixtures.ts';
import { productInChromium } from './support/productInChromium.ts';
import { screenshot } from './support/screenshots.ts';
import { signIn } from './support/signIn.ts';

const ID = VARIANTS.retired!.id;

const suite = productInChromium({
  examples: false,
  async prepare(product) {
    const { bundlesRoot } = await buildFixtures();
    await product.devToken();
    // The good fixture under two ids: the one to retire, and another so that the desktop is never empty.
    for (const key of ['retired', 'deprecated'] as const) await product.publish(variantDir(bundlesRoot, key));
  },
});

/** A new page of staff that checks the catalogue every 1.5 s (instead of 45 s) and counts the fixture's mounts. */
async function staffPage(): Promise<Page> {
  const page = await suite.browser.context.newPage();
  await page.addInitScript(() => {
    localStorage.setItem('toolbox.catalogPollMs', '1500');
    Object.assign(globalThis, { __fixtureMountPaths: [] });
  });
  await signIn(page, suite.product.origin, 'staff');
  return page;
}

const mounts = (page: Page) => page.evaluate(() => (globalThis as { __fixtureMountPaths?: string[] }).__fixtureMountPaths?.length ?? 0);

async function asAdmin(path: string, body: unknown): Promise<Response> {
  const { origin } = suite.product;
  return fetch(`${origin}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: await suite.product.cookieFor('admin'), origin },
    body: JSON.stringify(body),
  });
}

describe('an app retired while it is open', () => {
  it('is closed where it is open, with why in its place, and its tile leaves every open desktop', async () => {
    const open = await staffPage();
    await open.locator(`[data-app="${ID}"] .tile-open`).click();
    await open.getByTestId('fixture-good').waitFor();
    expect(await mounts(open)).toBe(1);
    // Another desktop where the pointer rested on the tile (its files fetched), the app never opened.
    const other = await staffPage();
    await other.locator(`[data-app="${ID}"] .tile-open`).hover();
    await other.waitForTimeout(300);
    await other.mouse.move(0, 0);

    const retire = await asAdmin(`/api/apps/${ID}/retire`, { reason: '发现安全问题，立即下线' });
    expect(retire.status, await retire.clone().text()).toBeLessThan(300);

    const card = open.locator('.notice-card');
    await card.waitFor({ timeout: 15_000 });
    expect(await card.locator('h1').textContent()).toContain('已下线');
    expect(await card.textContent()).toContain('发现安全问题，立即下线');
    expect(await card.locator('[data-stopped]').textContent()).toContain('已停止运行');
    await screenshot(open, 'host-retired-while-open');
    expect(await open.getByTestId('fixture-good').count()).toBe(0);
    expect(await open.locator(`[data-app-frame="${ID}"]`).count()).toBe(0);

    // Its code does not run again: no tile on the desktop, and its URL (the module is still in the page) opens nothing.
    await open.getByRole('button', { name: '返回桌面' }).click();
    await open.locator('.desktop-view:not([hidden])').waitFor();
    expect(await open.locator(`[data-app="${ID}"]`).count()).toBe(0);
    await open.evaluate((path) => history.pushState(null, '', path), `/app/${ID}`);
    await open.locator('.notice-card h1').waitFor();
    await open.waitForTimeout(500);
    expect(await open.getByTestId('fixture-good').count()).toBe(0);
    expect(await mounts(open)).toBe(1);

    await expect.poll(() => other.locator(`[data-app="${ID}"]`).count(), { timeout: 15_000 }).toBe(0);
    expect(await mounts(other)).toBe(0);
    await open.close();
    await other.close();
  });

  it('comes back on the open desktop when restored, and opens', async () => {
    const page = await staffPage();
    expect(await page.locator(`[data-app="${ID}"]`).count()).toBe(0);
    const restore = await asAdmin(`/api/apps/${ID}/restore`, { reason: 'e2e: 已修复' });
    expect(restore.status, await restore.clone().text()).toBeLessThan(300);
    const tile = page.locator(`[data-app="${ID}"] .tile-open`).first();
    await tile.waitFor({ timeout: 15_000 });
    await tile.click();
    await page.getByTestId('fixture-good').waitFor();
    await page.close();
  });
});
