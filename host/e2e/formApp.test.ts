// A form app (no code) on the real desktop, in Chromium: the form runtime published and approved like any app, a
// form app from the 困难群众帮扶台账 template published through the same versions endpoint ({form}) and approved, as
// `pnpm start` does. Staff at a committee open it (the runtime plus one request, form.json), add a record and see it
// in the list; staff at another committee's desktop opens the same app and does not see it.
import type { RecordHistory, RecordPage } from '@toolbox/sdk';
import { idCardCheckCharacter } from '@toolbox/sdk/forms';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { goodRecord } from '../../registry-server/test/forms/formSupport.ts';
import { addLedgerRecords, publishLedger } from './support/publishLedger.ts';
import { screenshot } from './support/screenshots.ts';
import { openAppAs, signIn } from './support/signIn.ts';
import { productInChromium } from './support/productInChromium.ts';


const suite = productInChromium({ examples: false, prepare: publishLedger });

/**
 * Stubs the browser's print (headless Chromium has none): when asked, it keeps a copy of what `selector` finds in
 * place, marked `data-kept`, since the app takes its sheets away once printing is over.
 */
const keepPrinted = (page: Page, selector: string) =>
  page.evaluate((what) => {
    window.print = () => {
      const sheets = document.querySelector(what);
      const kept = sheets?.cloneNode(true) as HTMLElement | undefined;
      kept?.setAttribute('data-kept', '');
      if (kept) sheets?.parentElement?.appendChild(kept);
    };
  }, selector);

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

  it('takes one step for several picked records (批量办理), each checked and noted by the registry', async () => {
    const bodies = ['31010519700101011', '31010519700101029'];
    await addLedgerRecords(suite.product, 'staff', 2, (i) => goodRecord({ name: ['批量甲', '批量乙'][i], idNumber: `${bodies[i]}${idCardCheckCharacter(bodies[i]!)}` }));
    const { page, frame } = await openAppAs(suite.browser, suite.product.origin, 'staff', 'hardship-ledger');
    await frame.getByRole('row', { name: /批量乙/ }).waitFor({ timeout: 30_000 });
    await frame.getByRole('checkbox', { name: '选择“批量甲”' }).check();
    await frame.getByRole('checkbox', { name: '选择“批量乙”' }).check();
    const bulk = frame.getByRole('group', { name: '批量办理' });
    expect(await bulk.getByText('已选 2 条').isVisible()).toBe(true);
    await bulk.getByRole('button', { name: '不符合条件' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '办理 2 条' }).click();
    await page.getByText('已把 2 条记录转为“不符合条件”').waitFor({ timeout: 15_000 });
    // As the registry has them: both moved, each with the step in its history, by 王芳.
    const cookie = await suite.product.cookieFor('staff');
    const read = async (path: string) => (await fetch(`${suite.product.origin}${path}`, { headers: { cookie } })).json();
    const page1 = (await read('/api/apps/hardship-ledger/data/records?limit=100')) as RecordPage<{ name: string; status: string }>;
    const picked = page1.items.filter((r) => r.data.name.startsWith('批量'));
    expect(picked.map((r) => r.data.status)).toEqual(['ineligible', 'ineligible']);
    for (const record of picked) {
      const history = (await read(`/api/apps/hardship-ledger/data/records/${record.id}/history`)) as RecordHistory;
      expect(history.items[0]).toMatchObject({ action: 'update', by: { name: '王芳' }, fromState: 'pending', toState: 'ineligible' });
    }
    await page.close();
  });

  it('keeps a clerk’s edit when someone saved the record meanwhile: nothing overwritten, both changes saved after a look', async () => {
    const BODY = '31010519600101014';
    await addLedgerRecords(suite.product, 'staff', 1, () => goodRecord({ name: '并发丙', idNumber: `${BODY}${idCardCheckCharacter(BODY)}` }));
    const { page, frame } = await openAppAs(suite.browser, suite.product.origin, 'staff', 'hardship-ledger');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await frame.getByRole('row', { name: /并发丙/ }).click({ timeout: 30_000 });
    await frame.getByRole('button', { name: '修改', exact: true }).click();
    await frame.getByLabel('下次回访').fill('2026-12-20');
    // Meanwhile the district's admin corrects the phone number through the API, as another desktop would.
    const admin = await suite.product.cookieFor('admin');
    const url = `${suite.product.origin}/api/apps/hardship-ledger/data/records`;
    const found = (await (await fetch(`${url}?limit=100`, { headers: { cookie: admin } })).json()) as RecordPage<Record<string, unknown>>;
    const record = found.items.find((r) => r.data.name === '并发丙')!;
    const put = await fetch(`${url}/${record.id}`, {
      method: 'PUT',
      headers: { cookie: admin, 'content-type': 'application/json', origin: suite.product.origin, 'if-match': `"${record.revision}"` },
      body: JSON.stringify({ ...record.data, phone: '13912345678' }),
    });
    expect(put.status, await put.clone().text()).toBe(200);

    await frame.getByRole('button', { name: '保存', exact: true }).click();
    const notice = frame.getByText('这条记录在您修改时已被他人保存，您的修改还没有保存');
    await notice.waitFor({ timeout: 15_000 });
    expect(await frame.getByText(/保存了这条记录。对方改了：联系电话。/).textContent()).toMatch(/^\S+ 于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 保存了这条记录。/);
    expect(await frame.getByLabel(/联系电话/).inputValue()).toBe('13912345678');
    expect(await frame.getByLabel('下次回访').inputValue()).toBe('2026-12-20');
    await screenshot(page, 'form-app-record-changed');

    await frame.getByRole('button', { name: '保存', exact: true }).click();
    // The record's page, showing both changes (the notice's effect once broke the page as the form went away).
    await frame.getByRole('group', { name: '办理' }).waitFor({ timeout: 15_000 });
    await frame.getByText('13912345678').first().waitFor();
    expect(await frame.getByText('13912345678').first().isVisible()).toBe(true);
    expect(errors).toEqual([]);
    const now = (await (await fetch(`${url}/${record.id}`, { headers: { cookie: admin } })).json()) as { data: Record<string, unknown>; revision: number };
    expect(now).toMatchObject({ revision: 3, data: { phone: '13912345678', nextVisitOn: '2026-12-20' } });
    await page.close();
  });

  it('prints a record as a 登记表: the record alone in a ruled table on one A4 page, with lines to sign, without the desktop', async () => {
    const PRINTED_BODY = '31010519600101008';
    const idNumber = `${PRINTED_BODY}${idCardCheckCharacter(PRINTED_BODY)}`;
    const needs = '独居，腿脚不便，需要每周上门探望\n冬季需要取暖补贴';
    await addLedgerRecords(suite.product, 'staff', 1, () => goodRecord({ name: '周阿婆', idNumber, address: { building: '5号楼', room: '302室' }, needs }));
    // A second record, so that 打印登记表 below prints more than one sheet.
    await addLedgerRecords(suite.product, 'staff', 1, () => goodRecord({ name: '孙阿公', idNumber: `31010519590202001${idCardCheckCharacter('31010519590202001')}`, address: { building: '5号楼', room: '402室' } }));
    const { page, frame } = await openAppAs(suite.browser, suite.product.origin, 'staff', 'hardship-ledger');
    await frame.getByRole('row', { name: /周阿婆/ }).click({ timeout: 30_000 });
    // 打印 asks the browser to print (stubbed here: headless Chromium has no print dialog).
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', '1');
    });
    await frame.getByRole('button', { name: '打印' }).click();
    expect(await page.locator('body').getAttribute('data-printed')).toBe('1');
    // On screen the form is not shown.
    expect(await page.locator('[data-record-print]').isVisible()).toBe(false);

    await page.emulateMedia({ media: 'print' });
    const sheet = page.locator('[data-record-print]');
    expect(await sheet.isVisible()).toBe(true);
    // Nothing of the desktop prints: its bar, the app's own header and buttons, the detail cards.
    for (const around of ['header', '.tbx-page-header', '.fr-flow', '.fr-detail__list']) {
      expect(await page.locator(around).first().isVisible(), around).toBe(false);
    }
    const text = await sheet.innerText();
    for (const words of ['困难群众帮扶台账登记表', '填报单位：华阳居委会', '状态：待核实', '户主姓名\t周阿婆', '住址\t5号楼 302室', '经办人（签字）：', '审核人（签字）：']) {
      expect(text).toContain(words);
    }
    // The 身份证号 prints as the screen shows it: masked unless the clerk chose to show it.
    expect(text).not.toContain(PRINTED_BODY);
    // As on paper: A4's width at 96 dpi, less the page's margins.
    await page.setViewportSize({ width: 673, height: 1017 });
    await screenshot(page, 'form-record-print');

    // As the browser prints it: one A4 page.
    const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);

    // 打印登记表 on the list: each record of the page on a sheet of its own. The sheets are there while the browser
    // prints (stubbed: it keeps a copy of them in place, as they go once printing is over).
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1366, height: 768 });
    await frame.getByRole('button', { name: '返回列表' }).click();
    await frame.getByRole('row', { name: /周阿婆/ }).waitFor();
    const listed = (await frame.locator('tbody tr').evaluateAll((rows) => rows.map((r) => (r.querySelector('td:not(.fr-select)') as HTMLElement | null)?.innerText ?? ''))).map((n) => n.trim());
    expect(listed).toEqual(expect.arrayContaining(['周阿婆', '孙阿公']));
    await keepPrinted(page, '.fr-prints');
    await screenshot(page, 'form-app-list-print');
    await frame.getByRole('button', { name: '打印登记表' }).click();
    await page.locator('[data-kept] [data-record-print]').first().waitFor({ state: 'attached' });
    // Once printed, the sheets go (the kept copy stays for the checks below).
    await page.locator('.fr-prints:not([data-kept])').waitFor({ state: 'detached', timeout: 15_000 });
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('[data-kept] [data-record-print]').allInnerTexts();
    expect(printed.map((p) => p.match(/户主姓名\t(\S+)/)?.[1])).toEqual(listed);
    const pages = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
    expect(pages.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(listed.length);

    // 打印台账: every record the list selects in one table, on landscape A4, the list and the desktop left off.
    await page.evaluate(() => document.querySelector('[data-kept]')?.remove());
    await page.emulateMedia({ media: 'screen' });
    await keepPrinted(page, '[data-ledger-print]');
    await frame.getByRole('button', { name: '打印台账' }).click();
    const ledger = page.locator('[data-kept][data-ledger-print]');
    await ledger.waitFor({ state: 'attached' });
    await page.locator('[data-ledger-print]:not([data-kept])').waitFor({ state: 'detached', timeout: 15_000 });
    await page.emulateMedia({ media: 'print' });
    expect(await ledger.isVisible()).toBe(true);
    expect(await ledger.locator('tbody tr td:nth-child(2)').allInnerTexts()).toEqual(listed);
    expect(await ledger.innerText()).toContain(`共 ${listed.length} 条`);
    for (const hidden of [page.locator('.topbar'), frame.locator('.fr-list'), frame.getByRole('button', { name: '打印台账' })]) {
      expect(await hidden.isVisible()).toBe(false);
    }
    // As the browser prints it, with the page's own size: one landscape A4 page (about 842 × 595 points).
    const landscape = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
    expect(landscape.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
    expect(landscape).toMatch(/\/MediaBox\s*\[\s*0\s+0\s+84[12](\.\d+)?\s+59\d(\.\d+)?\s*\]/);

    // Ctrl+P on the list, with no sheets on the page, prints the list as it is: the app's name, the counts and the
    // rows, without the desktop's bar or the app's buttons.
    await page.evaluate(() => document.querySelector('[data-kept]')?.remove());
    for (const name of listed) expect(await frame.getByRole('row', { name: new RegExp(name) }).isVisible()).toBe(true);
    expect(await page.locator('.app-header').getByText('困难群众帮扶台账').isVisible()).toBe(true);
    for (const hidden of [page.locator('.topbar'), page.getByRole('button', { name: '返回桌面' }), frame.getByRole('button', { name: '新增', exact: true }), frame.getByRole('button', { name: '打印登记表' })]) {
      expect(await hidden.isVisible()).toBe(false);
    }
    await screenshot(page, 'form-app-list-ctrl-p');
    await page.close();
  });
  it('warns, as a 身份证号 the ledger has is typed, whose record it is, and opens it with its 修改记录; another committee is told nothing', async () => {
    const SAME_BODY = '31010519621108003';
    const idNumber = `${SAME_BODY}${idCardCheckCharacter(SAME_BODY)}`;
    await addLedgerRecords(suite.product, 'staff', 1, () => goodRecord({ name: '陈阿毛', idNumber, address: { building: '9号楼', room: '101室' } }));
    const { page, frame } = await openAppAs(suite.browser, suite.product.origin, 'staff', 'hardship-ledger');
    await frame.getByRole('button', { name: '新增', exact: true }).click({ timeout: 30_000 });
    await frame.getByLabel('户主姓名').fill('陈毛毛');
    await frame.getByLabel('身份证号').fill(idNumber);
    const notice = frame.locator('.fr-same');
    await notice.getByText(`台账里已有身份证号是 ${idNumber.slice(0, 6)}********${idNumber.slice(-4)} 的记录`).waitFor({ timeout: 15_000 });
    expect(await notice.innerText()).toMatch(/陈阿毛，\d{4}-\d{2}-\d{2} 登记/);
    await screenshot(page, 'form-app-same-record');
    await notice.getByRole('button', { name: '打开已有的记录' }).click();
    await frame.getByRole('button', { name: '打印' }).waitFor();
    expect(await frame.locator('.tbx-page-header').innerText()).toContain('陈阿毛');
    // Its 修改记录, as the registry noted each write: made by 王芳 (through the API), then moved on here.
    const history = frame.locator('.fr-history');
    await history.getByText('新增（待核实）').waitFor({ timeout: 15_000 });
    await frame.getByRole('button', { name: '核实通过，开始帮扶' }).click();
    await history.getByText('办理：待核实 → 帮扶中').waitFor({ timeout: 15_000 });
    const lines = await history.locator('li').allInnerTexts();
    expect(lines.map((l) => l.replace(/\s+/g, ' '))).toEqual([expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} 王芳 办理：待核实 → 帮扶中$/), expect.stringMatching(/ 王芳 新增（待核实）$/)]);
    await history.scrollIntoViewIfNeeded();
    await screenshot(page, 'form-app-record-history');
    await page.close();

    // Staff of another committee see none of this ledger's records, and are told of none.
    const other = await openAppAs(suite.browser, suite.product.origin, 'staff2', 'hardship-ledger');
    await other.frame.getByRole('button', { name: '新增', exact: true }).click({ timeout: 30_000 });
    const asked = other.page.waitForResponse((r) => decodeURIComponent(r.url()).includes(`filter=idNumber:eq:${idNumber}`));
    await other.frame.getByLabel('身份证号').fill(idNumber);
    // The form asked the server, which answers from this committee's records only: none.
    expect(((await (await asked).json()) as { items: unknown[] }).items).toEqual([]);
    await other.page.waitForTimeout(300);
    expect(await other.frame.locator('.fr-same').count()).toBe(0);
    await other.page.close();
  });

  it('deletes a record after asking, and restores it from 已删除的记录 with its 修改记录; another committee sees none of it', async () => {
    const BODY = '31010519550101002';
    const idNumber = `${BODY}${idCardCheckCharacter(BODY)}`;
    await addLedgerRecords(suite.product, 'staff', 1, () => goodRecord({ name: '钱阿婆', idNumber, address: { building: '3号楼', room: '102室' } }));
    let { page, frame } = await openAppAs(suite.browser, suite.product.origin, 'staff', 'hardship-ledger');
    await frame.getByRole('row', { name: /钱阿婆/ }).click({ timeout: 30_000 });
    await frame.getByRole('button', { name: '删除', exact: true }).click();
    const dialog = frame.getByRole('dialog', { name: '删除“钱阿婆”的记录？' });
    await dialog.getByText('30 天内可以在列表下方的“已删除的记录”里恢复').waitFor();
    await screenshot(page, 'form-app-delete');
    await dialog.getByRole('button', { name: '删除', exact: true }).click();
    await page.getByText('已删除“钱阿婆”的记录').first().waitFor({ timeout: 15_000 });
    // Back on the list (a table, or the empty ledger's notice), without the record.
    await frame.getByRole('button', { name: '已删除的记录' }).waitFor();
    await frame.getByRole('row', { name: /钱阿婆/ }).waitFor({ state: 'detached' });

    await frame.getByRole('button', { name: '已删除的记录' }).click();
    const deleted = frame.getByRole('row', { name: /钱阿婆/ });
    await deleted.waitFor({ timeout: 15_000 });
    const cells = (await deleted.getByRole('cell').allInnerTexts()).map((c) => c.trim());
    expect(cells.slice(0, 4)).toEqual(['钱阿婆', '低保家庭', '待核实', '王芳']);
    expect(cells[5]).toBe('还有 30 天');
    await screenshot(page, 'form-app-deleted-records');
    await page.close();

    // Another committee's bin holds none of it (one page at a time: the pages share the browser's session cookie).
    const other = await openAppAs(suite.browser, suite.product.origin, 'staff2', 'hardship-ledger');
    await other.frame.getByRole('button', { name: '已删除的记录' }).click({ timeout: 30_000 });
    await other.frame.getByText('最近 30 天没有删除的记录').waitFor({ timeout: 15_000 });
    await other.page.close();

    // 恢复, by the committee that deleted it: back in the list, its 修改记录 saying so.
    ({ page, frame } = await openAppAs(suite.browser, suite.product.origin, 'staff', 'hardship-ledger'));
    await frame.getByRole('button', { name: '已删除的记录' }).click({ timeout: 30_000 });
    const row = frame.getByRole('row', { name: /钱阿婆/ });
    await row.getByRole('button', { name: '恢复“钱阿婆”' }).click();
    await page.getByText('已恢复“钱阿婆”的记录').first().waitFor({ timeout: 15_000 });
    await frame.getByRole('button', { name: '返回列表' }).click();
    await frame.getByRole('row', { name: /钱阿婆/ }).click({ timeout: 15_000 });
    const history = frame.locator('.fr-history');
    await history.getByText('恢复（待核实）').waitFor({ timeout: 15_000 });
    const lines = (await history.locator('li').allInnerTexts()).map((l) => l.replace(/\s+/g, ' '));
    expect(lines).toEqual([expect.stringMatching(/ 王芳 恢复（待核实）$/), expect.stringMatching(/ 王芳 删除$/), expect.stringMatching(/ 王芳 新增（待核实）$/)]);

    // A resident asks for their details to go: deleted again, then 彻底删除 from the bin, after asking.
    await frame.getByRole('button', { name: '删除', exact: true }).click();
    await frame.getByRole('dialog').getByRole('button', { name: '删除', exact: true }).click();
    await frame.getByRole('button', { name: '已删除的记录' }).click({ timeout: 15_000 });
    await frame.getByRole('button', { name: '彻底删除“钱阿婆”' }).click({ timeout: 15_000 });
    const erase = frame.getByRole('dialog', { name: '彻底删除“钱阿婆”的记录？' });
    await erase.getByText('彻底删除后不能再恢复').waitFor();
    await erase.getByRole('button', { name: '彻底删除', exact: true }).click();
    await page.getByText('已彻底删除“钱阿婆”的记录').first().waitFor({ timeout: 15_000 });
    await frame.getByText('最近 30 天没有删除的记录').waitFor({ timeout: 15_000 });
    await page.close();
  });
});

