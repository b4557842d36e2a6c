// Form app benchmark (issue 16): opening a form app (no code: a definition rendered by the form runtime) against an
// SDK-built app of the same shape, both through the real desktop, cold and warm.
// Run: cd bench && node --conditions=development --import tsx formOpen.ts [runs=5] [records=1000] [host dist=host/dist]
// (needs `pnpm run build` first: host/dist, plugins/form-runtime/dist, registry-server/dist, sdk/dist)
//
// - The real product (the compiled registry server, demo data, host/dist). The form runtime is published and approved
//   through the API with `toolbox publish`, as `pnpm start` does; the form app is a 20-field definition published
//   through POST /api/apps/:id/versions {form} and approved.
// - The SDK app: the same 20 fields as a manifest collection (the schema the server derives from the definition), a
//   list of 20 records a page (PageHeader, DataTable, a pager) and a 新增 form (SchemaForm), written as a developer
//   would with @toolbox/sdk/react and /ui, built here with `toolbox build` (the SDK's Vite plugin) and published and
//   approved through the API. It names its collection in `preloadData`, as the form runtime's versions do.
// - The same records in both (1,000 by default, created through the data API as staff): the newest, registered
//   today, is the one both frames must show; the others are older, so it tops the list in either order.
// - Each run opens both from staff's desktop with a real press on the tile, cold (a fresh browser context) then warm
//   (back and again), interleaved (form, SDK, form, SDK…); medians, with the machine's load average. Loopback and
//   the committee's office PC (conditions.ts).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { addDays, shanghaiDay } from '@toolbox/sdk';
import { definitionToCollectionSchema, FORM_COLLECTION, FORM_TEMPLATES, type FormDefinition, type FormField } from '@toolbox/sdk/forms';
import { repoRoot, startProduct } from '../host/e2e/support/startProduct.ts';
import { CHROMIUM_ARGS } from '../host/test/support/launchChromium.ts';
import { printPhase, runInterleaved, type Variant } from './open/compareOpens.ts';
import { LOOPBACK, OFFICE_PC } from './open/conditions.ts';
import { openFromDesktop } from './open/openFromDesktop.ts';

const RUNS = Number(process.argv[2] ?? 5);
const RECORDS = Number(process.argv[3] ?? 1000);
/** The built host to open them in (a before/after comparison builds two). */
const hostDist = process.argv[4] ? resolve(process.argv[4]) : join(repoRoot, 'host/dist');
const FORM_APP = 'bench-form-ledger';
const SDK_APP = 'bench-sdk-ledger';
const OWNER = { unit: 'huayanglu-01', contact: '王芳 021-62511234' };
const NEWEST = `基准户主${Date.now().toString().slice(-5)}`;

const zh = (text: string) => ({ 'zh-CN': text });
const FIELDS: FormField[] = [
  { key: 'name', kind: 'text', label: zh('户主姓名'), required: true, maxLength: 32 },
  { key: 'phone', kind: 'phone', label: zh('联系电话') },
  { key: 'building', kind: 'text', label: zh('楼号'), maxLength: 16 },
  { key: 'room', kind: 'text', label: zh('室号'), maxLength: 16 },
  { key: 'householdSize', kind: 'number', label: zh('家庭人口'), unit: '人', min: 1, max: 20 },
  { key: 'category', kind: 'choice', label: zh('困难类别'), required: true, options: ['低保家庭', '低收入家庭', '特困人员', '临时困难'] },
  { key: 'causes', kind: 'multichoice', label: zh('致困原因'), options: ['因病', '因残', '失业', '子女就学', '其他'] },
  { key: 'income', kind: 'number', label: zh('月收入'), unit: '元', min: 0, max: 100000 },
  { key: 'livesAlone', kind: 'yesno', label: zh('独居') },
  { key: 'disability', kind: 'yesno', label: zh('有残疾人') },
  { key: 'needs', kind: 'textarea', label: zh('主要困难和诉求'), required: true, maxLength: 1000 },
  { key: 'measures', kind: 'multichoice', label: zh('帮扶措施'), options: ['申请低保', '临时救助', '医疗救助', '上门关爱'] },
  { key: 'amount', kind: 'number', label: zh('救助金额'), unit: '元', min: 0, max: 1000000 },
  { key: 'caseworker', kind: 'text', label: zh('责任社工'), maxLength: 32 },
  { key: 'registeredOn', kind: 'date', label: zh('登记日期'), required: true },
  { key: 'nextVisitOn', kind: 'date', label: zh('下次回访') },
  { key: 'contact', kind: 'text', label: zh('联系人'), maxLength: 32 },
  { key: 'contactPhone', kind: 'phone', label: zh('联系人电话') },
  { key: 'notes', kind: 'textarea', label: zh('备注'), maxLength: 1000 },
  { key: 'status', kind: 'status', label: zh('状态') },
] as FormField[];
const COLUMNS = ['name', 'category', 'building', 'caseworker', 'registeredOn', 'nextVisitOn', 'status'];

/** The 困难群众帮扶台账 template's flow and name, with 20 fields of the plain kinds. */
function formDefinition(): FormDefinition {
  const template = structuredClone(FORM_TEMPLATES.find((t) => t.id === 'hardship-ledger')!);
  return {
    ...template,
    id: FORM_APP,
    name: { 'zh-CN': '基准测试台账（表单应用）', en: 'Benchmark ledger (form app)' },
    owner: OWNER,
    sections: [
      { title: zh('基本情况'), fields: FIELDS.slice(0, 10) },
      { title: zh('帮扶情况'), fields: FIELDS.slice(10) },
    ],
    views: {
      list: { columns: COLUMNS, sort: { field: 'registeredOn', direction: 'desc' }, filters: ['status', 'category', 'registeredOn'], search: ['name', 'phone'], pageSize: 20 },
      form: { columns: 3 },
    },
  };
}

/** Record `i` (0 is the newest, registered today); the same in both apps. */
function record(i: number, today: string): Record<string, unknown> {
  return {
    name: i === 0 ? NEWEST : `居民${String(i).padStart(4, '0')}`,
    phone: `138${String(10_000_000 + i).slice(-8)}`,
    building: `${(i % 12) + 1}号楼`,
    room: `${(i % 6) + 1}0${(i % 4) + 1}室`,
    householdSize: (i % 5) + 1,
    category: ['低保家庭', '低收入家庭', '特困人员', '临时困难'][i % 4],
    causes: [['因病', '因残', '失业', '子女就学', '其他'][i % 5]],
    income: 1000 + (i % 30) * 100,
    livesAlone: i % 3 === 0,
    disability: i % 7 === 0,
    needs: '医药费负担重，需申请临时救助',
    measures: [['申请低保', '临时救助', '医疗救助', '上门关爱'][i % 4]],
    amount: (i % 10) * 100,
    caseworker: '王芳',
    registeredOn: addDays(today, -Math.ceil(i / 10)),
    nextVisitOn: addDays(today, 30),
    contact: '李红',
    contactPhone: '13900000000',
    notes: '',
    status: 'pending',
  };
}

/** The SDK app's folder: its manifest (the same records' schema), source and a build with `toolbox build`. */
function buildSdkApp(definition: FormDefinition): string {
  const dir = join(repoRoot, 'host/.tmp/bench-form-sdk-app');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src'), { recursive: true });
  const manifest = {
    id: SDK_APP,
    name: { 'zh-CN': '基准测试台账（SDK 应用）', en: 'Benchmark ledger (SDK app)' },
    description: { 'zh-CN': '与表单应用同样的 20 个字段、列表和新增表单，用 SDK 写成。' },
    version: '1.0.0',
    icon: 'icon.svg',
    category: definition.category,
    scenario: 'general',
    owner: OWNER,
    entry: 'remoteEntry.js',
    sdk: '^1.0.0',
    preloadData: [FORM_COLLECTION],
    collections: { [FORM_COLLECTION]: definitionToCollectionSchema(definition) },
  };
  writeFileSync(join(dir, 'toolbox.manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  mkdirSync(join(dir, 'public'));
  writeFileSync(join(dir, 'public/icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8" height="8" fill="#2563eb"/></svg>\n');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: SDK_APP, private: true, type: 'module' }));
  const titles = Object.fromEntries(FIELDS.map((f) => [f.key, f.label['zh-CN']]));
  writeFileSync(
    join(dir, 'src/app.tsx'),
    `import { createReactLightApp, useCollection } from '@toolbox/sdk/react';
import { Button, DataTable, PageHeader, SchemaForm } from '@toolbox/sdk/ui';
import type { CollectionSchema } from '@toolbox/sdk';
import { useState } from 'react';
import manifest from '../toolbox.manifest.json';

const schema = manifest.collections.${FORM_COLLECTION} as unknown as CollectionSchema;
const titles: Record<string, string> = ${JSON.stringify(titles)};
const columns = ${JSON.stringify(COLUMNS)}.map((key) => ({ key, title: titles[key], sortable: true }));
const PAGE = 20;

function Ledger() {
  const [page, setPage] = useState(0);
  const [adding, setAdding] = useState(false);
  const records = useCollection<Record<string, unknown>>('${FORM_COLLECTION}', { limit: PAGE, offset: page * PAGE });
  if (adding) {
    return (
      <div className="tbx-app">
        <PageHeader title="新增记录" />
        <SchemaForm schema={schema} onSubmit={async (value) => { await records.create(value); setAdding(false); }} onCancel={() => setAdding(false)} />
      </div>
    );
  }
  const rows = records.items.map((r) => ({ id: r.id, ...r.data }));
  return (
    <div className="tbx-app">
      <PageHeader title="${definition.name['zh-CN']}" actions={<Button onClick={() => setAdding(true)}>新增</Button>} />
      <DataTable columns={columns} rows={rows} loading={records.loading} />
      <p>
        <Button variant="secondary" disabled={page === 0} onClick={() => setPage(page - 1)}>上一页</Button>
        <Button variant="secondary" disabled={records.items.length < PAGE} onClick={() => setPage(page + 1)}>下一页</Button>
      </p>
    </div>
  );
}

export const { bootstrap, mount, unmount } = createReactLightApp(Ledger);
`,
  );
  const built = spawnSync(process.execPath, [join(repoRoot, 'sdk/bin/toolbox.js'), 'build'], { cwd: dir, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`toolbox build of the SDK app failed:\n${built.stdout}\n${built.stderr}`);
  return dir;
}

/** Creates the records in one app's collection as staff, a few at a time, oldest first (the list's order). */
async function createRecords(origin: string, cookie: string, app: string, today: string): Promise<void> {
  const order = Array.from({ length: RECORDS }, (_, k) => RECORDS - 1 - k);
  for (let start = 0; start < order.length; start += 8) {
    await Promise.all(
      order.slice(start, start + 8).map(async (i) => {
        const res = await fetch(`${origin}/api/apps/${app}/data/${FORM_COLLECTION}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie, origin },
          body: JSON.stringify(record(i, today)),
        });
        if (res.status !== 201) throw new Error(`record ${i} of ${app}: ${res.status} ${await res.text()}`);
      }),
    );
  }
}

async function main(): Promise<void> {
  const definition = formDefinition();
  console.log('▶ building the SDK app (toolbox build)');
  const sdkApp = buildSdkApp(definition);
  console.log('▶ starting the product, publishing the form runtime, the form app and the SDK app');
  // A copy is served: a build of the host started meanwhile (by anyone) cannot pull the files from under the runs.
  const site = join(repoRoot, 'host/.tmp/bench-form-site');
  rmSync(site, { recursive: true, force: true });
  cpSync(hostDist, site, { recursive: true });
  const product = await startProduct({ examples: false, hostDir: site });
  let browser: Browser | undefined;
  try {
    const token = await product.devToken();
    await product.publish(join(repoRoot, 'plugins/form-runtime'));
    const res = await fetch(`${product.origin}/api/apps/${FORM_APP}/versions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ form: definition }),
    });
    if (res.status !== 201) throw new Error(`publishing the form app: ${res.status} ${await res.text()}`);
    await product.approve(FORM_APP, definition.version);
    await product.publish(sdkApp);
    console.log(`▶ creating ${RECORDS} records in each app`);
    const cookie = await product.cookieFor('staff');
    const today = shanghaiDay(new Date());
    await createRecords(product.origin, cookie, FORM_APP, today);
    await createRecords(product.origin, cookie, SDK_APP, today);
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const variants: Variant[] = [
      { name: 'form app', measure: (condition) => openFromDesktop(browser!, product.origin, condition, FORM_APP, NEWEST) },
      { name: 'SDK app', measure: (condition) => openFromDesktop(browser!, product.origin, condition, SDK_APP, NEWEST) },
    ];
    const phases = [await runInterleaved(variants, LOOPBACK, RUNS), await runInterleaved(variants, OFFICE_PC, RUNS)];
    for (const phase of phases) {
      printPhase(`20-field ledger, ${RECORDS} records (first page of 20)`, variants, phase, { coldFromDown: '≤ 1.1×', warmFromDown: '≤ 1.1×' });
    }
  } finally {
    await browser?.close();
    await product.stop();
  }
}

await main();
