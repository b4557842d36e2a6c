// The designer's “从 Excel 表格开始”: a committee's spreadsheet read into columns with samples, for makers only.
import ExcelJS from 'exceljs';
import type { SheetColumns } from '@toolbox/sdk/api';
import { fieldsFromSheet } from '@toolbox/sdk/forms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart } from '../helpers/bundles.ts';
import { createTestApp, type TestApp } from '../helpers/createTestApp.ts';
import { testEngines } from '../helpers/engines.ts';
import { login, type Session } from '../helpers/login.ts';
import { GOOD_ID } from '../forms/formSupport.ts';
import { png } from '../attachments/photoFixtures.ts';

describe.each(testEngines)('POST /api/sheets/columns (%s)', (engine) => {
  let t: TestApp;
  let maker: Session;
  let staff: Session;
  const send = (who: Session, file: Buffer, query = '') => {
    const body = multipart(file, 'ledger.xlsx', 'file');
    return t.app.inject({ method: 'POST', url: `/api/sheets/columns${query}`, headers: { ...who.headers, ...body.headers }, payload: body.payload });
  };

  beforeAll(async () => {
    t = await createTestApp({ engine });
    [maker, staff] = await Promise.all([login(t.app, 'maker'), login(t.app, 'staff')]);
  });
  afterAll(async () => t?.close());

  it('describes each column: filled rows, different values, the most frequent first; the designer proposes fields from it', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('台账');
    sheet.addRow(['姓名', '身份证号', '类别', '人口', '登记日期', '备注', '整改前']);
    const categories = ['低保', '特困', '低保', '低保', '特困', '临时'];
    for (const [i, c] of categories.entries()) sheet.addRow([`居民${i}`, GOOD_ID, c, i + 1, new Date(Date.UTC(2026, 2, i + 1)), i === 2 ? '需回访' : null]);
    // 整改前 holds pictures, not text, on two rows: a photo column whatever its header says.
    for (const row of [1, 3]) {
      const picture = workbook.addImage({ buffer: (await png()) as unknown as ExcelJS.Buffer, extension: 'png' });
      sheet.addImage(picture, { tl: { col: 6.1, row: row + 0.1 }, br: { col: 6.9, row: row + 0.9 } } as unknown as ExcelJS.ImageRange);
    }
    const res = await send(maker, Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as SheetColumns;
    expect(body).toMatchObject({ format: 'xlsx', encoding: null, rows: 6 });
    expect(body.columns[2]).toEqual({ header: '类别', filled: 6, distinct: 3, samples: ['低保', '特困', '临时'], pictures: 0 });
    expect(body.columns[6]).toEqual({ header: '整改前', filled: 0, distinct: 0, samples: [], pictures: 2 });
    expect(body.columns[4]!.samples.slice(0, 2)).toEqual(['2026-03-01', '2026-03-02']);
    expect(body.columns[5]).toEqual({ header: '备注', filled: 1, distinct: 1, samples: ['需回访'], pictures: 0 });
    const { fields } = fieldsFromSheet(body.columns, body.rows);
    expect(fields.map((f) => f.kind)).toEqual(['text', 'idcard', 'choice', 'number', 'date', 'text', 'photo']);
  });

  it('is for those who make apps, and refuses what it cannot read as the import does', async () => {
    const csv = Buffer.from('\ufeff姓名,电话\r\n王芳,13800000000\r\n');
    expect((await send(staff, csv)).statusCode).toBe(403);
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), Buffer.alloc(64)]);
    const refused = await send(maker, xls);
    expect([refused.statusCode, refused.json().code]).toEqual([400, 'TOOLBOX_IMPORT_FILE_INVALID']);
    // In the designer's language: Chinese unless it asks for English.
    expect(refused.json().message).toMatch(/^file: 这是旧版 Excel（\.xls）文件/);
    expect((await send(maker, xls, '?lang=en')).json().message).toMatch(/^file: this is an old Excel \.xls file/);
    const ok = await send(maker, csv);
    expect(ok.json()).toMatchObject({ format: 'csv', encoding: 'utf-8', rows: 1, columns: [{ header: '姓名', filled: 1 }, { header: '电话', samples: ['13800000000'] }] });
  });
});
