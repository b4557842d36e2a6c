// Screenshots of 上架审核 for docs/admin-guide.md, in headless Chromium at 1366×768, against the test fixture server
// (the console as the host frames it on the district's screen): `node --import tsx preview/shootApproval.ts [out-dir]`
// (default docs/images).
import { join } from 'node:path';
import { shootScreens } from './shootScreen.ts';

await shootScreens(process.argv[2] ?? join(import.meta.dirname, '../../../docs/images'), async ({ page, url, shot }) => {
  await page.goto(url);
  await page.getByRole('tab', { name: '上架审核' }).click();
  const queue = page.getByRole('table', { name: '待审核版本' });
  await queue.waitFor();
  await page.getByRole('region', { name: '免审核单位' }).getByText('区城运中心').waitFor();
  await page.waitForTimeout(300);
  await shot('admin-approval-queue');

  // A bundle that changes a bit of everything.
  await queue.getByRole('button', { name: '审核「走访记录」1.3.0' }).click();
  await page.getByRole('table', { name: '文件' }).waitFor();
  await page.waitForTimeout(300);
  await shot('admin-approval-diff');
  await page.locator('.ac-detail-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await page.waitForTimeout(200);
  await shot('admin-approval-diff-lower');

  await page.getByRole('group', { name: '审核操作' }).getByRole('button', { name: '驳回' }).click();
  await page.getByRole('dialog').getByLabel(/驳回原因/).fill('电话改为必填后，旧记录无法再保存，请先补齐旧记录的电话再发布');
  await page.waitForTimeout(200);
  await shot('admin-approval-reject');
  await page.keyboard.press('Escape');

  // An app deployed elsewhere that moves its code to another origin.
  await page.getByRole('button', { name: /返回待审核列表/ }).click();
  await queue.getByRole('button', { name: '审核「12345 工单」2.1.0' }).click();
  await page.getByRole('note').waitFor();
  await page.waitForTimeout(300);
  await shot('admin-approval-origin');

  await page.getByRole('button', { name: /返回待审核列表/ }).click();
  await page.getByRole('region', { name: '免审核单位' }).getByRole('button', { name: '调整' }).click();
  await page.getByRole('dialog').getByRole('checkbox', { name: '区城运中心' }).waitFor();
  await page.waitForTimeout(300);
  await shot('admin-approval-trusted');
});
