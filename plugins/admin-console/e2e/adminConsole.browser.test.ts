// @vitest-environment node
// The browser test, against the real product: an admin opens the console in the host, sees the chart drawn,
// deprecates an app with a reason; then a member of staff sees the app marked and the banner in its frame.
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, shanghaiDay } from '@toolbox/sdk';
import { launchChromium } from './support/launchChromium.ts';
import { buildProduct, login, publishPlugins, startProduct, type Product } from './support/startProduct.ts';

const PLUGINS = ['admin-console', 'visit-log', 'flood-patrol', 'hotline-tickets'];
const shots = join(import.meta.dirname, '../test-output');

let product: Product;
let browser: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
  buildProduct(PLUGINS);
  product = await startProduct();
  await publishPlugins(product.url, 'admin', PLUGINS);
  // Some real use of the app through the usage API, so its chart has figures to draw. Dated now: the server counts
  // only events from after the app went live, and it was published a moment ago.
  for (const username of ['staff', 'staff2']) {
    const cookie = await login(product.url, username);
    const events = Array.from({ length: 6 }, () => ({
      id: randomUUID(),
      app: 'visit-log',
      type: 'open',
      at: new Date().toISOString(),
    }));
    const res = await fetch(`${product.url}/api/usage`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ events }),
    });
    expect(res.status).toBeLessThan(300);
    expect(((await res.json()) as { accepted: number }).accepted).toBe(6);
  }
  browser = await launchChromium();
  mkdirSync(shots, { recursive: true });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await product?.close();
});

async function signIn(page: Page, username: string): Promise<void> {
  const res = await page.request.post(`${product.url}/api/auth/login`, { data: { username, password: 'toolbox' } });
  expect(res.status()).toBe(200);
}

/** Share of the canvas's pixels that are painted and not white: 0 for a blank canvas. */
function paintedShare(page: Page, index: number): Promise<number> {
  return page.locator('.ac-chart canvas').nth(index).evaluate((el) => {
    const canvas = el as HTMLCanvasElement;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3]! > 0 && (data[i]! < 240 || data[i + 1]! < 240 || data[i + 2]! < 240)) painted++;
    }
    return painted / (data.length / 4);
  });
}

describe('the admin console in the real host', () => {
  it('shows the review, draws the charts, deprecates an app; staff then see the notice', async () => {
    const year = Number(shanghaiDay().slice(0, 4));
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, 'admin');
    await page.goto(`${product.url}/app/admin-console`);

    const table = page.getByRole('table', { name: `${year} 年度效能评估表` });
    await table.waitFor({ timeout: 60_000 });
    const row = table.locator('tr[data-app="visit-log"]');
    await expect(row.count()).resolves.toBe(1);
    // The table scrolls inside the console: the page itself does not grow past a 1366×768 window.
    const overflow = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(shots, 'admin-review.png') });

    await row.getByRole('button', { name: '居民走访记录' }).click();
    await page.getByRole('heading', { level: 2, name: /居民走访记录/ }).waitFor();
    await page.locator('.ac-chart canvas').nth(1).waitFor({ timeout: 30_000 });
    await expect.poll(() => paintedShare(page, 0), { timeout: 10_000 }).toBeGreaterThan(0.002);
    await expect.poll(() => paintedShare(page, 1), { timeout: 10_000 }).toBeGreaterThan(0.002);
    await page.screenshot({ path: join(shots, 'admin-detail.png') });

    // The charts follow the frame's size: a narrower window redraws them narrower.
    const width = () => page.locator('.ac-chart canvas').first().evaluate((c) => c.getBoundingClientRect().width);
    const wide = await width();
    await page.setViewportSize({ width: 1100, height: 768 });
    await expect.poll(width, { timeout: 10_000 }).toBeLessThan(wide - 50);
    await page.setViewportSize({ width: 1366, height: 768 });
    await expect.poll(width, { timeout: 10_000 }).toBeGreaterThan(wide - 5);

    await page.getByRole('group', { name: '管理操作' }).getByRole('button', { name: '计划下线' }).click();
    const dialog = page.getByRole('dialog', { name: '计划下线「居民走访记录」' });
    const retireOn = addDays(shanghaiDay(), 30);
    await expect(dialog.getByLabel('下线日期').inputValue()).resolves.toBe(retireOn);
    await expect(dialog.getByRole('button', { name: '确认' }).isDisabled()).resolves.toBe(true);
    await dialog.getByLabel('替代应用（可选）').selectOption('hotline-tickets');
    await dialog.getByLabel(/原因/).fill('并入 12345 热线工单统一办理');
    await page.screenshot({ path: join(shots, 'admin-deprecate.png') });
    await dialog.getByRole('button', { name: '确认' }).click();
    await dialog.waitFor({ state: 'detached' });

    // The detail page reloads with the new status and the audit row naming who did it and why.
    const audit = page.getByRole('region', { name: '操作记录' });
    await audit.getByText('并入 12345 热线工单统一办理').waitFor();
    const me = (await (await page.request.get(`${product.url}/api/me`)).json()) as { user: { name: string } };
    const deprecation = audit.getByRole('row').filter({ hasText: '计划下线' });
    await expect(deprecation.getByText(me.user.name, { exact: true }).count()).resolves.toBe(1);
    await expect(deprecation.getByText('替代应用 12345 热线工单').count()).resolves.toBe(1);
    await page.getByRole('group', { name: '管理操作' }).getByRole('button', { name: '恢复上线' }).waitFor();
    // Leaving the page disposes of the charts: no canvas is left behind in the host.
    await page.getByRole('button', { name: /返回评估表/ }).click();
    await page.getByRole('table', { name: `${year} 年度效能评估表` }).waitFor();
    await expect(page.locator('canvas').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.close();

    // Staff, in a fresh session: the tile is marked and the app's frame shows the banner with date and reason.
    await browser.context.clearCookies();
    const staff = await browser.context.newPage();
    await signIn(staff, 'staff');
    await staff.goto(`${product.url}/`);
    await staff.getByText('即将下线').first().waitFor({ timeout: 30_000 });
    await staff.goto(`${product.url}/app/visit-log`);
    const banner = staff.getByRole('status').filter({ hasText: '本应用将于' });
    await banner.waitFor({ timeout: 30_000 });
    const text = await banner.textContent();
    expect(text).toContain(retireOn);
    expect(text).toContain('并入 12345 热线工单统一办理');
    expect(text).toContain('12345 热线工单');
    await staff.screenshot({ path: join(shots, 'staff-banner.png') });
    await staff.close();
  }, 180_000);
});
