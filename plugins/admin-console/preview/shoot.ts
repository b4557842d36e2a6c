// Screenshots of the preview against the fixture server, to look at the layout while the real server is not
// running: `node --import tsx preview/shoot.ts <out-dir>`.
import { join } from 'node:path';
import { createServer } from 'vite';
import { launchChromium } from '../e2e/support/launchChromium.ts';
import { startFixtureServer } from '../test/support/fixtureServer.ts';

const out = process.argv[2] ?? '/tmp';
const fixture = await startFixtureServer();
process.env.TOOLBOX_API = process.env.TOOLBOX_API ?? fixture.url;
const vite = await createServer({ configFile: join(import.meta.dirname, 'vite.config.ts'), server: { port: 0 } });
await vite.listen();
const url = vite.resolvedUrls!.local[0]!;
const browser = await launchChromium();
try {
  const page = await browser.context.newPage();
  page.on('console', (m) => m.type() === 'error' && console.error('page:', m.text()));
  await page.goto(process.env.LOCALE === 'en' ? `${url}?locale=en` : url);
  await page.getByRole('table').first().waitFor();
  await page.screenshot({ path: join(out, 'preview-review.png') });
  await page.getByRole('table').first().getByRole('button').filter({ hasText: process.argv[3] ?? '旧版民意调查' }).click();
  await page.locator('canvas').first().waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(out, 'preview-detail.png') });
  await page.getByRole('button', { name: process.env.LOCALE === 'en' ? 'Deprecate' : '计划下线' }).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(out, 'preview-dialog.png') });
} finally {
  await browser.close();
  await vite.close();
  await fixture.close();
}
