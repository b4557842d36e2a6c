// A form app's records imported from a spreadsheet: an export read back, a clerk's own Excel, refusals that change nothing.
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { IMPORT_CHOICES_MAX, IMPORT_LIMITS, type ImportReport } from '@toolbox/sdk/api';
import { recordQueryParams } from '@toolbox/sdk/data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart, publishApp } from '../helpers/bundles.ts';
import type { TestApp } from '../helpers/createTestApp.ts';
import { testEngines } from '../helpers/engines.ts';
import { login, type Session } from '../helpers/login.ts';
import { gb18030 } from '../roster/rosterHelpers.ts';
import { FORM_TEMPLATES, idCardCheckCharacter } from '@toolbox/sdk/forms';
import { BAD_ID, GOOD_ID, goodRecord, ledger, ledgerApp, publishForm } from '../forms/formSupport.ts';
import { writeImport } from '../../src/data/recordStore.ts';

const url = '/api/apps/hardship-hy/data/records';
const HEADERS = ['户主姓名', '身份证号', '联系电话', '住址', '家庭人口', '困难类别', '致困原因', '主要困难和诉求', '救助金额', '责任社工', '登记日期'];

async function xlsxOf(rows: ExcelJS.CellValue[][], sheetName = '台账'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const csvOf = (rows: unknown[][]) => Buffer.from(`\ufeff${stringify(rows)}`, 'utf8');

describe.each(testEngines)("importing a form app's records (%s)", (engine) => {
  let t: TestApp;
  let admin: Session;
  let staff: Session;
  let staff2: Session;

  function importFile(who: Session, file: Buffer, query = '', name = 'records.xlsx') {
    const body = multipart(file, name, 'file');
    return t.app.inject({ method: 'POST', url: `${url}/import${query ? `?${query}` : ''}`, headers: { ...who.headers, ...body.headers }, payload: body.payload });
  }
  async function records(who: Session): Promise<{ data: Record<string, unknown>; unitId: string }[]> {
    const res = await t.app.inject({ url: `${url}?limit=500`, headers: who.headers });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items;
  }

  beforeAll(async () => {
    ({ t, admin, staff, staff2 } = await ledgerApp({ engine }));
    t.clock.set('2026-03-02T10:00:00+08:00');
    for (const extra of [{ name: '王秀英', amount: 1200.5, householdSize: 3, causes: ['因病', '因残'], phone: '13812345678' }, { name: '李建军', category: '低收入家庭', nextVisitOn: '2026-04-01' }]) {
      const res = await t.app.inject({ method: 'POST', url, headers: staff.headers, payload: goodRecord(extra) });
      expect(res.statusCode, res.body).toBe(201);
    }
  });
  afterAll(async () => t?.close());

  it("reads an export back, in either language: another unit's staff imports it into their own unit", async () => {
    for (const [format, lang] of [['xlsx', 'zh-CN'], ['csv', 'en']] as const) {
      const exported = await t.app.inject({ url: `${url}/export?format=${format}&lang=${lang}&sort=name`, headers: staff.headers });
      expect(exported.statusCode).toBe(200);
      // The English file words the options in English (the template's optionsEn); they read back as the options.
      if (lang === 'en') expect(exported.body).toContain('Minimum-income household,"Illness, Disability"');
      const dry = await importFile(staff2, exported.rawPayload, `dryRun=1&lang=${lang}`, `export.${format}`);
      expect(dry.statusCode, dry.body).toBe(200);
      const report = dry.json() as ImportReport;
      expect(report).toMatchObject({ dryRun: true, format, rows: 2, imported: 0, problemCount: 0, problems: [] });
      const ignored = Object.fromEntries(report.columns.filter((c) => c.ignored).map((c) => [c.header, c.ignored]));
      // The 状态 column is read (by the state's name in either language); the stamps an export adds are not.
      expect(ignored).toEqual(lang === 'en' ? { Unit: 'stamp', Created: 'stamp', 'Last changed': 'stamp' } : { 所属单位: 'stamp', 登记时间: 'stamp', 最后修改: 'stamp' });
      expect(await records(staff2)).toHaveLength(format === 'xlsx' ? 0 : 2);

      const done = await importFile(staff2, exported.rawPayload, `lang=${lang}`, `export.${format}`);
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json()).toMatchObject({ dryRun: false, imported: 2 });
    }
    const mine = await records(staff);
    const theirs = await records(staff2);
    expect(theirs).toHaveLength(4);
    expect(new Set(theirs.map((r) => r.unitId)).size).toBe(1);
    expect(theirs[0]!.unitId).not.toBe(mine[0]!.unitId);
    for (const original of mine) {
      const copies = theirs.filter((r) => r.data.name === original.data.name);
      expect(copies).toHaveLength(2);
      // Every value comes back as it was stored, its state too.
      for (const copy of copies) expect(copy.data).toEqual(original.data);
    }
  });

  it("reads a clerk's own workbook: dates, numbers and ID numbers as Excel types them, choices, 是/否, addresses", async () => {
    const before = (await records(staff)).length;
    t.clock.set('2026-03-02T11:00:00+08:00');
    const file = await xlsxOf([
      [...HEADERS, '备注列'],
      ['赵 敏', GOOD_ID, 13900001111, '12号楼201室', '4人', '特困人员', '因病，失业', '需要上门关爱', '1,500.25', '王芳', new Date(Date.UTC(2026, 2, 5))],
      ['钱 多多', GOOD_ID.toLowerCase(), '021-62511234', '3栋 502', 2, '临时困难', '其他', '临时困难', null, '李社工', '2026年3月6日'],
      ['孙 丽', GOOD_ID, null, '8号楼 101室', null, '低保家庭', null, '—', null, '王芳', '2026/3/7'],
    ]);
    const res = await importFile(staff, file);
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json() as ImportReport;
    expect(report).toMatchObject({ format: 'xlsx', encoding: null, rows: 3, imported: 3, problemCount: 0 });
    expect(report.columns.at(-1)).toEqual({ header: '备注列', field: null, ignored: 'unknown' });
    const all = await records(staff);
    expect(all).toHaveLength(before + 3);
    // Newest first, the file's last row on top: the rows keep their order.
    expect(all.slice(0, 3).map((r) => r.data.name)).toEqual(['孙 丽', '钱 多多', '赵 敏']);
    const byName = (name: string) => all.find((r) => r.data.name === name)!.data;
    // The ledger's good record (its 身份证号 and 责任社工) with what this row changes.
    const zhao = { name: '赵 敏', phone: '13900001111', address: { building: '12号楼', room: '201室' }, householdSize: 4, category: '特困人员' };
    expect(byName('赵 敏')).toEqual(goodRecord({ ...zhao, causes: ['因病', '失业'], needs: '需要上门关爱', amount: 1500.25, registeredOn: '2026-03-05', status: 'pending' }));
    expect(byName('钱 多多')).toMatchObject({ address: { building: '3栋', room: '502' }, phone: '021-62511234', registeredOn: '2026-03-06', householdSize: 2 });
    expect(byName('孙 丽')).toMatchObject({ registeredOn: '2026-03-07', needs: '—' });
    expect(byName('孙 丽')).not.toHaveProperty('phone');
  });

  it('refuses a file whose rows do not fit, naming line, column and why, and writes none of it', async () => {
    const before = await records(staff);
    const file = await xlsxOf([
      HEADERS,
      ['周 杰', GOOD_ID, '13800000000', '5号楼 301室', 3, '低保家庭', '因病', '需要', 100, '王芳', '2026-03-01'],
      ['吴 用', BAD_ID, '12345', '5号楼 302室', 30, '土豪', '因病、打牌', '需要', 1.234, '王芳', '2026-02-30'],
      ['郑 和', 110105194912310020, '13800000001', '五号楼', 'abc', '低保家庭', null, null, null, null, '明天'],
    ]);
    const dry = await importFile(staff, file, 'dryRun=1');
    expect(dry.statusCode, dry.body).toBe(200);
    const report = dry.json() as ImportReport;
    const said = report.problems.map((p) => `${p.line}|${p.column}|${p.message}`);
    expect(said).toEqual([
      '3|身份证号|身份证号的出生日期或校验位不正确，请核对',
      '3|联系电话|联系电话不是有效的电话号码（11 位手机号，或带区号的固定电话如 021-62511234）',
      '3|家庭人口|家庭人口不能大于 20人',
      '3|困难类别|困难类别只能是：低保家庭、低收入家庭、特困人员、支出型贫困家庭、临时困难；读到“土豪”',
      '3|致困原因|致困原因只能从这些选项中选：因病、因残、失业、子女就学、住房困难、高龄独居、其他；“打牌”不在其中',
      '3|救助金额|救助金额最多保留 2 位小数',
      '3|登记日期|登记日期不是有效的日期（年-月-日）',
      '4|身份证号|身份证号在 Excel 里存成了数字，后几位已经丢失：请把这一列设为“文本”格式，重新填写后再导入',
      '4|住址|住址应写成“楼号 室号”，如“8号楼 201室”，读到“五号楼”',
      '4|家庭人口|家庭人口应为数字，读到“abc”',
      '4|主要困难和诉求|请填写主要困难和诉求',
      '4|责任社工|请填写责任社工',
      '4|登记日期|登记日期应为日期，如 2026-03-05，读到“明天”',
    ]);
    expect(report).toMatchObject({ rows: 3, problemCount: 13, imported: 0 });

    const refused = await importFile(staff, file, 'lang=en');
    expect(refused.statusCode).toBe(400);
    const body = refused.json();
    expect(body.code).toBe('TOOLBOX_IMPORT_INVALID');
    expect(body.message).toContain('line 3 (身份证号)');
    expect(body.message).toContain('nothing was written');
    expect(body.report.problems[0].message).toBe('ID number has a wrong birth date or check digit: please check it');
    // The good first row was not written either: every row or none.
    expect(await records(staff)).toEqual(before);
  });

  it('warns of rows that may be in the ledger already, by 身份证号, without stopping the import', async () => {
    const fresh = `31010519800101003${idCardCheckCharacter('31010519800101003')}`;
    const row = (name: string, idNumber: string) => [name, idNumber, '', '2号楼 101室', '', '低保家庭', '', '需要', '', '王芳', '2026-03-01'];
    const file = await xlsxOf([HEADERS, row('王秀英', GOOD_ID), row('褚 明', fresh), row('褚 明', fresh)]);
    const dry = (await importFile(staff, file, 'dryRun=1')).json() as ImportReport;
    expect(dry).toMatchObject({ problemCount: 0, warningCount: 2 });
    expect(dry.warnings.map((w) => `${w.line}|${w.column}|${w.message}`)).toEqual([
      `2|身份证号|身份证号 ${GOOD_ID.slice(0, 6)}********${GOOD_ID.slice(-4)} 已有记录，可能已经导入过`,
      '4|身份证号|身份证号与第 3 行相同',
    ]);
    // Records of other units are not theirs to see (the centre's reviewer has none): only the repeat within the file is said.
    const other = (await importFile(await login(t.app, 'reviewer'), file, 'dryRun=1&lang=en')).json() as ImportReport;
    expect(other.warnings.map((w) => `${w.line}|${w.message}`)).toEqual(['4|ID number is the same as on line 3']);
    // The clerk may leave those rows out: the dry run says how many, the import takes the rest.
    const skipDry = (await importFile(staff, file, 'dryRun=1&repeats=skip')).json() as ImportReport;
    expect(skipDry).toMatchObject({ dryRun: true, imported: 0, warningCount: 2, repeatRows: 2, skipped: 2, updated: 0 });
    const before = (await records(staff)).length;
    const skip = await importFile(staff, file, 'repeats=skip');
    expect(skip.json()).toMatchObject({ dryRun: false, imported: 1, skipped: 2 });
    const after = await records(staff);
    expect(after).toHaveLength(before + 1);
    expect(after.filter((r) => r.data.idNumber === fresh)).toHaveLength(1);
    // Without it every row goes in; 褚 明 is now in the ledger, so line 3 is warned of too.
    const done = await importFile(staff, file);
    expect(done.json()).toMatchObject({ imported: 3, warningCount: 3, repeatRows: 3, skipped: 0, updated: 0 });
  });

  it('updates the record each row names by 身份证号: its columns replace the values, the rest stays; new numbers are added', async () => {
    const idOf = (body: string) => `${body}${idCardCheckCharacter(body)}`;
    const [known, added, twice] = [idOf('31010519700101021'), idOf('31010519700101022'), idOf('31010519700101023')];
    const first = await t.app.inject({ method: 'POST', url, headers: staff.headers, payload: goodRecord({ name: '钱 进', idNumber: known, phone: '13800000001', nextVisitOn: '2026-05-01' }) });
    expect(first.statusCode, first.body).toBe(201);
    const stored = first.json() as { id: string; data: Record<string, unknown>; updatedAt: string };
    // Moved on in its flow before the update: the import must not move it back.
    const moved = await t.app.inject({ method: 'PUT', url: `${url}/${stored.id}`, headers: staff.headers, payload: { ...stored.data, status: 'helping' } });
    expect(moved.statusCode, moved.body).toBe(200);

    const header = ['户主姓名', '身份证号', '联系电话', '住址', '困难类别', '主要困难和诉求', '责任社工', '登记日期', '状态'];
    const row = (name: string, id: string, phone: string) => [name, id, phone, '6号楼 602室', '低收入家庭', '想找工作', '王芳', '2026-03-09', '已结案'];
    const file = csvOf([header, row('钱 进', known, ''), row('孙 悦', added, '13800000002')]);
    const dry = (await importFile(staff, file, 'dryRun=1&repeats=update', 'update.csv')).json() as ImportReport;
    expect(dry).toMatchObject({ problemCount: 0, repeatRows: 1, updated: 1, imported: 0, skipped: 0 });
    const count = (await records(staff)).length;
    const done = await importFile(staff, file, 'repeats=update', 'update.csv');
    expect(done.json()).toMatchObject({ imported: 1, updated: 1 });
    const mine = await records(staff);
    expect(mine).toHaveLength(count + 1);
    const updated = mine.find((r) => r.data.idNumber === known) as unknown as { data: Record<string, unknown>; unitId: string };
    // The file's columns replace the values (an empty 联系电话 empties it); 下次回访, unit and the state stay: 已结案 in
    // the file places the new record, but an updated one moves on by the flow's steps only.
    expect(updated.data).toMatchObject({ category: '低收入家庭', address: { building: '6号楼', room: '602室' }, registeredOn: '2026-03-09', nextVisitOn: '2026-05-01', status: 'helping' });
    expect(updated.data).not.toHaveProperty('phone');
    expect(mine.find((r) => r.data.idNumber === added)?.data).toMatchObject({ name: '孙 悦', status: 'closed' });

    // A number two records have, or that two lines have, cannot say which to update: nothing is written.
    for (const name of ['李 一', '李 二']) {
      expect((await t.app.inject({ method: 'POST', url, headers: staff.headers, payload: goodRecord({ name, idNumber: twice }) })).statusCode).toBe(201);
    }
    const before = await records(staff);
    const ambiguous = await importFile(staff, csvOf([header, row('李 一', twice, ''), row('钱 进', known, ''), row('钱 进', known, '')]), 'repeats=update&lang=en', 'ambiguous.csv');
    expect(ambiguous.statusCode).toBe(400);
    expect((ambiguous.json().report as ImportReport).problems.map((p) => `${p.line}|${p.column}|${p.message}`)).toEqual([
      '2|身份证号|More than one record of the ledger has this ID number, so which to update is unclear: change them one by one',
      '4|身份证号|To update records, each ID number may be on one line only: this is the same as on line 3',
    ]);
    expect(await records(staff)).toEqual(before);
  });

  it('decides rows one by one (choices): each warning says what becomes of its row; any other row is added', async () => {
    const idOf = (body: string) => `${body}${idCardCheckCharacter(body)}`;
    const [a, b, c] = [idOf('31010519700202031'), idOf('31010519700202032'), idOf('31010519700202033')];
    for (const [name, idNumber] of [['冯 甲', a], ['冯 乙', b]] as const) {
      expect((await t.app.inject({ method: 'POST', url, headers: staff.headers, payload: goodRecord({ name, idNumber, phone: '13800000010' }) })).statusCode).toBe(201);
    }
    const header = ['户主姓名', '身份证号', '联系电话', '住址', '困难类别', '主要困难和诉求', '责任社工', '登记日期'];
    const row = (name: string, id: string) => [name, id, '13900000020', '7号楼 701室', '低收入家庭', '房屋漏水', '王芳', '2026-03-10'];
    // Lines 2 and 3 are in the ledger, line 5 repeats line 4; line 4 itself is new.
    const file = csvOf([header, row('冯 甲', a), row('冯 乙', b), row('冯 丙', c), row('冯 丙', c)]);
    const check = async (query: string) => (await importFile(staff, file, `dryRun=1&${query}`, 'choices.csv')).json() as ImportReport;

    // Skip by default; line 2 updates its record, line 5 (like line 4) is added anyway.
    const dry = await check('repeats=skip&choices=2:update,5:add');
    expect(dry).toMatchObject({ problemCount: 0, repeatRows: 3, skipped: 1, updated: 1 });
    // Each names its row as the list names a record (户主姓名), and says what becomes of it.
    expect(dry.warnings.map((w) => `${w.line}:${w.name}:${w.choice}`)).toEqual(['2:冯 甲:update', '3:冯 乙:skip', '5:冯 丙:add']);
    // A choice for a row without a warning changes nothing: line 4 is added.
    expect(await check('repeats=skip&choices=4:skip')).toMatchObject({ skipped: 3, updated: 0 });
    // Line 5 updating while line 4, with the same number, is added cannot say which record is meant: a problem.
    expect((await check('repeats=skip&choices=5:update')).problems.map((p) => p.line)).toEqual([5]);

    const before = await records(staff);
    const done = await importFile(staff, file, 'repeats=skip&choices=2:update,5:add', 'choices.csv');
    expect(done.json()).toMatchObject({ dryRun: false, imported: 2, skipped: 1, updated: 1 });
    const after = await records(staff);
    expect(after).toHaveLength(before.length + 2);
    expect(after.find((r) => r.data.idNumber === a)?.data).toMatchObject({ phone: '13900000020', registeredOn: '2026-03-10' });
    expect(after.find((r) => r.data.idNumber === b)?.data).toMatchObject({ phone: '13800000010' });
    expect(after.filter((r) => r.data.idNumber === c)).toHaveLength(2);

    // Choices that are not line:mode pairs are refused before the file is read, naming the parameter; nothing changes.
    for (const bad of ['2:replace', '2-update', 'x:add', `${'1:add,'.repeat(IMPORT_CHOICES_MAX * 2)}1:add`]) {
      const res = await importFile(staff, file, `choices=${encodeURIComponent(bad)}`, 'choices.csv');
      expect(res.statusCode, bad).toBe(400);
      expect(res.json()).toMatchObject({ code: 'TOOLBOX_VALIDATION_FAILED' });
      expect(res.json().message).toContain('choices');
    }
    expect(await records(staff)).toEqual(after);
  });

  it('finds repeats by the field the form names a record by (matchBy), a 物资编号 shown whole, and updates by it', async () => {
    const supplies = structuredClone(FORM_TEMPLATES.find((f) => f.id === 'flood-supplies')!);
    supplies.sections[0]!.fields.unshift({ key: 'assetNo', kind: 'text', label: { 'zh-CN': '物资编号', en: 'Asset no.' }, maxLength: 20 });
    const form = { ...supplies, id: 'supplies-hy', owner: { unit: 'huayanglu-01', contact: '021-62511234' }, matchBy: 'assetNo' };
    expect((await publishForm(t.app, admin, form, 'supplies-hy')).statusCode).toBe(201);
    const at = '/api/apps/supplies-hy/data/records';
    const item = { item: '沙袋', measure: '袋', storage: '1号仓库', condition: '完好', countedOn: '2026-03-01', counter: { name: '王芳' } };
    for (const [assetNo, quantity] of [['FX-001', 200], ['FX-009', 4]] as const) {
      const made = await t.app.inject({ method: 'POST', url: at, headers: staff.headers, payload: { ...item, assetNo, quantity } });
      expect(made.statusCode, made.body).toBe(201);
    }
    const header = ['物资编号', '物资名称', '数量', '计量单位', '存放地点', '清点日期', '清点人'];
    const file = csvOf([header, ['FX-001', '沙袋', 180, '袋', '1号仓库', '2026-03-08', '王芳'], ['FX-002', '抽水泵', 2, '台', '2号仓库', '2026-03-08', '王芳']]);
    const send = (query: string) => {
      const body = multipart(file, 'supplies.csv', 'file');
      return t.app.inject({ method: 'POST', url: `${at}/import?${query}`, headers: { ...staff.headers, ...body.headers }, payload: body.payload });
    };
    const dry = (await send('dryRun=1')).json() as ImportReport;
    expect(dry.warnings.map((w) => `${w.line}|${w.column}|${w.message}`)).toEqual(['2|物资编号|物资编号 FX-001 已有记录，可能已经导入过']);
    const done = await send('repeats=update');
    expect(done.json()).toMatchObject({ imported: 1, updated: 1, repeatRows: 1 });
    const list = await t.app.inject({ url: `${at}?limit=50`, headers: staff.headers });
    const byNo = new Map((list.json().items as { data: Record<string, unknown> }[]).map((r) => [r.data.assetNo, r.data]));
    expect([...byNo.keys()].sort()).toEqual(['FX-001', 'FX-002', 'FX-009']);
    expect(byNo.get('FX-001')).toMatchObject({ quantity: 180, countedOn: '2026-03-08', condition: '完好' });
    expect(byNo.get('FX-002')).toMatchObject({ item: '抽水泵', quantity: 2 });
    // The form's own list finds a record by it, as the desktop's form asks before a second record is entered.
    const params = recordQueryParams({ filters: [{ field: 'assetNo', op: 'eq', value: 'FX-009' }], limit: 4 });
    const same = await t.app.inject({ url: `${at}?${params.toString()}`, headers: staff.headers });
    expect(same.statusCode, same.body).toBe(200);
    expect(same.json().items.map((r: { data: Record<string, unknown> }) => r.data.assetNo)).toEqual(['FX-009']);
  });

  it('finds repeats by several fields taken together (matchBy: 户主姓名 + 住址), and updates by them', async () => {
    const pair = { ...structuredClone(FORM_TEMPLATES[0]!), id: 'pair-hy', owner: { unit: 'huayanglu-01', contact: '021-62511234' }, matchBy: ['name', 'address'] };
    expect((await publishForm(t.app, admin, pair, 'pair-hy')).statusCode).toBe(201);
    const at = '/api/apps/pair-hy/data/records';
    for (const [name, building] of [['王秀英', '8号楼'], ['王秀英', '9号楼']] as const) {
      const made = await t.app.inject({ method: 'POST', url: at, headers: staff.headers, payload: goodRecord({ name, address: { building, room: '201室' } }) });
      expect(made.statusCode, made.body).toBe(201);
    }
    const header = ['户主姓名', '身份证号', '住址', '困难类别', '主要困难和诉求', '责任社工', '登记日期'];
    const row = (name: string, address: string, needs = '想找工作') => [name, GOOD_ID, address, '低收入家庭', needs, '王芳', '2026-03-09'];
    const send = (rows: unknown[][], query: string) => {
      const body = multipart(csvOf([header, ...rows]), 'pair.csv', 'file');
      return t.app.inject({ method: 'POST', url: `${at}/import?${query}`, headers: { ...staff.headers, ...body.headers }, payload: body.payload });
    };
    // The same name at another address, and another name at the same address, are other households.
    const rows = [row('王秀英', '8号楼 201室'), row('王秀英', '5号楼 301室'), row('李 四', '8号楼 201室'), row('王秀英', '8号楼 201室')];
    const dry = (await send(rows, 'dryRun=1')).json() as ImportReport;
    expect(dry.warnings.map((w) => `${w.line}|${w.column}|${w.message}`)).toEqual(['2|户主姓名|户主姓名和住址 王秀英、8号楼 201室 已有记录，可能已经导入过', '5|户主姓名|户主姓名和住址与第 2 行相同']);
    const en = (await send(rows, 'dryRun=1&lang=en')).json() as ImportReport;
    expect(en.warnings.map((w) => w.message)).toEqual(['Head of household and Address 王秀英, 8号楼 201室 have a record already: it may have been imported before', 'Head of household and Address are the same as on line 2']);
    const done = await send(rows.slice(0, 3), 'repeats=update');
    expect(done.json()).toMatchObject({ imported: 2, updated: 1, repeatRows: 1 });
    const list = (await t.app.inject({ url: `${at}?limit=50`, headers: staff.headers })).json().items as { data: Record<string, unknown> }[];
    const households = list.map((r) => `${r.data.name}|${(r.data.address as { building: string }).building}|${r.data.needs}`).sort();
    expect(households).toEqual(['李 四|8号楼|想找工作', '王秀英|5号楼|想找工作', '王秀英|8号楼|想找工作', `王秀英|9号楼|${goodRecord().needs}`]);
  });

  it('refuses the whole import when a record it updates is deleted while it runs, writing nothing', async () => {
    const made = await t.app.inject({ method: 'POST', url, headers: staff.headers, payload: goodRecord({ name: '吴 刚' }) });
    expect(made.statusCode, made.body).toBe(201);
    const id = made.json().id as string;
    const row = await t.app.db.selectFrom('records').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect((await t.app.inject({ method: 'DELETE', url: `${url}/${id}`, headers: staff.headers })).statusCode).toBe(204);
    const before = await records(staff);
    const insert = { appId: 'hardship-hy', collection: 'records', unitId: staff.user.unit.id, userId: staff.user.id, data: goodRecord({ name: '郑 新' }), now: new Date() };
    const failed = await writeImport(t.app.db, [insert], [{ row, data: goodRecord({ name: '吴 刚' }) }], new Date()).catch((e: unknown) => e);
    expect(failed).toMatchObject({ code: 'TOOLBOX_IMPORT_CONFLICT', statusCode: 409 });
    expect(await records(staff)).toEqual(before);
  });

  it("fills a field the file has no column for with the form's default, as the form would for the importer; an empty cell stays empty", async () => {
    const header = ['户主姓名', '身份证号', '住址', '困难类别', '主要困难和诉求'];
    const idOf = (body: string) => `${body}${idCardCheckCharacter(body)}`;
    const without = idOf('31010519800101011');
    const res = await importFile(staff2, csvOf([header, ['华 莹', without, '3号楼 302室', '低保家庭', '需要']]), '', 'defaults.csv');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ imported: 1, defaulted: ['householdSize', 'caseworker', 'registeredOn'], problemCount: 0 });
    // 今天 by the clock under test, in Shanghai; 我: the importer; 家庭人口 its fixed default.
    const filled = (await records(staff2)).find((r) => r.data.idNumber === without)!;
    expect(filled.data).toMatchObject({ householdSize: 1, registeredOn: '2026-03-02', caseworker: { id: staff2.user.id } });

    // A 家庭人口 column left empty is the clerk's answer: no default.
    const blank = idOf('31010519800101012');
    const withColumn = await importFile(staff2, csvOf([[...header, '家庭人口'], ['华 芸', blank, '3号楼 303室', '低保家庭', '需要', '']]), '', 'blank.csv');
    expect(withColumn.json()).toMatchObject({ imported: 1, defaulted: ['caseworker', 'registeredOn'] });
    const left = (await records(staff2)).find((r) => r.data.idNumber === blank)!;
    expect(left.data).not.toHaveProperty('householdSize');
    expect(left.data).toMatchObject({ registeredOn: '2026-03-02' });
  });

  it('says once when a required column without a default is missing, and when the file names no field at all', async () => {
    const missing = await importFile(staff, csvOf([['户主姓名', '身份证号'], ['周 杰', GOOD_ID]]), 'dryRun=1', 'a.csv');
    const problems = (missing.json() as ImportReport).problems;
    expect(problems.filter((p) => p.line === 1).map((p) => p.message)).toEqual([
      '缺少必填的“住址”一列（第一行写字段名称）',
      '缺少必填的“困难类别”一列（第一行写字段名称）',
      '缺少必填的“主要困难和诉求”一列（第一行写字段名称）',
    ]);
    expect(problems.filter((p) => p.line !== 1)).toEqual([]);
    const none = await importFile(staff, csvOf([['姓名', '电话'], ['周 杰', '13800000000']]), 'dryRun=1', 'a.csv');
    expect((none.json() as ImportReport).problems.map((p) => p.message)).toContain('第一行没有一个表单字段的名称：请用导出的文件作模板，第一行写字段名称');
  });

  it('reads a CSV saved by Excel in China (GBK) and a header marked required with *', async () => {
    const text = `${['户主姓名*', ...HEADERS.slice(1)].join(',')}\r\n冯 巩,${GOOD_ID},,1号楼 101室,1,低保家庭,,需要,,王芳,2026-03-02\r\n`;
    const res = await importFile(staff, gb18030(text), 'dryRun=1', 'gbk.csv');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ format: 'csv', encoding: 'gb18030', rows: 1, problemCount: 0 });
    expect((res.json() as ImportReport).columns[0]).toEqual({ header: '户主姓名*', field: 'name', ignored: null });
  });

  it('refuses what it cannot read, what is too large, and apps that are not forms, in the desktop’s language, changing nothing', async () => {
    const before = await records(staff);
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    // Each refusal in Chinese (no lang: the default) and in English (lang=en).
    const cases: [Buffer, number, string, RegExp, RegExp][] = [
      [xls, 400, 'TOOLBOX_IMPORT_FILE_INVALID', /^file: 这是旧版 Excel（\.xls）文件：请在 Excel 里“另存为”/, /old Excel \.xls/],
      [Buffer.from('PK\u0003\u0004 not really a zip'), 400, 'TOOLBOX_IMPORT_FILE_INVALID', /^file: 无法读取这个 Excel 工作簿，文件可能已损坏（/, /not a readable workbook/],
      [Buffer.alloc(0), 400, 'TOOLBOX_IMPORT_FILE_INVALID', /^file: 文件是空的$/, /empty/],
      [Buffer.from('\r\n\r\n'), 400, 'TOOLBOX_IMPORT_FILE_INVALID', /^file: 文件没有内容：第一行应当是列名（户主姓名/, /the first row must hold the column headers/],
      [csvOf([HEADERS, ...Array.from({ length: 5001 }, () => ['x'])]), 413, 'TOOLBOX_IMPORT_TOO_LARGE', /^file: 文件有 5001 行，一次最多读取 5000 行：请分成几个文件$/, /5001 rows; at most 5000/],
      [Buffer.alloc(IMPORT_LIMITS.maxBytes + 10, 0x41), 413, 'TOOLBOX_IMPORT_TOO_LARGE', /^file: 文件超过 40 MB$/, /over 40 MiB/],
    ];
    for (const [file, status, code, zh, en] of cases) {
      for (const [query, message] of [['dryRun=1', zh], ['lang=en', en]] as const) {
        const res = await importFile(staff, file, query);
        expect(res.statusCode, res.body).toBe(status);
        expect(res.json().code).toBe(code);
        expect(res.json().message).toMatch(message);
      }
    }
    const noFile = await t.app.inject({ method: 'POST', url: `${url}/import`, headers: staff.headers, payload: {} });
    expect([noFile.statusCode, noFile.json().code]).toEqual([400, 'TOOLBOX_IMPORT_FILE_MISSING']);
    expect(await records(staff)).toEqual(before);

    const visits = { type: 'object', properties: { note: { type: 'string' } } };
    expect((await publishApp(t.app, admin.headers, 'visit-log', { collections: { visits } })).statusCode).toBe(201);
    const body = multipart(csvOf([['note'], ['hi']]), 'a.csv', 'file');
    const code = await t.app.inject({ method: 'POST', url: '/api/apps/visit-log/data/visits/import', headers: { ...admin.headers, ...body.headers }, payload: body.payload });
    expect([code.statusCode, code.json().code]).toEqual([400, 'TOOLBOX_IMPORT_UNSUPPORTED']);
  });
});

describe.each(testEngines)('importing records with a 状态 column (%s)', (engine) => {
  // The ledger's flow with 结案 an admin's step: staff can take a case to 帮扶中 or 不符合条件, not to 已结案.
  const form = ledger();
  form.flow = { ...form.flow!, transitions: form.flow!.transitions.map((tr) => (tr.to === 'closed' && tr.from === 'helping' ? { ...tr, roles: ['admin'] } : tr)) };
  const header = ['户主姓名', '身份证号', '住址', '困难类别', '主要困难和诉求', '状态'];
  const idOf = (n: number) => {
    const body = `31010519800102${String(n).padStart(3, '0')}`;
    return `${body}${idCardCheckCharacter(body)}`;
  };
  const row = (name: string, n: number, state: string) => [name, idOf(n), '3号楼 302室', '低保家庭', '需要', state];

  it('places each new record in the state it names, by either language or key; an empty cell is the first state', async () => {
    const { t, staff } = await ledgerApp({ engine }, form);
    try {
      const file = csvOf([header, row('甲', 1, '帮扶中'), row('乙', 2, 'Not eligible'), row('丙', 3, ''), row('丁', 4, 'pending')]);
      const body = multipart(file, 'states.csv', 'file');
      const res = await t.app.inject({ method: 'POST', url: `${url}/import`, headers: { ...staff.headers, ...body.headers }, payload: body.payload });
      expect(res.json()).toMatchObject({ imported: 4, problemCount: 0 });
      expect(res.json().columns.find((c: { header: string }) => c.header === '状态')).toEqual({ header: '状态', field: 'status', ignored: null });
      const items = (await t.app.inject({ url: `${url}?sort=name`, headers: staff.headers })).json().items as { data: { name: string; status: string } }[];
      expect(Object.fromEntries(items.map((r) => [r.data.name, r.data.status]))).toEqual({ 甲: 'helping', 乙: 'ineligible', 丙: 'pending', 丁: 'pending' });
    } finally {
      await t.close();
    }
  });

  it('refuses a state the importer could not take a record to, and a name that is no state, writing nothing; an admin may', async () => {
    const { t, staff, admin } = await ledgerApp({ engine }, form);
    try {
      const file = csvOf([header, row('甲', 1, '已结案'), row('乙', 2, '待办'), row('丙', 3, '帮扶中')]);
      const send = (who: Session) => {
        const body = multipart(file, 'states.csv', 'file');
        return t.app.inject({ method: 'POST', url: `${url}/import`, headers: { ...who.headers, ...body.headers }, payload: body.payload });
      };
      const refused = await send(staff);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().report.problems).toEqual([
        { line: 2, column: '状态', field: 'status', message: '不能把记录导入为“已结案”：按流程，您只能把记录办理到 待核实、帮扶中、不符合条件' },
        { line: 3, column: '状态', field: 'status', message: '状态只能是：待核实、帮扶中、不符合条件；读到“待办”' },
      ]);
      expect((await t.app.inject({ url, headers: staff.headers })).json().total).toBe(0);
      // An admin could close a case by the flow, so may import it closed; 待办 is still no state.
      expect((await send(admin)).json().report.problems).toEqual([{ line: 3, column: '状态', field: 'status', message: '状态只能是：待核实、帮扶中、已结案、不符合条件；读到“待办”' }]);
    } finally {
      await t.close();
    }
  });
});
