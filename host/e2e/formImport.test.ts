// 导入 on the real desktop: staff of a committee open the 困难群众帮扶台账 form app (published and approved as `pnpm
// start` does), choose an .xlsx written with ExcelJS as a clerk fills one in Excel (the form's labels in the first
// row, a 状态 column, a column the form has not), and the dialog checks it at the registry: a wrong 身份证号
// and an unknown 困难类别 are named by line and column, and nothing is written. The same file, fixed and chosen again,
// imports every row: the list, its count and the counts by state show them. Chosen again with a row more, the rows
// already in the ledger are warned of and can be skipped.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { idCardCheckCharacter } from '@toolbox/sdk/forms';
import { describe, expect, it } from 'vitest';
import { addLedgerRecords, publishLedger } from './support/publishLedger.ts';
import { screenshot } from './support/screenshots.ts';
import { openAppAs } from './support/signIn.ts';
import { productInChromium } from './support/productInChromium.ts';
import { repoRoot } from './support/startProduct.ts';

// ExcelJS is the registry's own dependency (it reads the uploads): the test writes the clerk's workbook with it. Only
// the little it uses is typed here, since the host does not depend on it.
interface Workbook {
  addWorksheet(name: string): { addRow(values: unknown[]): unknown; getColumn(n: number): { numFmt: string } };
  xlsx: { writeBuffer(): Promise<ArrayBuffer> };
}
const ExcelJS = createRequire(join(repoRoot, 'registry-server/package.json'))('exceljs') as { Workbook: new () => Workbook };

const id = (first17: string) => first17 + idCardCheckCharacter(first17);
const wrongCheck = (first17: string) => first17 + (idCardCheckCharacter(first17) === '0' ? '1' : '0');

const suite = productInChromium({
  examples: false,
  async prepare(product) {
    await publishLedger(product);
    await addLedgerRecords(product, 'staff', 3, (i) => ({
      name: `已有居民${i + 1}`,
      idNumber: id(`31010519500101${String(100 + i)}`),
      address: { building: '1号楼', room: `10${i + 1}室` },
      category: '低保家庭',
      needs: '日常生活困难',
      caseworker: { name: '王芳' },
      registeredOn: '2026-01-05',
    }));
  },
});

const HEADERS = ['户主姓名', '身份证号', '联系电话', '住址', '困难类别', '致困原因', '主要困难和诉求', '责任社工', '登记日期', '状态', '备注'];

/** The clerk's workbook: ID numbers typed as text (as they must be), dates both as Excel dates and as typed text. */
async function workbook(rows: (string | Date)[][]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('困难群众帮扶台账');
  sheet.addRow(HEADERS);
  for (const row of rows) sheet.addRow(row);
  sheet.getColumn(2).numFmt = '@';
  const buffer = Buffer.from(await book.xlsx.writeBuffer());
  return { name: '帮扶台账.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer };
}

const ROWS = (bad: boolean): (string | Date)[][] => [
  ['李桂英', id('31010519491231002'), '13912345678', '8号楼 201室', '低保家庭', '因病、因残', '医药费负担重', '王芳', new Date(Date.UTC(2026, 2, 5)), '帮扶中', '老党员'],
  ['张建国', bad ? wrongCheck('31010519550612003') : id('31010519550612003'), '021-62511234', '8号楼201室', '低收入家庭', '失业', '失业在家，想找工作', '王芳', '2026/03/06', '', ''],
  ['王秀兰', id('31010519400220004'), '', '12号楼 502室', bad ? '五保户' : '特困人员', '高龄独居', '独居，需要上门关爱', '王芳', '2026年3月7日', '', ''],
  ['赵小明', id('31010520100815005'), '13800001111', '3号楼 101室', '临时困难', '子女就学，其他', '孩子学费有困难', '王芳', '2026-3-8', '', ''],
];

describe('importing a form app’s records from a spreadsheet', () => {
  it('names each bad row by line and column and imports nothing; the fixed file imports every row into the list', async () => {
    const { page, frame } = await openAppAs(suite.browser, suite.product.origin, 'staff', 'hardship-ledger');
    await frame.getByRole('table').waitFor({ timeout: 30_000 });
    await frame.getByText('共 3 条，符合 3 条').waitFor();

    await frame.getByRole('button', { name: '导入', exact: true }).click();
    const dialog = frame.getByRole('dialog', { name: '导入困难群众帮扶台账记录' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('可以先点“导出 Excel”，用导出的文件作模板');
    // Focus is in the dialog, on the file chooser.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('file');

    await dialog.locator('input[type="file"]').setInputFiles(await workbook(ROWS(true)));
    const problems = dialog.locator('[data-import-problems]');
    await problems.waitFor({ timeout: 20_000 });
    const cells = await problems.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent ?? '')));
    expect(cells.map(([line, column]) => [line, column])).toEqual([
      ['第 3 行', '身份证号'],
      ['第 4 行', '困难类别'],
    ]);
    expect(cells[1]?.[2]).toContain('五保户');
    expect(await dialog.textContent()).toContain('读到 4 行数据（Excel 工作簿）');
    expect(await dialog.textContent()).toContain('有 2 个问题，这个文件一条也没有导入');
    // 状态 is read (李桂英 is 帮扶中 in the ledger); 备注 is no field of the form.
    expect(await dialog.locator('.fr-import__ignored').textContent()).toBe('备注表单里没有这个名称的字段');
    expect(await dialog.getByRole('button', { name: '导入 4 条记录' }).isDisabled()).toBe(true);
    // The dialog fits the 1366×768 window; a long report scrolls inside it, not the page.
    const box = await dialog.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 768).toBe(true);
    await screenshot(page, 'form-import-problems');

    // A long list of problems scrolls inside the dialog: its buttons stay in sight and the page itself does not scroll.
    const many = Array.from({ length: 40 }, (_, i) => ['居民', '', '', `${i + 1}号楼`, '低保家庭', '', '需要帮助', '王芳', '2026-13-01', '', '']);
    await dialog.locator('input[type="file"]').setInputFiles(await workbook(many));
    await dialog.getByText('读到 40 行数据（Excel 工作簿）').waitFor({ timeout: 20_000 });
    const body = dialog.locator('.fr-dialog__body');
    expect(await body.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    const footer = await dialog.getByRole('button', { name: '关闭' }).boundingBox();
    expect(footer && footer.y + footer.height <= 768).toBe(true);
    expect(await page.evaluate(() => document.scrollingElement!.scrollHeight <= window.innerHeight)).toBe(true);
    await body.evaluate((el) => el.scrollTo(0, 420));
    await screenshot(page, 'form-import-many-problems');

    // Nothing was written: the server still has 3, and so does the list.
    const count = async () => {
      const res = await fetch(`${suite.product.origin}/api/apps/hardship-ledger/data/records?limit=1`, { headers: { cookie: await suite.product.cookieFor('staff') } });
      return ((await res.json()) as { total: number }).total;
    };
    expect(await count()).toBe(3);

    // Fixed in Excel, saved under the same name and chosen again.
    await dialog.locator('input[type="file"]').setInputFiles(await workbook(ROWS(false)));
    await dialog.getByText('4 行都符合表单，可以导入。').waitFor({ timeout: 20_000 });
    expect(await problems.count()).toBe(0);
    await screenshot(page, 'form-import-ready');
    await dialog.getByRole('button', { name: '导入 4 条记录' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 20_000 });
    await page.locator('.toast', { hasText: '已导入 4 条记录' }).waitFor();
    await frame.getByText('共 7 条，符合 7 条').waitFor({ timeout: 20_000 });
    for (const name of ['李桂英', '张建国', '王秀兰', '赵小明']) await frame.getByRole('cell', { name, exact: true }).waitFor();
    // The counts by state read again: 李桂英 is 帮扶中 as in the ledger; the three with no state start as 待核实, with
    // the three there were.
    await frame.getByRole('button', { name: /^待核实\s*6/ }).waitFor();
    await frame.getByRole('button', { name: /^帮扶中\s*1/ }).waitFor();
    await screenshot(page, 'form-import-done');

    expect(await count()).toBe(7);
    const res = await fetch(`${suite.product.origin}/api/apps/hardship-ledger/data/records?limit=50&search=${encodeURIComponent('张建国')}&searchIn=name`, {
      headers: { cookie: await suite.product.cookieFor('staff') },
    });
    const [zhang] = ((await res.json()) as { items: { data: Record<string, unknown> }[] }).items;
    expect(zhang?.data).toMatchObject({ address: { building: '8号楼', room: '201室' }, registeredOn: '2026-03-06', causes: ['失业'], status: 'pending' });

    // The same file chosen again with one row more: each of the four rows there were may be a repeat (by 身份证号),
    // said row by row. The ledger holds one record per 身份证号 (matchBy), so the dialog starts by skipping the four;
    // the clerk may import all five instead.
    const fifth = ['孙丽华', id('31010519620101006'), '', '5号楼 301室', '低保家庭', '', '需要上门关爱', '王芳', '2026-3-9', '', ''];
    await frame.getByRole('button', { name: '导入', exact: true }).click();
    const again = frame.getByRole('dialog', { name: '导入困难群众帮扶台账记录' });
    await again.locator('input[type="file"]').setInputFiles(await workbook([...ROWS(false), fifth]));
    await again.locator('[data-import-warnings]').waitFor({ timeout: 20_000 });
    expect(await again.textContent()).toContain('有 4 行可能已经在台账里（按身份证号）');
    // Each row is named (户主姓名), says what becomes of it, and may be decided on its own (新增, 跳过, 更新).
    expect(await again.locator('[data-import-warnings] tbody tr').first().textContent()).toMatch(/^第 2 行李桂英身份证号身份证号 310105\*{8}\d{3}[\dX] 已有记录，可能已经导入过新增跳过更新$/);
    expect(await again.getByRole('combobox', { name: '第 2 行怎么办' }).inputValue()).toBe('skip');
    expect(await again.getByLabel('跳过这 4 行，只导入其余的行').isChecked()).toBe(true);
    expect(await again.getByRole('button', { name: '导入 1 条记录' }).isDisabled()).toBe(false);
    // The file has no 家庭人口 column: the form's default fills it, and the dialog says so.
    expect(await again.locator('[data-import-defaulted]').textContent()).toContain('家庭人口：1 人');
    await again.getByLabel(/^仍作为新记录导入/).check();
    expect(await again.getByRole('button', { name: '导入 5 条记录' }).isDisabled()).toBe(false);
    await again.getByLabel('跳过这 4 行，只导入其余的行').check();
    await again.getByRole('button', { name: '导入 1 条记录' }).waitFor({ timeout: 20_000 });
    await screenshot(page, 'form-import-repeats');
    await again.getByRole('button', { name: '导入 1 条记录' }).click();
    await again.waitFor({ state: 'detached', timeout: 20_000 });
    await page.locator('.toast', { hasText: '已导入 1 条记录，跳过 4 行可能重复的' }).waitFor();
    await frame.getByRole('cell', { name: '孙丽华', exact: true }).waitFor({ timeout: 20_000 });
    expect(await count()).toBe(8);

    // The clerk changed 张建国's phone in the same workbook: the other rows are skipped, his (line 3) alone updates
    // his record, chosen on its row.
    const phoneOf = async () => {
      const res = await fetch(`${suite.product.origin}/api/apps/hardship-ledger/data/records?limit=5&search=${encodeURIComponent('张建国')}&searchIn=name`, {
        headers: { cookie: await suite.product.cookieFor('staff') },
      });
      return ((await res.json()) as { items: { data: Record<string, unknown> }[] }).items.map((r) => r.data.phone);
    };
    const withPhone = (phone: string) => [...ROWS(false), fifth].map((r) => (r[0] === '张建国' ? r.map((c, i) => (i === 2 ? phone : c)) : r));
    await frame.getByRole('button', { name: '导入', exact: true }).click();
    const one = frame.getByRole('dialog', { name: '导入困难群众帮扶台账记录' });
    await one.locator('input[type="file"]').setInputFiles(await workbook(withPhone('13700001111')));
    await one.getByRole('combobox', { name: '第 3 行怎么办' }).selectOption('update', { timeout: 20_000 });
    await one.getByRole('button', { name: '更新 1 条记录' }).waitFor({ timeout: 20_000 });
    expect(await one.getByLabel('跳过这 5 行，只导入其余的行').isChecked()).toBe(true);
    await one.locator('[data-import-warnings]').scrollIntoViewIfNeeded();
    await screenshot(page, 'form-import-row-choice');
    await one.getByRole('button', { name: '更新 1 条记录' }).click();
    await page.locator('.toast', { hasText: '已更新 1 条记录' }).waitFor({ timeout: 20_000 });
    expect(await count()).toBe(8);
    expect(await phoneOf()).toEqual(['13700001111']);

    // A month later it changed again: imported with 更新 for every row, the five records take the table's values (no
    // new records), and their state stays.
    const changed = withPhone('13700002222');
    await frame.getByRole('button', { name: '导入', exact: true }).click();
    const update = frame.getByRole('dialog', { name: '导入困难群众帮扶台账记录' });
    await update.locator('input[type="file"]').setInputFiles(await workbook(changed));
    await update.getByLabel(/^更新台账里已有的记录/).check({ timeout: 20_000 });
    await update.getByRole('button', { name: '更新 5 条记录' }).waitFor({ timeout: 20_000 });
    await screenshot(page, 'form-import-update');
    await update.getByRole('button', { name: '更新 5 条记录' }).click();
    await page.locator('.toast', { hasText: '已更新 5 条记录' }).waitFor({ timeout: 20_000 });
    expect(await count()).toBe(8);
    expect(await phoneOf()).toEqual(['13700002222']);

    // In English, the dialog and the server's problems are in English too.
    await page.locator('header select').selectOption('en');
    await frame.getByRole('button', { name: 'Import', exact: true }).click();
    const english = frame.getByRole('dialog', { name: 'Import records: Hardship Assistance Ledger' });
    await english.locator('input[type="file"]').setInputFiles(await workbook(ROWS(true)));
    await english.locator('[data-import-problems]').waitFor({ timeout: 20_000 });
    expect(await english.locator('[data-import-problems] tbody tr').first().textContent()).toMatch(/^Line 3身份证号ID number/);
    expect(await english.textContent()).toContain('4 rows of data read (Excel workbook)');
    await screenshot(page, 'form-import-problems-en');
    await page.close();
  });
});
