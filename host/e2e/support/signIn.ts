import type { Page } from 'playwright-core';

/** Signs in on the desktop's sign-in form as a demo user (password `toolbox`), from a clean session, and waits for the tiles. */
export async function signIn(page: Page, origin: string, username: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(origin);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill('toolbox');
  await page.getByRole('button', { name: '登录' }).click();
  await page.locator('.tile').first().waitFor();
}
