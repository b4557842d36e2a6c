// Form app records at scale (issue 16): 10,000 records of a 20-field form app in one committee (and 1,000 in another),
// the list's first page from GET /api/apps/:id/data/records: plain, sorted, filtered on indexed fields, searched, and
// the counts; on SQLite and on PostgreSQL in the same run. Goal: each first page ≤ 200 ms of server time.
// Run: cd bench && node --import tsx formRecords.ts [runs=15] [records=10000]     (or: pnpm bench:formRecords)
// PostgreSQL: TOOLBOX_BENCH_PG=postgres://… (a server URL; a database is created and dropped), else a throwaway cluster
// is started with scripts/lib.mjs (Debian's postgresql); without either only SQLite is measured.
// Server time is Fastify's inject (no socket) from request to the whole answer, as staff (华阳路's committee), median of
// `runs` after 3 warm-up requests; the records go in through the record store's own write (record and record_values in
// one transaction), a thousand per transaction, so seeding 10,000 takes seconds, not the minutes of 10,000 POSTs.
import { availableParallelism, loadavg } from 'node:os';
import { FORM_TEMPLATES, type FormDefinition, idCardCheckCharacter } from '@toolbox/sdk/forms';
import { insertRecord } from '../registry-server/src/data/recordStore.ts';
import { publishApp } from '../registry-server/test/helpers/bundles.ts';
import { createTestApp, TestClock, type TestApp } from '../registry-server/test/helpers/createTestApp.ts';
import { createPostgresDatabase } from '../registry-server/test/helpers/engines.ts';
import { login } from '../registry-server/test/helpers/login.ts';
import { postgresServer } from './postgresServer.ts';

const runs = Number(process.argv[2] ?? 15);
const count = Number(process.argv[3] ?? 10_000);

/** The 困难群众帮扶台账 template grown to 20 fields: five more of the kinds a committee adds. */
function twentyFields(): FormDefinition {
  const form = structuredClone(FORM_TEMPLATES.find((t) => t.id === 'hardship-ledger')!) as FormDefinition;
  const extra: FormDefinition['sections'][number]['fields'] = [
    { key: 'building', kind: 'choice', label: { 'zh-CN': '所在小区' }, options: ['天山一村', '天山二村', '仙霞新村', '虹桥新村'] },
    { key: 'disability', kind: 'yesno', label: { 'zh-CN': '残疾人' } },
    { key: 'income', kind: 'number', label: { 'zh-CN': '月收入' }, unit: '元', min: 0, max: 100000 },
    { key: 'visitedAt', kind: 'datetime', label: { 'zh-CN': '最近走访' } },
    { key: 'notes', kind: 'textarea', label: { 'zh-CN': '备注' } },
    { key: 'contact', kind: 'text', label: { 'zh-CN': '联系人' } },
  ];
  form.sections.push({ title: { 'zh-CN': '补充信息' }, fields: extra });
  const n = form.sections.flatMap((s) => s.fields).length;
  if (n !== 20) throw new Error(`the bench form has ${n} fields, not 20`);
  return { ...form, id: 'hardship-bench', version: '1.0.0', owner: { unit: 'huayanglu-01', contact: '021-62511234' } };
}

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
const GIVEN = ['秀英', '建军', '桂芳', '国平', '美华', '志强', '丽娟', '德胜', '小明', '红', '卫东', '玉兰', '海燕', '建华', '淑珍'];
const CATEGORIES = ['低保家庭', '低收入家庭', '特困人员', '支出型贫困家庭', '临时困难'];
const CAUSES = ['因病', '因残', '失业', '子女就学', '住房困难', '高龄独居', '其他'];
const STATES = ['pending', 'helping', 'helping', 'closed', 'closed', 'closed', 'ineligible'];

/** A deterministic record number `i`, spread over the last two years. */
function record(i: number, now: number): { data: Record<string, unknown>; at: Date } {
  const pick = <T>(list: readonly T[], salt: number) => list[(i * 7919 + salt * 104729) % list.length] as T;
  const at = new Date(now - ((i * 37) % (730 * 24)) * 3600_000);
  const day = new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  const id17 = `310105${1940 + (i % 60)}${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}${String(i % 1000).padStart(3, '0')}`;
  return {
    at,
    data: {
      name: `${pick([...SURNAMES], 1)}${pick(GIVEN, 2)}`,
      idNumber: id17 + idCardCheckCharacter(id17),
      phone: `139${String(10_000_000 + i).slice(-8)}`,
      address: { building: `${(i % 40) + 1}号楼`, room: `${(i % 6) + 1}0${(i % 4) + 1}室` },
      householdSize: (i % 6) + 1,
      category: pick(CATEGORIES, 3),
      causes: [pick(CAUSES, 4), pick(CAUSES, 5)].filter((c, k, all) => all.indexOf(c) === k),
      needs: '医药费负担重，希望申请临时救助并协助办理大病医保报销。',
      measures: ['走访慰问'],
      amount: (i % 50) * 100.5,
      caseworker: { name: `${pick([...SURNAMES], 6)}社工` },
      registeredOn: day,
      status: pick(STATES, 7),
      building: pick(['天山一村', '天山二村', '仙霞新村', '虹桥新村'], 8),
      disability: i % 9 === 0,
      income: (i % 30) * 150,
      visitedAt: at.toISOString(),
      notes: i % 5 === 0 ? '需要上门' : '',
      contact: `${pick([...SURNAMES], 9)}女士`,
    },
  };
}

async function seed(t: TestApp): Promise<void> {
  const now = Date.now();
  const staff = (await t.app.db.selectFrom('users').select(['id', 'unit_id']).where('username', '=', 'staff').executeTakeFirstOrThrow());
  const staff2 = (await t.app.db.selectFrom('users').select(['id', 'unit_id']).where('username', '=', 'staff2').executeTakeFirstOrThrow());
  const total = count + count / 10;
  for (let from = 0; from < total; from += 1000) {
    await t.app.db.transaction().execute(async (trx) => {
      for (let i = from; i < Math.min(total, from + 1000); i++) {
        const who = i < count ? staff : staff2;
        const { data, at } = record(i, now);
        await insertRecord(trx, { appId: 'hardship-bench', collection: 'records', unitId: who.unit_id, userId: who.id, data, now: at });
      }
    });
  }
}

const QUERIES: [string, string][] = [
  ['first page, newest first', 'limit=20'],
  ['sorted by 登记日期 (the list’s default)', 'limit=20&sort=-registeredOn'],
  ['state = 帮扶中, sorted', 'limit=20&sort=-registeredOn&filter=status:eq:helping'],
  ['category + date range, sorted by amount', 'limit=20&sort=-amount&filter=category:eq:低保家庭&filter=registeredOn:gte:{from}&filter=registeredOn:lte:{to}'],
  ['yes/no + number range + choice', 'limit=20&filter=disability:eq:true&filter=income:gte:1500&filter=building:eq:天山二村'],
  ['search 王 in name, 身份证号, phone, address', 'limit=20&sort=-registeredOn&search=王&searchIn=name,idNumber,phone,address'],
  ['page 200 of the sorted list', 'limit=20&offset=3980&sort=-registeredOn'],
  ['sorted by 户主姓名 (pinyin)', 'limit=20&sort=name'],
];

async function measure(engine: 'sqlite' | 'postgres', database?: { url: string; drop(): Promise<void> }): Promise<Map<string, number[]>> {
  const t = await createTestApp({ engine, clock: new TestClock(new Date().toISOString()), trustedUnits: ['ops-centre'], ...(database ? { database } : {}) });
  try {
    const admin = await login(t.app, 'admin');
    if ((await publishApp(t.app, admin.headers, 'form-runtime')).statusCode !== 201) throw new Error('form runtime not published');
    const res = await t.app.inject({ method: 'POST', url: '/api/apps/hardship-bench/versions', headers: admin.headers, payload: { form: twentyFields() } });
    if (res.statusCode !== 201) throw new Error(`form: ${res.statusCode} ${res.body.slice(0, 300)}`);
    const seeding = performance.now();
    await seed(t);
    console.log(`  ${engine}: ${count + count / 10} records written in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);
    if (engine === 'postgres') await t.app.db.executeQuery({ sql: 'ANALYZE', parameters: [], query: { kind: 'RawNode' } } as never);
    const staff = await login(t.app, 'staff');
    const year = new Date().getFullYear() - 1;
    const times = new Map<string, number[]>();
    const all: [string, string][] = [...QUERIES.map(([n, q]): [string, string] => [n, `/api/apps/hardship-bench/data/records?${q.replace('{from}', `${year}-01-01`).replace('{to}', `${year}-12-31`)}`]), ['counts by state and month (stats)', '/api/apps/hardship-bench/data/records/stats?field=status']];
    for (const [name, url] of all) {
      const list: number[] = [];
      const cpus: number[] = [];
      for (let r = 0; r < runs + 3; r++) {
        const started = performance.now();
        const cpu = process.cpuUsage();
        const answer = await t.app.inject({ url: encodeURI(url), headers: staff.headers });
        const took = performance.now() - started;
        const used = process.cpuUsage(cpu);
        if (answer.statusCode !== 200) throw new Error(`${name}: ${answer.statusCode} ${answer.body.slice(0, 200)}`);
        if (r === 0) times.set(`${name}|total`, [answer.json().total]);
        if (r >= 3) {
          list.push(took);
          cpus.push((used.user + used.system) / 1000);
        }
      }
      times.set(name, list);
      times.set(`${name}|cpu`, cpus);
    }
    return times;
  } finally {
    await t.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

async function main(): Promise<void> {
  console.log(`form app records: ${count} in one committee (+${count / 10} in another), 20 fields; first page (20) as staff, median of ${runs}`);
  const results: [string, Map<string, number[]>][] = [['sqlite', await measure('sqlite')]];
  const pg = await postgresServer(54395);
  if (pg) {
    try {
      const database = await createPostgresDatabase(pg.server, 'toolbox_bench');
      results.push(['postgres', await measure('postgres', database)]);
    } finally {
      pg.stop();
    }
  } else console.log('  postgres: no PostgreSQL here (set TOOLBOX_BENCH_PG or install postgresql): skipped');
  const names = [...QUERIES.map(([n]) => n), 'counts by state and month (stats)'];
  // Wall time, and this process's CPU time (all of SQLite's work, which runs in-process; only Node's side of PostgreSQL's).
  console.log(`\n${'query'.padEnd(48)}${results.map(([e]) => `${e} wall (cpu)`.padStart(24)).join('')}   matches`);
  for (const name of names) {
    const cells = results.map(([, m]) => `${median(m.get(name) ?? []).toFixed(1)} ms (${median(m.get(`${name}|cpu`) ?? []).toFixed(1)})`.padStart(24)).join('');
    console.log(`${name.padEnd(48)}${cells}   ${results[0]![1].get(`${name}|total`)?.[0] ?? ''}`);
  }
  const worst = Math.max(...results.flatMap(([, m]) => names.map((n) => median(m.get(n) ?? []))));
  console.log(`\nslowest median: ${worst.toFixed(1)} ms (goal ≤ 200 ms) ${worst <= 200 ? 'ok' : 'OVER'}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} cores`);
}

await main();
