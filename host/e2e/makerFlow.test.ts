// Issue 16 end to end, in Chromium: a maker (应用搭建员) composes a form app from nothing in 应用搭建 — a field of every
// kind and a status flow — previews it, publishes it; an admin approves it; staff at two committees fill it in and each
// sees only their own unit's records; the maker adds a field and removes one (keeping its old values), republishes, the
// admin approves, and no record is lost; the admin's review lists the app with its usage. Screenshots at 1366×768 and
// at 768 px (a tablet) go to host/test-output/designer-*.png (copied into docs/images for docs/form-apps.md).
import { join } from 'node:path';
import { shanghaiYear } from '@toolbox/sdk';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureHostBuilt } from '../test/support/ensureHostBuilt.ts';
import { launchChromium, type Browser } from '../test/support/launchChromium.ts';
import { screenshot } from './support/screenshots.ts';
import { signIn } from './support/signIn.ts';
import { repoRoot, startProduct, type Product } from './support/startProduct.ts';

const APP = 'elderly-care-hy';
let product: Product;
let browser: Browser;

beforeAll(async () => {
  ensureHostBuilt();
  product = await startProduct({ examples: false });
  await product.devToken();
  await product.publish(join(repoRoot, 'plugins/form-runtime'));
  await product.publish(join(repoRoot, 'plugins/form-designer'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

async function openApp(page: Page, id: string): Promise<Locator> {
  await page.locator(`[data-app="${id}"] .tile-open`).first().click();
  return page.locator(`[data-app-frame="${id}"]`);
}

const labels = async (designer: Locator) => (await designer.locator('.fd-item__label').allInnerTexts()).map((l) => l.replace(/\s*\*$/, ''));

/** Selects the field labelled `from` in the field list and renames it. */
async function rename(designer: Locator, from: string, to: string) {
  await designer.locator('.fd-item__main', { hasText: from }).first().click();
  await designer.locator('.fd-props').getByLabel('名称', { exact: true }).fill(to);
}

async function fillRecord(page: Page, id: string, values: { name: string; notes: string }) {
  const frame = await openApp(page, id);
  await frame.getByRole('button', { name: '新增', exact: true }).first().click();
  await frame.getByLabel('老人姓名').fill(values.name);
  await frame.getByLabel('情况说明').fill(values.notes);
  await frame.getByRole('button', { name: '保存' }).click();
  await frame.getByRole('button', { name: '保存' }).waitFor({ state: 'detached', timeout: 15_000 });
  const back = frame.getByRole('button', { name: '返回列表' });
  if (await back.count()) await back.first().click();
  await frame.getByRole('row', { name: new RegExp(values.name) }).waitFor({ timeout: 15_000 });
  return frame;
}

async function records(who: string): Promise<{ data: Record<string, unknown>; unitId: string }[]> {
  const res = await fetch(`${product.origin}/api/apps/${APP}/data/records?limit=100`, { headers: { cookie: await product.cookieFor(who) } });
  expect(res.status, await res.clone().text()).toBe(200);
  return ((await res.json()) as { items: { data: Record<string, unknown>; unitId: string }[] }).items;
}

describe('a maker composes a form app in 应用搭建', () => {
  it('from nothing to two committees using it, then a safe change that loses no record', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await signIn(page, product.origin, 'maker');
    let designer = await openApp(page, 'form-designer');
    await designer.getByText('从模板开始').waitFor({ timeout: 30_000 });
    await screenshot(page, 'designer-start');
    await designer.getByRole('button', { name: '从空白开始' }).click();

    // About: the name staff see and an id the maker chooses.
    await designer.getByRole('tab', { name: '基本信息' }).click();
    await designer.getByLabel('应用名称').fill('独居老人关爱名单');
    await designer.getByLabel('一句话说明').fill('记录独居老人的基本情况和每次关爱走访');
    await designer.getByLabel('应用标识').fill(APP);

    // Fields: one of every kind from the palette, each added after the one selected.
    await designer.getByRole('tab', { name: '字段' }).click();
    for (const kind of ['多行文字', '数字', '日期', '日期时间', '单选', '多选', '是/否', '电话', '身份证号', '住址（楼号/室号）', '人员', '单位', '照片', '状态（流程）']) {
      await designer.getByRole('button', { name: `＋ ${kind}`, exact: true }).click();
    }
    expect(await designer.locator('.fd-item').count()).toBe(15);
    await rename(designer, '名称', '老人姓名');
    await rename(designer, '多行文字', '情况说明');
    await rename(designer, '数字', '年龄');
    await designer.getByLabel('单位（如 人、元、辆）').fill('岁');
    await designer.getByLabel('最大值').fill('120');
    await rename(designer, '单选', '关爱类别');
    await designer.getByLabel('选项（每行一个）').fill('独居\n孤寡\n空巢');

    // Keyboard reorder (dnd-kit): 年龄 lifted with space, moved up one place, dropped.
    expect((await labels(designer)).slice(0, 3)).toEqual(['老人姓名', '情况说明', '年龄']);
    await designer.getByRole('button', { name: /拖动“年龄”/ }).focus();
    await page.keyboard.press('Space');
    await page.waitForTimeout(200);
    await page.keyboard.press('ArrowUp');
    await page.waitForTimeout(300);
    await page.keyboard.press('Space');
    await expect.poll(async () => (await labels(designer)).slice(0, 3)).toEqual(['老人姓名', '年龄', '情况说明']);

    // One record per elder: the 身份证号 names the record (matchBy), which the field's settings say in words.
    await designer.getByRole('button', { name: /^身份证号/ }).click();
    const props = designer.getByRole('region', { name: '身份证号' });
    await props.getByRole('checkbox', { name: '用它识别同一条记录' }).check();
    expect(await props.innerText()).toContain('台账里每个身份证号只登记一条');
    await screenshot(page, 'designer-match-by');

    // The list: columns; the flow exists (the status field brought 待处理 → 处理中 → 已办结).
    await designer.getByRole('tab', { name: '列表设置' }).click();
    const columns = designer.getByRole('group', { name: '列表显示的列' });
    for (const column of ['年龄', '关爱类别']) await columns.getByLabel(column).check();
    await designer.getByRole('tab', { name: '状态流程' }).click();
    expect(await designer.getByLabel('状态名称 1').inputValue()).toBe('待处理');

    // The live preview, drawn by the form runtime: the form, and the list with made-up records.
    const preview = designer.locator('.fd-preview');
    await preview.getByLabel('老人姓名').waitFor();
    await designer.getByRole('tab', { name: '字段' }).click();
    await screenshot(page, 'designer-fields');
    await preview.getByRole('tab', { name: '列表' }).click();
    await preview.getByRole('row', { name: /张建国/ }).waitFor();
    await screenshot(page, 'designer-preview-list');
    await page.setViewportSize({ width: 768, height: 1024 });
    await screenshot(page, 'designer-tablet');
    await designer.getByRole('tab', { name: '预览' }).click();
    await screenshot(page, 'designer-tablet-preview');
    await designer.getByRole('tab', { name: '编辑' }).click();
    await page.setViewportSize({ width: 1366, height: 768 });

    await designer.getByRole('button', { name: '发布…' }).click();
    await designer.getByText('检查通过。').waitFor();
    await designer.getByRole('button', { name: '发布，提交审核' }).click();
    await designer.getByText('已发布 1.0.0，等待管理员审核').waitFor({ timeout: 15_000 });
    await screenshot(page, 'designer-published');
    await product.approve(APP, '1.0.0');
    const published = await fetch(`${product.origin}/bundles/${APP}/1.0.0/form.json`, { headers: { cookie: await product.cookieFor('staff') } });
    expect(((await published.json()) as { matchBy?: string }).matchBy).toBe('idcard1');

    // Staff at two committees: each their own records only.
    const staff = await browser.context.newPage();
    await staff.setViewportSize({ width: 1366, height: 768 });
    await signIn(staff, product.origin, 'staff');
    await fillRecord(staff, APP, { name: '周阿婆', notes: '子女在外地，每周电话一次' });
    await screenshot(staff, 'designer-app-in-use');
    await staff.close();
    const staff2 = await browser.context.newPage();
    await signIn(staff2, product.origin, 'staff2');
    const other = await fillRecord(staff2, APP, { name: '陆老伯', notes: '腿脚不便，需送餐' });
    expect(await other.getByText('周阿婆').count()).toBe(0);
    await staff2.close();
    expect((await records('staff')).map((r) => r.data.text1)).toEqual(['周阿婆']);
    expect((await records('staff2')).map((r) => r.data.text1)).toEqual(['陆老伯']);

    // The maker changes the live app: adds a field, removes 情况说明 keeping its old values read-only.
    // The pages share one browser context: staff's sign-ins replaced the maker's session.
    await signIn(page, product.origin, 'maker');
    designer = await openApp(page, 'form-designer');
    await designer.locator('.fd-own li', { hasText: APP }).getByRole('button', { name: '修改' }).click();
    await designer.locator('.fd-item').first().waitFor();
    await designer.locator('.fd-item__main', { hasText: '老人姓名' }).click();
    await designer.getByRole('button', { name: '＋ 单行文字', exact: true }).click();
    await designer.locator('.fd-props').getByLabel('名称', { exact: true }).fill('紧急联系人');
    await designer.locator('.fd-item__main', { hasText: '情况说明' }).click();
    await designer.getByRole('button', { name: '删除字段' }).click();
    await designer.getByRole('button', { name: '发布…' }).click();
    const pending = designer.locator('.fd-change--decide');
    await pending.getByText('影响 2 条记录').waitFor({ timeout: 15_000 });
    expect(await designer.getByRole('button', { name: '发布，提交审核' }).isDisabled()).toBe(true);
    await pending.getByLabel('保留旧值（只读），不再填写').check();
    await screenshot(page, 'designer-change-decision');
    await designer.getByRole('button', { name: '发布，提交审核' }).click();
    await designer.getByText('已发布 1.1.0，等待管理员审核').waitFor({ timeout: 15_000 });
    await product.approve(APP, '1.1.0');

    // No record lost: both committees' records keep 情况说明 under its retired key.
    const all = await records('admin');
    expect(all.map((r) => [r.data.text1, r.data.textarea1]).sort()).toEqual([
      ['周阿婆', '子女在外地，每周电话一次'],
      ['陆老伯', '腿脚不便，需送餐'],
    ]);
    const again = await browser.context.newPage();
    await again.setViewportSize({ width: 1366, height: 768 });
    await signIn(again, product.origin, 'staff');
    const frame = await openApp(again, APP);
    await frame.getByRole('row', { name: /周阿婆/ }).click();
    await frame.getByText('子女在外地，每周电话一次').waitFor({ timeout: 15_000 });
    await again.close();
    await page.close();

    // The admin's review lists the app with its usage (the desktop sends opens when a page is left).
    const year = shanghaiYear(new Date());
    await expect
      .poll(
        async () => {
          const res = await fetch(`${product.origin}/api/reviews/${year}`, { headers: { cookie: await product.cookieFor('admin') } });
          const body = (await res.json()) as { apps: { id: string; opens: number }[] };
          return body.apps.find((a) => a.id === APP)?.opens ?? 0;
        },
        { timeout: 20_000 },
      )
      .toBeGreaterThan(0);
  });
});
