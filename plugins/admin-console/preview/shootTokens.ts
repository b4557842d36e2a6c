// The 令牌 screenshot for docs/admin-guide.md, in headless Chromium at 1366×768, against the test fixture server:
// `node --import tsx preview/shootTokens.ts [out-dir]` (default docs/images).
import { join } from 'node:path';
import { createServer } from 'vite';
import { launchChromium } from '../e2e/support/launchChromium.ts';
import { startFixtureServer } from '../test/support/fixtureServer.ts';

const out = process.argv[2] ?? join(import.meta.dirname, '../../../docs/images');
const fixture = await startFixtureServer();
process.env.TOOLBOX_API = fixture.url;
const vite = await createServer({ configFile: join(import.meta.dirname, 'vite.config.ts'), server: { port: 0 } });
await vite.listen();
const url = vite.resolvedUrls!.local[0]!;
const browser = await launchChromium();
try {
  const page = await browser.context.newPage();
  page.on('console', (m) => m.type() === 'error' && console.error('page:', m.text()));
  await page.goto(url);
  await page.getByRole('tab', { name: '令牌' }).click();
  await page.getByRole('table', { name: 'API 令牌列表' }).waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(out, 'admin-tokens.png') });
  if (process.argv[3] === 'dialog') {
    await page.getByRole('button', { name: '吊销陈开发的令牌「CI 发布」' }).click();
    await page.getByRole('dialog').waitFor();
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(out, 'admin-tokens-revoke.png') });
  }
} finally {
  await browser.close();
  await vite.close();
  await fixture.close();
}
