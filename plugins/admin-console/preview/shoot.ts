// Screenshots of the preview against the fixture server, to look at the layout while the real server is not
// running: `node --import tsx preview/shoot.ts <out-dir> [app name]` (`LOCALE=en` for English).
import { shootScreens } from './shootScreen.ts';

const en = process.env.LOCALE === 'en';
await shootScreens(process.argv[2] ?? '/tmp', async ({ page, url, shot }) => {
  await page.goto(en ? `${url}?locale=en` : url);
  await page.getByRole('table').first().waitFor();
  await shot('preview-review');
  await page.getByRole('table').first().getByRole('button').filter({ hasText: process.argv[3] ?? '旧版民意调查' }).click();
  await page.locator('canvas').first().waitFor();
  await page.waitForTimeout(500);
  await shot('preview-detail');
  await page.getByRole('button', { name: en ? 'Deprecate' : '计划下线' }).click();
  await page.waitForTimeout(300);
  await shot('preview-dialog');
});
