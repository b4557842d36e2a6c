import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { appPerTest, signedInPerTest } from '../helpers/appPerTest.ts';
import { DEMO_USERS } from '../../src/seed/demoOrg.ts';
import { testEngines } from '../helpers/engines.ts';
import { login } from '../helpers/login.ts';
import { auditRows, createAndSignIn, orgState } from '../org/orgHelpers.ts';
import { HEADERS, bigRoster, csvOf, gb18030, importRoster, unitRow, userRow, type Report } from './rosterHelpers.ts';

describe.each(testEngines)('roster import and export (%s)', (engine) => {
  const t = appPerTest({ engine });
  const [admin] = signedInPerTest(t, 'admin');

  it('the demo is seeded through the import: the tree and users, password toolbox without a forced change, no audit rows', async () => {
    const units = await t.app.db.selectFrom('org_units').select(['id', 'created_at']).execute();
    expect(units.length).toBeGreaterThan(40);
    expect(units.every((u) => u.created_at === null)).toBe(true);
    const staff = await login(t.app, 'staff');
    expect(staff.user.unit.path).toEqual(['长宁区', '华阳路街道', '华阳居委会']);
    const users = await t.app.db.selectFrom('users').select(['username', 'must_change_password']).orderBy('username').execute();
    expect(users.map((u) => u.username)).toEqual(expect.arrayContaining(['admin', 'dev', 'staff', 'staff2']));
    expect(users.every((u) => Number(u.must_change_password) === 0)).toBe(true);
    expect(await auditRows(t.app)).toEqual([]);
  });

  it('imports 3,000 users and 250 units in one transaction, audited; the export imports back as a dry run with nothing to do', async () => {
    const file = csvOf(bigRoster());
    const dry = await importRoster(t.app, admin.headers, file, { query: 'dryRun=1&passwords=none' });
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json<Report>().summary).toEqual({ add: 3250, change: 0, disable: 0, unchanged: 0, errors: 0 });

    const started = performance.now();
    const res = await importRoster(t.app, admin.headers, file, { query: 'passwords=none' });
    const ms = performance.now() - started;
    console.log(`[${engine}] roster of 3,000 users and 250 units applied in ${Math.round(ms)} ms`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Report>().summary.add).toBe(3250);
    const users = await t.app.db.selectFrom('users').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(users.n)).toBe(3000 + DEMO_USERS.length);
    expect((await auditRows(t.app, 'user.create')).length).toBe(3000);
    expect((await auditRows(t.app, 'unit.create')).length).toBe(250);
    const summary = await auditRows(t.app, 'roster.import');
    expect(summary).toHaveLength(1);
    expect(JSON.parse(summary[0]!.details!)).toMatchObject({ format: 'csv', users: { added: 3000 }, units: { added: 250 } });
    const u = await login(t.app, 'admin');
    const units = await t.app.inject({ url: '/api/org/units', headers: u.headers });
    expect(units.json<{ items: { id: string; path: string[] }[] }>().items.find((x) => x.id === 'st03-07')?.path).toEqual(['长宁区', '测试3街道', '测试3街道第7居委会']);

    for (const format of ['csv', 'xlsx'] as const) {
      const exported = await t.app.inject({ url: `/api/org/export?format=${format}`, headers: admin.headers });
      expect(exported.statusCode).toBe(200);
      expect(exported.headers['content-disposition']).toContain(`.${format}`);
      const again = await importRoster(t.app, admin.headers, exported.rawPayload, { name: `export.${format}`, query: 'dryRun=1' });
      expect(again.statusCode, again.body).toBe(200);
      const report = again.json<Report>();
      expect(report.format).toBe(format);
      expect(report.summary).toMatchObject({ add: 0, change: 0, disable: 0, errors: 0 });
      expect(report.summary.unchanged).toBe(report.rows);
    }
  }, 240_000);

  it('a file with 5 bad rows changes nothing and names each row and why', async () => {
    const before = await orgState(t.app);
    const file = csvOf([
      unitRow('loop-a', '环A居委会', 'loop-b'),
      unitRow('loop-b', '环B居委会', 'loop-a'),
      userRow('liwei', '李伟', 'huayanglu-01', '13912345678'),
      userRow('zhangmin', '张敏', 'no-such-unit'),
      userRow('LiWei', '李伟二', 'huayanglu-02'),
      userRow('chenjing', '陈静', 'huayanglu-01', '12345'),
      userRow('sunli', '孙丽', 'huayanglu-01', '', '队长'),
    ]);
    const res = await importRoster(t.app, admin.headers, file);
    expect(res.statusCode, res.body).toBe(400);
    const body = res.json<{ code: string; message: string; report: Report }>();
    expect(body.code).toBe('TOOLBOX_ROSTER_INVALID');
    expect(body.report.errors.map((e) => [e.line, e.code, e.column])).toEqual([
      [2, 'unit_cycle', '上级单位编号'],
      [3, 'unit_cycle', '上级单位编号'],
      [5, 'unit_unknown', '所属单位编号'],
      [6, 'username_duplicate', '用户名'],
      [7, 'phone_invalid', '手机号'],
      [8, 'role_unknown', '角色'],
    ]);
    expect(body.report.errors[3]!.message).toContain('row 4');
    expect(await orgState(t.app)).toBe(before);
    // The dry run shows the same, with 200.
    const dry = await importRoster(t.app, admin.headers, file, { query: 'dryRun=1' });
    expect(dry.statusCode).toBe(200);
    expect(dry.json<Report>().errors).toHaveLength(6);
    expect(dry.json<Report>().items.map((i) => i.key)).toEqual(['liwei']);
  });

  it('reads an .xlsx with Chinese names and full-width characters; new users get a temporary password to change at first sign-in', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名册');
    sheet.addRow(['类型', '单位编号', '单位名称', '上级单位编号', '单位类型', '用户名', '姓名', '手机号', '所属单位编号', '角色', '状态']);
    sheet.addRow(['单位', '　ＨＵＡＹＡＮＧＬＵ－０５　', '华阳新村　居委会', 'huayanglu', '居委会', '', '', '', '', '', '启用']);
    sheet.addRow(['人员', '', '', '', '', 'ｗａｎｇｘｉａｏｍｅｉ', '　王小美　', '１３９ １２３４ ５６７８', 'huayanglu-05', '工作人员', '']);
    sheet.addRow(['人员', '', '', '', '', 'ouyang', '欧阳　娜娜', 13812345678, 'huayanglu-05', 'staff', '']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    // Named .csv: the content decides.
    const res = await importRoster(t.app, admin.headers, file, { name: 'roster.csv' });
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json<Report>();
    expect(report.format).toBe('xlsx');
    expect(report.items.map((i) => [i.action, i.key, i.name])).toEqual([
      ['add', 'huayanglu-05', '华阳新村 居委会'],
      ['add', 'wangxiaomei', '王小美'],
      ['add', 'ouyang', '欧阳 娜娜'],
    ]);
    const row = await t.app.db.selectFrom('users').select(['name', 'phone', 'unit_id', 'must_change_password']).where('username', '=', 'wangxiaomei').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ name: '王小美', phone: '13912345678', unit_id: 'huayanglu-05' });
    expect(Number(row.must_change_password)).toBe(1);
    const temporary = report.temporaryPasswords!.find((p) => p.username === 'wangxiaomei')!.password;
    const signedIn = await login(t.app, 'wangxiaomei', temporary);
    expect(signedIn.user).toMatchObject({ unit: { path: ['长宁区', '华阳路街道', '华阳新村 居委会'] } });
    expect((await t.app.inject({ url: '/api/catalog', headers: signedIn.headers })).json().code).toBe('TOOLBOX_PASSWORD_CHANGE_REQUIRED');
  });

  it('hashes the temporary passwords a couple at a time: a sign-in during the import is not queued behind all of them', async () => {
    // 80 new users: 80 scrypt hashes on libuv's pool of four threads. Handed over at once, a sign-in's own hash waited
    // for all of them and answered only as the import did; two at a time, it waits for two at most.
    const units = bigRoster().filter((row) => row[0] === '单位');
    const users = bigRoster().filter((row) => row[0] === '人员').slice(0, 80);
    const started = performance.now();
    let done = false;
    const importing = importRoster(t.app, admin.headers, csvOf([...units, ...users]), { query: 'passwords=temporary' }).then((res) => {
      done = true;
      return { res, ms: performance.now() - started };
    });
    // Sign-ins one after another while it runs (a few: sign-ins are rate-limited), each timed.
    const signIns: number[] = [];
    while (!done && signIns.length < 12) {
      const at = performance.now();
      await login(t.app, 'staff');
      signIns.push(performance.now() - at);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    const imported = await importing;
    expect(imported.res.statusCode, imported.res.body).toBe(200);
    expect(imported.res.json<Report>().temporaryPasswords).toHaveLength(80);
    const slowest = Math.max(...signIns);
    expect(slowest, `sign-ins ${signIns.map(Math.round).join(', ')} ms, import ${Math.round(imported.ms)} ms`).toBeLessThan(imported.ms / 4);
  }, 60_000);

  it('reads a GB18030 CSV (Excel’s default in China) and a UTF-8 one with BOM alike', async () => {
    const text = `${HEADERS.join(',')}\r\n人员,,,,,zhaoli,赵丽,13700000001,xinjingzhen-02,工作人员,启用\r\n`;
    const gbk = await importRoster(t.app, admin.headers, gb18030(text), { query: 'dryRun=1' });
    expect(gbk.statusCode, gbk.body).toBe(200);
    expect(gbk.json<Report>()).toMatchObject({ encoding: 'gb18030', items: [{ key: 'zhaoli', name: '赵丽', action: 'add' }] });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    const utf8 = await importRoster(t.app, admin.headers, bom, { query: 'passwords=none' });
    expect(utf8.json<Report>()).toMatchObject({ encoding: 'utf-8', items: [{ key: 'zhaoli', name: '赵丽', action: 'add' }] });
  });

  it('moves 100 people between committees: the dry run lists each move, the import audits each', async () => {
    const people = Array.from({ length: 100 }, (_, i) => userRow(`mover${i}`, `调动${i}`, 'huayanglu-01'));
    expect((await importRoster(t.app, admin.headers, csvOf(people), { query: 'passwords=none' })).statusCode).toBe(200);
    const moved = csvOf(people.map((r) => r.map((c) => (c === 'huayanglu-01' ? 'huayanglu-02' : c))));
    const dry = (await importRoster(t.app, admin.headers, moved, { query: 'dryRun=1' })).json<Report>();
    expect(dry.summary).toMatchObject({ add: 0, change: 100, errors: 0 });
    expect(dry.items[0]!.changes).toEqual([{ field: 'unitId', from: 'huayanglu-01', to: 'huayanglu-02' }]);
    const res = await importRoster(t.app, admin.headers, moved);
    expect(res.statusCode, res.body).toBe(200);
    expect((await auditRows(t.app, 'user.move')).length).toBe(100);
    const there = await t.app.db.selectFrom('users').select('id').where('unit_id', '=', 'huayanglu-02').execute();
    expect(there).toHaveLength(100);
    // A unit marked 停用 while people stay in it is refused; moving them out in the same file lets it go.
    const stay = await importRoster(t.app, admin.headers, csvOf([unitRow('huayanglu-02', '姚家角居委会', 'huayanglu', '居委会', '停用')]));
    expect(stay.json<{ report: Report }>().report.errors[0]).toMatchObject({ line: 2, code: 'unit_not_empty' });
  });

  it("a street's administrator imports inside their street only (403 otherwise, nothing changed); full mode disables who is left out", async () => {
    const { session: street } = await createAndSignIn(t.app, admin, { username: 'hy-admin', name: '华阳管理员', unitId: 'huayanglu', role: 'staff', adminOf: 'huayanglu' });
    const before = await orgState(t.app);
    const outside = csvOf([userRow('xj-new', '新泾新人', 'xinjingzhen-01'), userRow('hy-new', '华阳新人', 'huayanglu-01')]);
    const refused = await importRoster(t.app, street.headers, outside);
    expect(refused.statusCode, refused.body).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'TOOLBOX_ROSTER_OUTSIDE_SCOPE', report: { errors: [{ line: 2, code: 'outside_scope' }] } });
    expect(await orgState(t.app)).toBe(before);
    const street2 = csvOf([unitRow('xinjingzhen-09', '新泾九居委会', 'xinjingzhen')]);
    expect((await importRoster(t.app, street.headers, street2)).statusCode).toBe(403);
    const admins = csvOf([userRow('hy-boss', '华阳开发', 'huayanglu-01', '', '开发者')]);
    expect((await importRoster(t.app, street.headers, admins)).json()).toMatchObject({ code: 'TOOLBOX_ROSTER_OUTSIDE_SCOPE' });

    const inside = await importRoster(t.app, street.headers, csvOf([userRow('hy-new', '华阳新人', 'huayanglu-01')]), { query: 'passwords=none' });
    expect(inside.statusCode, inside.body).toBe(200);
    // Their export is their street: its units and its staff, and it imports back with nothing to do.
    const exported = await t.app.inject({ url: '/api/org/export?format=csv', headers: street.headers });
    const text = exported.rawPayload.toString('utf8');
    expect(text.startsWith('\uFEFF类型,单位编号')).toBe(true);
    expect(text).toContain('hy-new');
    expect(text).not.toContain('xinjingzhen');
    expect(text).not.toContain('staff2');
    const round = (await importRoster(t.app, street.headers, exported.rawPayload, { query: 'dryRun=1' })).json<Report>();
    expect(round.summary).toMatchObject({ add: 0, change: 0, disable: 0, errors: 0 });
    // A full roster without `staff` disables them (and not the administrator importing it).
    const without = csvOf([userRow('hy-new', '华阳新人', 'huayanglu-01')]);
    const full = await importRoster(t.app, street.headers, without, { query: 'mode=full&dryRun=1' });
    expect(full.json<Report>().items.filter((i) => i.reason === 'absent').map((i) => i.key)).toEqual(['staff']);
    expect((await importRoster(t.app, street.headers, without, { query: 'mode=full' })).statusCode).toBe(200);
    const staff = await t.app.db.selectFrom('users').select('disabled_at').where('username', '=', 'staff').executeTakeFirstOrThrow();
    expect(staff.disabled_at).not.toBeNull();
    expect((await auditRows(t.app, 'user.disable')).length).toBe(1);
  });

  it("a committee's administrator can neither change nor, in full mode, disable a colleague who administers the street", async () => {
    const { session: committee } = await createAndSignIn(t.app, admin, { username: 'hy1-admin', name: '华阳一居管理员', unitId: 'huayanglu-01', role: 'staff', adminOf: 'huayanglu-01' });
    await createAndSignIn(t.app, admin, { username: 'hy-street', name: '街道管理员', unitId: 'huayanglu-01', role: 'staff', adminOf: 'huayanglu' });
    const before = await orgState(t.app);
    const renamed = await importRoster(t.app, committee.headers, csvOf([userRow('hy-street', '改名', 'huayanglu-01')]));
    expect(renamed.statusCode, renamed.body).toBe(403);
    expect(renamed.json()).toMatchObject({ code: 'TOOLBOX_ROSTER_OUTSIDE_SCOPE', report: { errors: [{ line: 2, code: 'outside_scope', message: expect.stringContaining('administers "huayanglu"') }] } });
    // A full roster that leaves the street's administrator out disables the committee's staff it leaves out, not them.
    const full = await importRoster(t.app, committee.headers, csvOf([userRow('hy1-admin', '华阳一居管理员', 'huayanglu-01')]), { query: 'mode=full&dryRun=1' });
    expect(full.json<Report>().items.filter((i) => i.reason === 'absent').map((i) => i.key)).toEqual(['staff']);
    expect(await orgState(t.app)).toBe(before);
  });

  it('refuses what is not a roster, and serves the template in both formats', async () => {
    const none = await t.app.inject({ method: 'POST', url: '/api/org/import', headers: admin.headers });
    expect(none.json()).toMatchObject({ statusCode: 400, code: 'TOOLBOX_ROSTER_FILE_MISSING' });
    const xls = await importRoster(t.app, admin.headers, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), { name: 'old.xls' });
    expect(xls.json()).toMatchObject({ code: 'TOOLBOX_ROSTER_FILE_INVALID', message: expect.stringContaining('这是旧版 Excel（.xls）文件') });
    const xlsEn = await importRoster(t.app, admin.headers, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), { name: 'old.xls', query: 'lang=en' });
    expect(xlsEn.json()).toMatchObject({ code: 'TOOLBOX_ROSTER_FILE_INVALID', message: expect.stringContaining('old Excel .xls file') });
    const big = await importRoster(t.app, admin.headers, Buffer.alloc(6 * 1024 * 1024, 0x41));
    expect(big.json()).toMatchObject({ statusCode: 413, code: 'TOOLBOX_ROSTER_TOO_LARGE', message: 'file: 文件超过 5 MB' });
    const empty = await importRoster(t.app, admin.headers, Buffer.from('\r\n'), { query: 'lang=en' });
    expect(empty.json()).toMatchObject({ code: 'TOOLBOX_ROSTER_FILE_INVALID', message: expect.stringContaining('类型 (type), 单位编号 (unit code)') });
    const staff = await login(t.app, 'staff');
    expect((await importRoster(t.app, staff.headers, csvOf([]))).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/org/export', headers: staff.headers })).statusCode).toBe(403);

    for (const format of ['csv', 'xlsx'] as const) {
      const template = await t.app.inject({ url: `/api/org/import/template?format=${format}`, headers: admin.headers });
      expect(template.statusCode).toBe(200);
      const dry = (await importRoster(t.app, admin.headers, template.rawPayload, { query: 'dryRun=1' })).json<Report>();
      // The example street and committee are the demo's own; the example person is new.
      expect(dry.summary).toMatchObject({ add: 1, change: 0, unchanged: 2, errors: 0 });
      expect(dry.items[0]).toMatchObject({ key: 'wangfang', name: '王芳', action: 'add' });
    }
  });
});
