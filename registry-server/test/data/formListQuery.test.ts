// A form app's list on the server: filters on indexed values (record_values), a sort, a search and pages, scoped to
// the caller's unit; counts by state and Shanghai month; bad queries refused with a code naming the field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/db/migrate.ts';
import type { TestApp } from '../helpers/createTestApp.ts';
import { testEngines } from '../helpers/engines.ts';
import { login, type Session } from '../helpers/login.ts';
import { goodRecord, ledgerApp } from '../forms/formSupport.ts';

const url = '/api/apps/hardship-hy/data/records';
type Page = { items: { id: string; data: Record<string, unknown>; unitId: string }[]; total: number };

/** Twelve households of staff's committee and three of staff2's: names, categories, amounts, dates, states. */
const HOUSEHOLDS = [
  ['王秀英', '低保家庭', 1200, '2026-01-05', 'helping'],
  ['李建军', '低收入家庭', 800.5, '2026-01-20', 'pending'],
  ['赵桂芳', '特困人员', 2500, '2026-02-03', 'helping'],
  ['周国平', '低保家庭', undefined, '2026-02-14', 'closed'],
  ['孙美华', '临时困难', 300, '2026-02-28', 'pending'],
  ['吴志强', '低保家庭', 1500, '2026-03-01', 'helping'],
  ['郑丽娟', '支出型贫困家庭', 0, '2026-03-02', 'ineligible'],
  ['钱德胜', '低收入家庭', 950, '2026-03-10', 'pending'],
  ['Anna Lee', '临时困难', 100, '2026-03-11', 'pending'],
  ['冯小明', '低保家庭', 2000, '2026-03-15', 'closed'],
  ['陈红', '特困人员', 3000, '2026-03-20', 'helping'],
  ['褚卫东', '低收入家庭', 600, '2026-03-25', 'pending'],
] as const;
const OTHER_UNIT = ['卫国强', '蒋秀兰', '沈阿婆'];

describe.each(testEngines)("a form app's list query (%s)", (engine) => {
  let t: TestApp;
  let admin: Session;
  let staff: Session;
  let staff2: Session;
  const get = async (query: string, who = () => staff) => t.app.inject({ url: `${url}?${query}`, headers: who().headers });
  const names = async (query: string, who = () => staff) => {
    const res = await get(query, who);
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json<Page>();
    return { names: page.items.map((r) => r.data.name), total: page.total };
  };

  beforeAll(async () => {
    ({ t, admin, staff, staff2 } = await ledgerApp({ engine }));
    // The last two are made either side of midnight at the end of March, Shanghai time (15:30 and 16:30 UTC).
    t.clock.set('2026-01-10T10:00:00+08:00');
    for (const [i, [name, category, amount, registeredOn, status]] of HOUSEHOLDS.entries()) {
      if (i === HOUSEHOLDS.length - 2) t.clock.set('2026-03-31T23:30:00+08:00');
      else if (i === HOUSEHOLDS.length - 1) t.clock.set('2026-04-01T00:30:00+08:00');
      else t.clock.advanceDays(7);
      // Sessions end after hours idle: sign in again at each new time.
      staff = await login(t.app, 'staff');
      const body = goodRecord({ name, category, registeredOn, ...(amount === undefined ? {} : { amount }) });
      const created = await t.app.inject({ method: 'POST', url, headers: staff.headers, payload: body });
      expect(created.statusCode, created.body).toBe(201);
      const { id, data } = created.json<{ id: string; data: Record<string, unknown> }>();
      const steps = { pending: [], helping: ['helping'], closed: ['helping', 'closed'], ineligible: ['ineligible'] }[status];
      for (const step of steps) {
        const moved = await t.app.inject({ method: 'PUT', url: `${url}/${id}`, headers: staff.headers, payload: { ...data, status: step } });
        expect(moved.statusCode, moved.body).toBe(200);
      }
    }
    [admin, staff2] = await Promise.all([login(t.app, 'admin'), login(t.app, 'staff2')]);
    for (const name of OTHER_UNIT) {
      const res = await t.app.inject({ method: 'POST', url, headers: staff2.headers, payload: goodRecord({ name, category: '低保家庭' }) });
      expect(res.statusCode).toBe(201);
    }
  });
  afterAll(async () => t?.close());

  it('keeps the plain list as it was: newest first, limit and offset, the unit’s records only', async () => {
    expect(await names('limit=3')).toEqual({ names: ['褚卫东', '陈红', '冯小明'], total: 12 });
    expect(await names('limit=2&offset=11')).toEqual({ names: ['王秀英'], total: 12 });
    expect((await names('limit=500', () => staff2)).total).toBe(3);
    expect((await names('limit=500', () => admin)).total).toBe(15);
  });

  it('filters by equality on a choice and a state, and by ranges on a date and a number', async () => {
    expect(await names('filter=category:eq:低保家庭')).toEqual({ names: ['冯小明', '吴志强', '周国平', '王秀英'], total: 4 });
    expect(await names('filter=status:eq:helping&filter=category:eq:低保家庭')).toEqual({ names: ['吴志强', '王秀英'], total: 2 });
    expect(await names('filter=registeredOn:gte:2026-02-01&filter=registeredOn:lte:2026-02-28')).toEqual({ names: ['孙美华', '周国平', '赵桂芳'], total: 3 });
    expect(await names('filter=amount:gt:1500&sort=amount')).toEqual({ names: ['冯小明', '赵桂芳', '陈红'], total: 3 });
    // 0 is a value: 郑丽娟's amount is 0 and counts in a range from 0; 周国平 has none and does not.
    expect((await names('filter=amount:lte:300')).names.sort()).toEqual(['Anna Lee', '孙美华', '郑丽娟'].sort());
    // Any element of a multiple choice matches.
    expect((await names('filter=causes:eq:因病')).total).toBe(12);
    // Another unit's records never appear, whatever the filter.
    expect((await names('filter=category:eq:低保家庭', () => staff2)).names.sort()).toEqual([...OTHER_UNIT].sort());
  });

  it('sorts on a field either way, empty values last, and pages through the sorted list', async () => {
    const asc = await names('sort=amount&limit=500');
    expect(asc.names.slice(0, 3)).toEqual(['郑丽娟', 'Anna Lee', '孙美华']);
    expect(asc.names.at(-1)).toBe('周国平');
    const desc = await names('sort=-amount&limit=500');
    expect(desc.names.slice(0, 2)).toEqual(['陈红', '赵桂芳']);
    expect(desc.names.at(-1)).toBe('周国平');
    const pages = [];
    for (let offset = 0; offset < 12; offset += 5) pages.push(...(await names(`sort=registeredOn&limit=5&offset=${offset}`)).names);
    expect(pages).toEqual(HOUSEHOLDS.map((h) => h[0]));
  });

  /** The twelve names as a person reading a register expects them: by pinyin (chen, chu, feng…), Latin after. */
  const BY_PINYIN = ['陈红', '褚卫东', '冯小明', '李建军', '钱德胜', '孙美华', '王秀英', '吴志强', '赵桂芳', '郑丽娟', '周国平', 'Anna Lee'];

  it('sorts names by pinyin either way, as the zh-CN collation does, and pages through them', async () => {
    expect([...HOUSEHOLDS.map((h) => h[0])].sort(new Intl.Collator('zh-CN').compare)).toEqual(BY_PINYIN);
    expect(await names('sort=name&limit=500')).toEqual({ names: BY_PINYIN, total: 12 });
    expect((await names('sort=-name&limit=500')).names).toEqual([...BY_PINYIN].reverse());
    const pages = [];
    for (let offset = 0; offset < 12; offset += 5) pages.push(...(await names(`sort=name&limit=5&offset=${offset}`)).names);
    expect(pages).toEqual(BY_PINYIN);
  });

  it('gives the values stored before sort keys existed theirs at the upgrade (migration 014)', async () => {
    // The database as an older release left it: no sort_key column, migration 014 not run.
    await t.app.db.schema.alterTable('record_values').dropColumn('sort_key').execute();
    await t.app.db.deleteFrom('kysely_migration' as never).where('name' as never, '=', '014_record_sort_keys' as never).execute();
    await migrateToLatest(t.app.db, engine);
    const missing = await t.app.db.selectFrom('record_values').select('record_id').where('text_value', 'is not', null).where('sort_key', 'is', null).execute();
    expect(missing).toEqual([]);
    expect((await names('sort=name&limit=500')).names).toEqual(BY_PINYIN);
  });

  it('searches the named fields: text contains, A–Z in any case; a 身份证号 by its digits', async () => {
    expect(await names('search=桂&searchIn=name')).toEqual({ names: ['赵桂芳'], total: 1 });
    expect(await names('search=anna&searchIn=name,idNumber')).toEqual({ names: ['Anna Lee'], total: 1 });
    expect((await names('search=19491231&searchIn=idNumber')).total).toBe(12);
    expect((await names('search=8号楼&searchIn=address&filter=status:eq:closed')).total).toBe(2);
    expect((await names('search=100%25&searchIn=name')).total).toBe(0);
  });

  it('counts by state and by Shanghai month of creation', async () => {
    const res = await t.app.inject({ url: `${url}/stats?field=status`, headers: staff.headers });
    expect(res.statusCode, res.body).toBe(200);
    const stats = res.json();
    expect(stats.total).toBe(12);
    expect(stats.byValue).toEqual([
      { value: 'pending', count: 5 },
      { value: 'helping', count: 4 },
      { value: 'closed', count: 2 },
      { value: 'ineligible', count: 1 },
    ]);
    expect(stats.byMonth).toEqual([
      { month: '2026-01', count: 3 },
      { month: '2026-02', count: 4 },
      { month: '2026-03', count: 4 },
      { month: '2026-04', count: 1 },
    ]);
    expect((await t.app.inject({ url: `${url}/stats`, headers: staff2.headers })).json()).toMatchObject({ total: 3, byValue: [] });
  });

  it('counts by the month of a date field instead (monthBy: the 登记日期 an imported record brings from its ledger)', async () => {
    const res = await t.app.inject({ url: `${url}/stats?field=status&monthBy=registeredOn`, headers: staff.headers });
    expect(res.statusCode, res.body).toBe(200);
    const expected = new Map<string, number>();
    for (const h of HOUSEHOLDS) expected.set(h[3].slice(0, 7), (expected.get(h[3].slice(0, 7)) ?? 0) + 1);
    expect(res.json()).toMatchObject({ total: 12, monthBy: 'registeredOn', byMonth: [...expected].sort().map(([month, count]) => ({ month, count })) });
    // The other unit's records are not counted; an unknown field is refused as for `field`.
    const other = (await t.app.inject({ url: `${url}/stats?monthBy=registeredOn`, headers: staff2.headers })).json();
    expect(other.byMonth.reduce((n: number, m: { count: number }) => n + m.count, 0)).toBe(other.total);
    const unknown = await t.app.inject({ url: `${url}/stats?monthBy=bornOn`, headers: staff.headers });
    expect(unknown.json()).toMatchObject({ statusCode: 400, code: 'TOOLBOX_QUERY_FIELD_UNKNOWN' });
  });

  it('refuses an unknown field or operator with a code naming the field, and a search without fields', async () => {
    const cases: [string, string, string][] = [
      ['filter=colour:eq:red', 'TOOLBOX_QUERY_FIELD_UNKNOWN', 'filter[0]: the collection has no field "colour"'],
      ['sort=-shoeSize', 'TOOLBOX_QUERY_FIELD_UNKNOWN', 'sort: the collection has no field "shoeSize"'],
      ['search=王&searchIn=name,nickname', 'TOOLBOX_QUERY_FIELD_UNKNOWN', 'searchIn: the collection has no field "nickname"'],
      ['filter=amount:like:1', 'TOOLBOX_QUERY_INVALID', 'filter[0]: field "amount": unknown operator "like"'],
      ['filter=amount', 'TOOLBOX_QUERY_INVALID', 'filter[0]: "amount" is not field:operator:value'],
      ['search=王', 'TOOLBOX_QUERY_INVALID', 'searchIn: name the fields to search'],
    ];
    for (const [query, code, message] of cases) {
      const res = await get(query);
      expect(res.statusCode, query).toBe(400);
      expect(res.json(), query).toMatchObject({ statusCode: 400, code });
      expect(res.json().message, query).toContain(message);
    }
    const stats = await t.app.inject({ url: `${url}/stats?field=nope`, headers: staff.headers });
    expect(stats.json()).toMatchObject({ statusCode: 400, code: 'TOOLBOX_QUERY_FIELD_UNKNOWN' });
    expect((await get('limit=0')).json().code).toBe('TOOLBOX_VALIDATION_FAILED');
  });

  it('keeps the indexed values in step with every write: an edit, a deletion', async () => {
    const [first] = (await get('filter=category:eq:临时困难&sort=-name')).json<Page>().items;
    expect(first?.data.name).toBe('Anna Lee');
    const edited = await t.app.inject({ method: 'PUT', url: `${url}/${first!.id}`, headers: staff.headers, payload: { ...first!.data, category: '特困人员' } });
    expect(edited.statusCode, edited.body).toBe(200);
    expect((await names('filter=category:eq:临时困难')).names).toEqual(['孙美华']);
    expect((await names('filter=category:eq:特困人员')).total).toBe(3);
    expect((await t.app.inject({ method: 'DELETE', url: `${url}/${first!.id}`, headers: staff.headers })).statusCode).toBe(204);
    expect((await names('filter=category:eq:特困人员')).total).toBe(2);
    const left = await t.app.db.selectFrom('record_values').select('record_id').where('record_id', '=', first!.id).execute();
    expect(left).toEqual([]);
  });
});
