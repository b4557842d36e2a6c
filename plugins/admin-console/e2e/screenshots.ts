// The admin console's screenshots for the docs, taken in the real product with the demo's year of usage at
// 1366×768: `node --import tsx plugins/admin-console/e2e/screenshots.ts [out-dir]` (default docs/images).
import { join } from 'node:path';
import { shanghaiDay } from '@toolbox/sdk';
import { launchChromium } from './support/launchChromium.ts';
import { buildProduct, publishPlugins, repoRoot, startProduct } from './support/startProduct.ts';

const PLUGINS = ['admin-console', 'visit-log', 'flood-patrol', 'hotline-tickets'];
const out = process.argv[2] ?? join(repoRoot, 'docs/images');
const detailApp = process.argv[3];

buildProduct(PLUGINS);
const product = await startProduct();
const browser = await launchChromium();
try {
  await publishPlugins(product.url, 'admin', PLUGINS);
  const started = Date.now();
  product.seedDemoUsage();
  console.log(`demo usage seeded in ${Date.now() - started} ms`);
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.request.post(`${product.url}/api/auth/login`, { data: { username: 'admin', password: 'toolbox' } });
  await page.goto(`${product.url}/app/admin-console`);
  const year = shanghaiDay().slice(0, 4);
  const table = page.getByRole('table', { name: `${year} 年度效能评估表` });
  await table.waitFor({ timeout: 60_000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(out, 'admin-review.png') });

  // An app with figures in every chart for the detail page.
  await openApp(detailApp ?? 'garbage-check');
  await page.screenshot({ path: join(out, 'admin-detail.png') });

  // The weakest app: deprecate it with a reason, then show its audit trail.
  await page.getByRole('button', { name: /返回评估表/ }).click();
  await openApp('old-ledger');
  await page.getByRole('group', { name: '管理操作' }).getByRole('button', { name: '计划下线' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('替代应用（可选）').selectOption('hotline-tickets');
  await dialog.getByLabel(/原因/).fill('近半年月活跃不足 10 人，台账功能已并入 12345 热线工单');
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(out, 'admin-deprecate.png') });
  await dialog.getByRole('button', { name: '确认' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('region', { name: '操作记录' }).getByText('台账功能已并入').waitFor();
  await page.locator('.ac-detail-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(out, 'admin-detail-lower.png') });

  async function openApp(id: string) {
    await table.locator(`tr[data-app="${id}"] th button`).click();
    await page.locator('.ac-chart canvas').nth(1).waitFor({ timeout: 30_000 });
    await page.waitForTimeout(800);
  }
} finally {
  await browser.close();
  await product.close();
}
