// A form app's records imported from a spreadsheet: 5,000 rows (the limit) of the 困难群众帮扶台账 as .xlsx and as CSV,
// checked (dry run) and imported in one request, against the baseline a clerk has without the import: the same records
// sent one POST each, as the form does. Then the same workbook again as an update of every record (repeats=update). On
// SQLite and on PostgreSQL in the same run.
// Run: cd bench && node --import tsx formImport.ts [rows=5000]     (or: pnpm bench:formImport)
// PostgreSQL: TOOLBOX_BENCH_PG=postgres://… (a server URL; a database is created and dropped), else a throwaway cluster
// is started with scripts/lib.mjs (Debian's postgresql); without either only SQLite is measured.
// Times are Fastify's inject (no socket) from request to answer; the heap figure is the growth of V8's used heap
// during the import (after a forced GC before, when run with --expose-gc).
import { availableParallelism, loadavg } from 'node:os';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { FORM_TEMPLATES, idCardCheckCharacter } from '@toolbox/sdk/forms';
import { multipart, publishApp } from '../registry-server/test/helpers/bundles.ts';
import { createTestApp, TestClock } from '../registry-server/test/helpers/createTestApp.ts';
import { createPostgresDatabase } from '../registry-server/test/helpers/engines.ts';
import { login, type Session } from '../registry-server/test/helpers/login.ts';
import { postgresServer } from './postgresServer.ts';

const rows = Number(process.argv[2] ?? 5000);
const url = '/api/apps/hardship-bench/data/records';
const HEADERS = ['户主姓名', '身份证号', '联系电话', '住址', '家庭人口', '困难类别', '致困原因', '主要困难和诉求', '救助金额', '责任社工', '登记日期'];
const CATEGORIES = ['低保家庭', '低收入家庭', '特困人员', '支出型贫困家庭', '临时困难'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';

function idNumber(i: number): string {
  const base = `3101051950${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}${String(i % 1000).padStart(3, '0')}`;
  return base + idCardCheckCharacter(base);
}

/** Row `i` as a clerk's sheet holds it, and the same record as the form sends it. */
function row(i: number): { cells: (string | number)[]; record: Record<string, unknown> } {
  const name = `${SURNAMES[i % SURNAMES.length]}${'秀建桂国'[i % 4]}${'英军兰强'[(i >> 2) % 4]}`;
  const day = `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  const building = `${1 + (i % 30)}号楼`;
  const room = `${1 + (i % 6)}0${1 + (i % 4)}室`;
  const record = {
    name,
    idNumber: idNumber(i),
    phone: `138${String(i).padStart(8, '0')}`,
    address: { building, room },
    householdSize: 1 + (i % 6),
    category: CATEGORIES[i % CATEGORIES.length],
    causes: i % 3 ? ['因病'] : ['因病', '失业'],
    needs: `第 ${i} 户：医药费负担重，需要临时救助`,
    amount: 100 + (i % 50) * 20.5,
    caseworker: { name: '王芳' },
    registeredOn: day,
  };
  const cells = [name, record.idNumber, record.phone, `${building} ${room}`, record.householdSize, record.category!, record.causes.join('、'), record.needs, record.amount, '王芳', day];
  return { cells, record };
}

async function xlsxOf(data: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  sheet.addRow(HEADERS);
  for (const r of data) sheet.addRow(r);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

type Figures = Record<'dryXlsx' | 'importXlsx' | 'importCsv' | 'updateXlsx' | 'posts' | 'heapMiB', number>;

async function measure(engine: 'sqlite' | 'postgres', database?: { url: string; drop(): Promise<void> }): Promise<Figures> {
  const t = await createTestApp({ engine, clock: new TestClock(new Date().toISOString()), trustedUnits: ['ops-centre'], ...(database ? { database } : {}) });
  try {
    const admin = await login(t.app, 'admin');
    if ((await publishApp(t.app, admin.headers, 'form-runtime')).statusCode !== 201) throw new Error('form runtime not published');
    const form = { ...structuredClone(FORM_TEMPLATES.find((f) => f.id === 'hardship-ledger')!), id: 'hardship-bench', version: '1.0.0', owner: { unit: 'huayanglu-01', contact: '021-62511234' } };
    const published = await t.app.inject({ method: 'POST', url: '/api/apps/hardship-bench/versions', headers: admin.headers, payload: { form } });
    if (published.statusCode !== 201) throw new Error(`form: ${published.statusCode} ${published.body.slice(0, 300)}`);
    const [staff, staff2] = await Promise.all([login(t.app, 'staff'), login(t.app, 'staff2')]);
    const data = Array.from({ length: rows }, (_, i) => row(i));
    const xlsx = await xlsxOf(data.map((d) => d.cells));
    const csv = Buffer.from(`\ufeff${stringify([HEADERS, ...data.map((d) => d.cells)])}`);
    console.log(`  ${engine}: .xlsx ${(xlsx.length / 1024).toFixed(0)} KiB, CSV ${(csv.length / 1024).toFixed(0)} KiB`);

    const send = async (who: Session, file: Buffer, name: string, query: string) => {
      const body = multipart(file, name, 'file');
      const started = performance.now();
      const res = await t.app.inject({ method: 'POST', url: `${url}/import${query}`, headers: { ...who.headers, ...body.headers }, payload: body.payload });
      const took = performance.now() - started;
      if (res.statusCode !== 200 || res.json().problemCount !== 0) throw new Error(`import: ${res.statusCode} ${res.body.slice(0, 400)}`);
      if (query.includes('update') && res.json().updated !== rows) throw new Error(`update: ${res.json().updated} of ${rows} records updated`);
      return took;
    };
    const dryXlsx = await send(staff, xlsx, 'a.xlsx', '?dryRun=1');
    (globalThis as { gc?: () => void }).gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    let heapPeak = heapBefore;
    const sampler = setInterval(() => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)), 5);
    const importXlsx = await send(staff, xlsx, 'a.xlsx', '');
    clearInterval(sampler);
    const importCsv = await send(staff2, csv, 'a.csv', '');
    // The same workbook again as an update (repeats=update): every row finds its record by 身份证号 and replaces it.
    const updateXlsx = await send(staff, xlsx, 'a.xlsx', '?repeats=update');

    // The baseline: the same records one POST each (what a clerk's form does), as staff2 again.
    const started = performance.now();
    for (const { record } of data) {
      const res = await t.app.inject({ method: 'POST', url, headers: staff2.headers, payload: record });
      if (res.statusCode !== 201) throw new Error(`POST: ${res.statusCode} ${res.body.slice(0, 300)}`);
    }
    const posts = performance.now() - started;
    const total = (await t.app.inject({ url: `${url}?limit=1`, headers: admin.headers })).json().total;
    if (total !== rows * 3) throw new Error(`expected ${rows * 3} records, found ${total}`);
    return { dryXlsx, importXlsx, importCsv, updateXlsx, posts, heapMiB: (heapPeak - heapBefore) / 1024 / 1024 };
  } finally {
    await t.close();
  }
}

async function main(): Promise<void> {
  console.log(`form app import: ${rows} rows of the 困难群众帮扶台账 (11 columns), one request each; baseline: ${rows} POSTs of the same records`);
  const results: [string, Figures][] = [['sqlite', await measure('sqlite')]];
  const pg = await postgresServer(54397);
  if (pg) {
    try {
      results.push(['postgres', await measure('postgres', await createPostgresDatabase(pg.server, 'toolbox_bench_import'))]);
    } finally {
      pg.stop();
    }
  } else console.log('  postgres: no PostgreSQL here (set TOOLBOX_BENCH_PG or install postgresql): skipped');
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`\n${''.padEnd(40)}${results.map(([e]) => e.padStart(14)).join('')}`);
  const line = (name: string, cell: (f: Figures) => string) => console.log(`${name.padEnd(40)}${results.map(([, f]) => cell(f).padStart(14)).join('')}`);
  line('check only (dry run), .xlsx', (f) => s(f.dryXlsx));
  line('import, .xlsx', (f) => s(f.importXlsx));
  line('import, CSV', (f) => s(f.importCsv));
  line('update every record, .xlsx', (f) => s(f.updateXlsx));
  line(`baseline: ${rows} POSTs`, (f) => s(f.posts));
  line('import .xlsx ÷ baseline', (f) => `${(f.importXlsx / f.posts).toFixed(2)}×`);
  line('update .xlsx ÷ baseline', (f) => `${(f.updateXlsx / f.posts).toFixed(2)}×`);
  line('heap growth during the .xlsx import', (f) => `${f.heapMiB.toFixed(0)} MiB`);
  console.log(`\nload average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} cores`);
}

await main();
