// The 令牌 screenshot for docs/admin-guide.md, in headless Chromium at 1366×768, against the test fixture server:
// `node --import tsx preview/shootTokens.ts [out-dir]` (default docs/images).
import { join } from 'node:path';
import { shootScreens } from './shootScreen.ts';

await shootScreens(process.argv[2] ?? join(import.meta.dirname, '../../../docs/images'), async ({ page, url, shot }) => {
  await page.goto(url);
  await page.getByRole('tab', { name: '令牌' }).click();
  await page.getByRole('table', { name: 'API 令牌列表' }).waitFor();
  await page.waitForTimeout(300);
  await shot('admin-tokens');
  if (process.argv[3] === 'dialog') {
    await page.getByRole('button', { name: '吊销陈开发的令牌「CI 发布」' }).click();
    await page.getByRole('dialog').waitFor();
    await page.waitForTimeout(200);
    await shot('admin-tokens-revoke');
  }
});
