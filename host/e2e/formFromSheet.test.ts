// A committee's own Excel 台账 becomes a form app, in Chromium: a maker chooses the sheet in 应用搭建 (从 Excel 表格开始),
// the designer proposes a field per column of the kind its values read as, the maker checks them and publishes; once an
// admin approves, staff import the very same sheet into the app and every row is a record. Screenshots at 1366×768 go
// to host/test-output/designer-from-sheet*.png.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { idCardCheckCharacter } from '@toolbox/sdk/forms';
import { describe, expect, it } from 'vitest';
import { productInChromium } from './support/productInChromium.ts';
import { screenshot } from './support/screenshots.ts';
import { openAppAs } from './support/signIn.ts';
import { repoRoot } from './support/startProduct.ts';

// ExcelJS is the registry's dependency (it reads the uploads); the test writes the committee's workbook with it.
interface Workbook {
  addWorksheet(name: string): { addRow(values: unknown[]): unknown; getColumn(n: number): { numFmt: string } };
  xlsx: { writeBuffer(): Promise<ArrayBuffer> };
}
const ExcelJS = createRequire(join(repoRoot, 'registry-server/package.json'))('exceljs') as { Workbook: new () => Workbook };

const APP = 'elderly-sheet-hy';
const id = (first17: string) => first17 + idCardCheckCharacter(first17);
const suite = productInChromium({
  examples: false,
  async prepare(product) {
    await product.devToken();
    await product.publish(join(repoRoot, 'plugins/form-runtime'));
    await product.publish(join(repoRoot, 'plugins/form-designer'));
  },
});

/** The committee's register of older people living alone, as kept in Excel: 6 rows. */
async function sheet() {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('独居老人');
  ws.getColumn(3).numFmt = '@';
  ws.addRow(['姓名', '年龄', '身份证号', '联系电话', '住址', '关爱类别', '是否独居', '上次走访', '情况说明']);
  const rows: [string, number, string, string, string, string, string, Date | string, string][] = [
    ['周阿婆', 86, id('31010519400101002'), '13812340001', '8号楼 201室', '独居', '是', new Date(Date.UTC(2026, 1, 3)), '子女在外地，每周电话一次。腿脚不便，需要有人帮忙买菜和取药；冬天要检查取暖和燃气，夏天要提醒开空调防中暑，社工每月上门一次。'],
    ['吴老伯', 79, id('31010519470305011'), '021-62511234', '8号楼 302室', '空巢', '否', '2026/2/10', '与老伴同住，老伴行动不便'],
    ['郑阿姨', 81, id('31010519450712024'), '13812340003', '12号楼 101室', '独居', '是', '2026年2月12日', '有高血压，需提醒按时服药'],
    ['王老师', 90, id('31010519360220037'), '', '3号楼 502室', '孤寡', '是', '2026-02-15', '无子女，由社区重点关注'],
    ['陈师傅', 77, id('31010519490808041'), '13812340005', '5号楼 203室', '空巢', '否', '2026-02-18', '身体尚可'],
    ['林阿婆', 84, id('31010519421130058'), '13812340006', '5号楼 601室', '独居', '是', '2026-02-20', '听力不好，敲门要用力'],
  ];
  for (const row of rows) ws.addRow(row);
  return { name: '独居老人关爱名单.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await book.xlsx.writeBuffer()) };
}

describe('a committee’s Excel register becomes a form app', () => {
  it('the designer proposes the fields from the sheet; after approval staff import the same sheet', async () => {
    const file = await sheet();
    const { page, frame: designer } = await openAppAs(suite.browser, suite.product.origin, 'maker', 'form-designer');
    await designer.getByText('从 Excel 表格开始').first().waitFor({ timeout: 30_000 });
    await screenshot(page, 'designer-from-sheet-start');
    await designer.locator('input[type="file"]').setInputFiles(file);

    await designer.getByText(/已按表格的列生成 9 个字段（表中有 6 行记录）/).waitFor({ timeout: 20_000 });
    const labels = (await designer.locator('.fd-item__label').allInnerTexts()).map((l) => l.trim());
    expect(labels).toEqual(['姓名 *', '年龄 *', '身份证号 *', '联系电话', '住址 *', '关爱类别 *', '是否独居 *', '上次走访 *', '情况说明 *']);
    // Each field's kind, as the field list names it.
    const kinds = await designer.locator('.fd-item__kind').allInnerTexts();
    expect(kinds.map((k) => k.trim())).toEqual(['单行文字', '数字', '身份证号', '电话', '住址（楼号/室号）', '单选', '是/否', '日期', '多行文字']);
    const preview = designer.locator('.fd-preview');
    await preview.getByLabel(/关爱类别/).first().waitFor();
    await screenshot(page, 'designer-from-sheet');

    await designer.getByRole('tab', { name: '基本信息' }).click();
    expect(await designer.getByLabel('应用名称').inputValue()).toBe('独居老人关爱名单');
    await designer.getByLabel('应用标识').fill(APP);
    await designer.getByRole('button', { name: '发布…' }).click();
    await designer.getByText('检查通过。').waitFor();
    await designer.getByRole('button', { name: '发布，提交审核' }).click();
    await designer.getByText('已发布 1.0.0，等待管理员审核').waitFor({ timeout: 15_000 });
    await suite.product.approve(APP, '1.0.0');

    const { page: staff, frame: app } = await openAppAs(suite.browser, suite.product.origin, 'staff', APP);
    await app.getByRole('button', { name: '导入', exact: true }).first().click({ timeout: 30_000 });
    const dialog = app.getByRole('dialog');
    await dialog.locator('input[type="file"]').setInputFiles(file);
    await dialog.getByText('6 行都符合表单，可以导入。').waitFor({ timeout: 20_000 });
    await dialog.getByRole('button', { name: '导入 6 条记录' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 20_000 });
    for (const name of ['周阿婆', '吴老伯', '郑阿姨', '王老师', '陈师傅', '林阿婆']) await app.getByRole('cell', { name, exact: true }).waitFor({ timeout: 20_000 });
    // The list as the designer set it up: newest visit first, with the visit as a column, a search box and filters.
    const names = await app.locator('tbody tr td:first-child').allInnerTexts();
    expect(names.map((n) => n.trim())).toEqual(['林阿婆', '陈师傅', '王老师', '郑阿姨', '吴老伯', '周阿婆']);
    await app.getByRole('columnheader', { name: /上次走访/ }).waitFor();
    await app.getByLabel('搜索').waitFor();
    await app.locator('.fr-chart--months').waitFor({ timeout: 20_000 });
    await screenshot(staff, 'designer-from-sheet-imported');

    const res = await fetch(`${suite.product.origin}/api/apps/${APP}/data/records?limit=50`, { headers: { cookie: await suite.product.cookieFor('staff') } });
    const items = ((await res.json()) as { items: { data: Record<string, unknown> }[] }).items;
    expect(items).toHaveLength(6);
    const zhou = items.find((r) => Object.values(r.data).includes('周阿婆'))!.data;
    expect(Object.values(zhou)).toEqual(expect.arrayContaining([86, id('31010519400101002'), { building: '8号楼', room: '201室' }, '独居', true, '2026-02-03']));
    await staff.close();
    await page.close();
  });
});
