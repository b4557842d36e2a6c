import type { Locator, Page } from 'playwright-core';
import type { Browser } from '../../test/support/launchChromium.ts';

/** Signs in on the desktop's sign-in form as a demo user (password `toolbox`), from a clean session, and waits for the tiles. */
export async function signIn(page: Page, origin: string, username: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(origin);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill('toolbox');
  await page.getByRole('button', { name: '登录' }).click();
  await page.locator('.tile').first().waitFor();
}

/** A new 1366×768 page (the committee's office screen) signed in as `username`, with `appId` opened from its tile. */
export async function openAppAs(browser: Browser, origin: string, username: string, appId: string): Promise<{ page: Page; frame: Locator }> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, origin, username);
  await page.locator(`[data-app="${appId}"] .tile-open`).first().click();
  return { page, frame: page.locator(`[data-app-frame="${appId}"]`) };
}
