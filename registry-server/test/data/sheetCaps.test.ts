// A spreadsheet upload is read on a worker thread, capped in memory and in time (Limits.sheetMemoryMb, sheetTimeoutMs;
// src/sheets/readSheetFile.ts): a file within the row, column and byte limits can still need a gigabyte to read, and
// the server's event loop must not wait for it. A file past a cap is refused as too large, with the upload's own code,
// in the clerk's language, and nothing is stored.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart } from '../helpers/bundles.ts';
import { countRows } from '../helpers/counts.ts';
import { createTestApp, type TestApp, type TestAppOptions } from '../helpers/createTestApp.ts';
import { login } from '../helpers/login.ts';
import { GOOD_ID, goodRecord, ledgerApp } from '../forms/formSupport.ts';
import { bigRoster, csvOf, importRoster } from '../roster/rosterHelpers.ts';

/** 5,000 rows (an import's limit) of 60 columns (its limit), each cell a different text: 300,000 cells. */
async function wideWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  sheet.addRow(['户主姓名', '身份证号', ...Array.from({ length: 58 }, (_, c) => `备注${c + 1}`)]);
  for (let r = 0; r < 5_000; r++) sheet.addRow([`居民${r}`, GOOD_ID, ...Array.from({ length: 58 }, (_, c) => `第${r}行第${c}列`)]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const apps: TestApp[] = [];
async function app(options: Omit<TestAppOptions, 'engine'>): Promise<TestApp> {
  const t = await createTestApp({ engine: 'sqlite', ...options });
  apps.push(t);
  return t;
}
afterAll(async () => {
  await Promise.all(apps.map((t) => t.close()));
});

describe("a spreadsheet past its reading thread's caps", () => {
  let wide: Buffer;
  beforeAll(async () => {
    wide = await wideWorkbook();
  }, 60_000);

  it('a workbook that needs more memory than sheetMemoryMb: the designer gets 413 in its language; under the default cap it is read', async () => {
    const send = async (t: TestApp, query = '') => {
      const maker = await login(t.app, 'maker');
      const body = multipart(wide, 'ledger.xlsx', 'file');
      return t.app.inject({ method: 'POST', url: `/api/sheets/columns${query}`, headers: { ...maker.headers, ...body.headers }, payload: body.payload });
    };
    const small = await app({ limits: { sheetMemoryMb: 96 } });
    for (const [query, message] of [['', /^file: 读取这个文件需要超过 96 MB 内存（单元格太多）：请删掉不需要的列，或分成几个文件$/], ['?lang=en', /^file: reading the file needs more than 96 MB of memory/]] as const) {
      const refused = await send(small, query);
      expect([refused.statusCode, refused.json().code], refused.body).toEqual([413, 'TOOLBOX_IMPORT_TOO_LARGE']);
      expect(refused.json().message).toMatch(message);
    }
    // The cap refused it, not the file: the same workbook under the default cap.
    const read = await send(await app({}));
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toMatchObject({ format: 'xlsx', rows: 5_000 });
    expect(read.json().columns).toHaveLength(60);
  }, 60_000);

  it("an import past the memory cap changes no record; the server goes on answering and reading smaller files", async () => {
    const { t, staff } = await ledgerApp({ engine: 'sqlite', limits: { sheetMemoryMb: 96 } });
    apps.push(t);
    const url = '/api/apps/hardship-hy/data/records';
    const created = await t.app.inject({ method: 'POST', url, headers: staff.headers, payload: goodRecord({ name: '王秀英' }) });
    expect(created.statusCode, created.body).toBe(201);
    const before = await countRows(t.app);
    const upload = (file: Buffer, name: string) => {
      const body = multipart(file, name, 'file');
      return t.app.inject({ method: 'POST', url: `${url}/import`, headers: { ...staff.headers, ...body.headers }, payload: body.payload });
    };
    const refused = await upload(wide, 'ledger.xlsx');
    expect([refused.statusCode, refused.json().code], refused.body).toEqual([413, 'TOOLBOX_IMPORT_TOO_LARGE']);
    expect(await countRows(t.app)).toEqual(before);
    // A clerk's next, smaller file is read by a fresh thread.
    const small = Buffer.from(`\ufeff户主姓名,身份证号,住址,困难类别,主要困难和诉求\r\n李建军,${GOOD_ID},3号楼 302室,低保家庭,需要\r\n`);
    const imported = await upload(small, 'ledger.csv');
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toMatchObject({ imported: 1 });
  }, 60_000);

  it('a roster that takes longer than sheetTimeoutMs: 413 TOOLBOX_ROSTER_TOO_LARGE naming the cap, and no unit or user is added', async () => {
    const t = await app({ limits: { sheetTimeoutMs: 1 } });
    const admin = await login(t.app, 'admin');
    const before = await countRows(t.app);
    // 3,250 rows: reading them takes far more than 1 ms, even on a thread already started.
    const res = await importRoster(t.app, admin.headers, csvOf(bigRoster()));
    expect([res.statusCode, res.json().code], res.body).toEqual([413, 'TOOLBOX_ROSTER_TOO_LARGE']);
    expect(res.json().message).toMatch(/读取这个文件超过了 1 ms：/);
    expect(await countRows(t.app)).toEqual(before);
  });
});
