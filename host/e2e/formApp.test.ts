// A form app (no code) on the real desktop, in Chromium: the form runtime published and approved like any app, a
// form app from the 困难群众帮扶台账 template published through the same versions endpoint ({form}) and approved, as
// `pnpm start` does. Staff at a committee open it (the runtime plus one request, form.json), add a record and see it
// in the list; staff at another committee's desktop opens the same app and does not see it.
import { idCardCheckCharacter } from '@toolbox/sdk/forms';
import { describe, expect, it } from 'vitest';
import { publishLedger } from './support/publishLedger.ts';
import { screenshot } from './support/screenshots.ts';
import { signIn } from './support/signIn.ts';
import { productInChromium } from './support/productInChromium.ts';


const suite = productInChromium({ examples: false, prepare: publishLedger });

const ID_BODY = '31010519580312004';
const GOOD_ID = `${ID_BODY}${idCardCheckCharacter(ID_BODY)}`;


describe('a form app on the desktop', () => {
  it('opens in the form runtime with its definition; staff add a record and see it, another committee does not', async () => {
    const page = await suite.browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const listQueries: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith('/api/apps/hardship-ledger/data/') && !url.pathname.endsWith('/stats')) listQueries.push(url.pathname + url.search);
    });
    await signIn(page, suite.product.origin, 'staff');
    // The runtime is no app of its own on a worker's desktop: only the form app is.
    expect(await page.locator('[data-app="form-runtime"]').count()).toBe(0);
    await page.locator('[data-app="hardship-ledger"] .tile-open').first().click();
    const frame = page.locator('[data-app-frame="hardship-ledger"]');
    // An empty ledger: the runtime's empty state with its 新增 button (there is no table yet).
    await frame.getByText('还没有记录').waitFor({ timeout: 30_000 });
    expect(await page.locator('.error-frame').count()).toBe(0);
    // One request beyond the runtime's own files: the version's form.json.
    expect(requested.filter((p) => p.startsWith('/bundles/hardship-ledger/'))).toEqual(['/bundles/hardship-ledger/1.0.0/form.json']);
    // The list's first query went out once: sent by the desktop with form.json, and taken by the runtime's first query().
    expect(listQueries).toHaveLength(1);
    expect(listQueries[0]).toMatch(/^\/api\/apps\/hardship-ledger\/data\/records\?limit=\d+&offset=0/);

    await frame.getByRole('button', { name: '新增', exact: true }).click();
    await frame.getByLabel('户主姓名').fill('李桂英');
    await frame.getByLabel('身份证号').fill(GOOD_ID);
    await frame.getByLabel('楼号').fill('8号楼');
    await frame.getByLabel('室号').fill('201室');
    await frame.getByLabel('困难类别').selectOption('低保家庭');
    await frame.getByLabel('主要困难和诉求').fill('医药费负担重，需申请临时救助');
    await screenshot(page, 'form-app-new-record');
    await frame.getByRole('button', { name: '保存' }).click();
    // Saved: the runtime leaves the form (the list, or the new record's detail with 返回列表).
    await frame.getByRole('button', { name: '保存' }).waitFor({ state: 'detached', timeout: 15_000 }).catch(async (error: unknown) => {
      await screenshot(page, 'form-app-save-failed');
      throw error;
    });
    // The desktop's notice (the SDK's toast), outside the app's frame.
    await page.getByText('已保存').first().waitFor();
    const back = frame.getByRole('button', { name: '返回列表' });
    if (await back.count()) await back.first().click();
    await frame.getByRole('row', { name: /李桂英/ }).waitFor({ timeout: 15_000 });
    // The 身份证号 shows masked in the list; the record starts in the flow's first state.
    const row = await frame.getByRole('row', { name: /李桂英/ }).innerText();
    expect(row).not.toContain(GOOD_ID);
    expect(row).toContain('待核实');
    await screenshot(page, 'form-app-list');
    await page.close();

    const other = await suite.browser.context.newPage();
    await other.setViewportSize({ width: 1366, height: 768 });
    await signIn(other, suite.product.origin, 'staff2');
    await other.locator('[data-app="hardship-ledger"] .tile-open').first().click();
    const otherFrame = other.locator('[data-app-frame="hardship-ledger"]');
    await otherFrame.getByText('还没有记录').waitFor({ timeout: 30_000 });
    expect(await otherFrame.getByText('李桂英').count()).toBe(0);
    await other.close();
  });
});
