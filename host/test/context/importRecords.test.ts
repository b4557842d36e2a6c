// The desktop's `importRecords` against a real registry on 127.0.0.1 with the 困难群众帮扶台账 form app published:
// a dry run and a refused import both resolve with the server's report (lines, columns and reasons), a file that fits
// is written and read back, rows decided one by one reach the registry, and a file the server cannot read rejects with the SDK's error carrying its code.
import type { CollectionClient } from '@toolbox/sdk';
import { isToolboxSdkError, type ToolboxSdkError } from '@toolbox/sdk';
import { describe, expect, it } from 'vitest';
import { login } from '../../../registry-server/test/helpers/login.ts';
import { BAD_ID, GOOD_ID, publishRuntimeAndForm } from '../../../registry-server/test/forms/formSupport.ts';
import { collectionReads, createCollectionClient } from '../../src/context/createCollectionClient.ts';
import { createListPrefetch } from '../../src/context/listPrefetch.ts';
import { registryAsStaff } from './registryAsStaff.ts';

const APP = 'hardship-hy';
const HEAD = '户主姓名,身份证号,住址,困难类别,主要困难和诉求,责任社工,登记日期';
const row = (name: string, id: string, category = '低保家庭') => `${name},${id},8号楼 201室,${category},医药费负担重,王芳,2026-3-5`;
const csv = (...lines: string[]) => new Blob([`${[HEAD, ...lines].join('\r\n')}\r\n`], { type: 'text/csv' });

registryAsStaff(async (app) => publishRuntimeAndForm(app, await login(app, 'admin')));

const total = async (client: CollectionClient<Record<string, unknown>>) => (await client.query!({ limit: 1 })).total;

describe('importRecords on the desktop', () => {
  it('a dry run answers the report and writes nothing; rows that do not fit resolve with the report, not an error', async () => {
    const client = createCollectionClient<Record<string, unknown>>(APP, 'records');
    const before = await total(client);
    const file = csv(row('李桂英', GOOD_ID), row('张建国', BAD_ID), row('王秀兰', GOOD_ID, '五保户'));

    const dry = await client.importRecords!(file, { dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, format: 'csv', rows: 3, imported: 0 });
    expect(dry.columns.find((c) => c.header === '身份证号')).toEqual({ header: '身份证号', field: 'idNumber', ignored: null });
    expect(dry.problems.map((p) => [p.line, p.column])).toEqual([
      [3, '身份证号'],
      [4, '困难类别'],
    ]);
    expect(dry.problems[1]?.message).toContain('五保户');

    const refused = await client.importRecords!(file, { dryRun: false, locale: 'en' });
    expect(refused).toMatchObject({ dryRun: false, imported: 0, problemCount: 2 });
    expect(refused.problems[1]?.message).toMatch(/^Category must be one of/);
    expect(await total(client)).toBe(before);
  });

  it('imports every row of a file that fits, in the flow’s first state, and throws away what the desktop preloaded', async () => {
    const prefetch = createListPrefetch(collectionReads, () => 1_000);
    const client = createCollectionClient<Record<string, unknown>>(APP, 'records', prefetch);
    const before = await total(client);
    prefetch.start(APP, 'records');
    const file = csv(row('李桂英', GOOD_ID), row('王秀兰', GOOD_ID, '特困人员'));

    // A dry run writes nothing: the preloaded page stays for the app's first read.
    expect((await client.importRecords!(file, { dryRun: true })).problemCount).toBe(0);
    expect(prefetch.takeNow(APP, 'records', { limit: 500, offset: 0 })).toBeDefined();

    prefetch.start(APP, 'records');
    const report = await client.importRecords!(file, { dryRun: false });
    expect(report).toMatchObject({ dryRun: false, rows: 2, imported: 2, problemCount: 0, problems: [] });
    const listed = await client.list({ limit: 500, offset: 0 });
    expect(listed).toHaveLength(before + 2);
    const imported = listed.filter((r) => r.data.name === '王秀兰');
    expect(imported.map((r) => r.data)).toEqual([
      expect.objectContaining({ category: '特困人员', address: { building: '8号楼', room: '201室' }, registeredOn: '2026-03-05', status: 'pending' }),
    ]);
  });

  it('leaves out the rows that may be repeats, or updates the records they name, as asked (repeats)', async () => {
    const client = createCollectionClient<Record<string, unknown>>(APP, 'records');
    const before = await total(client);
    // GOOD_ID is in the ledger already, twice (the test above imported it); the second line repeats it.
    const file = csv(row('李桂英', GOOD_ID), row('李桂英', GOOD_ID));
    const dry = await client.importRecords!(file, { dryRun: true, repeats: 'skip' });
    expect(dry).toMatchObject({ dryRun: true, rows: 2, warningCount: 2, repeatRows: 2, skipped: 2, imported: 0 });
    expect(await client.importRecords!(file, { dryRun: false, repeats: 'skip' })).toMatchObject({ imported: 0, skipped: 2 });
    // Two records have that number: which one to update is unclear, and the report says so.
    const update = await client.importRecords!(csv(row('李桂英', GOOD_ID)), { dryRun: true, repeats: 'update' });
    expect(update.problems.map((p) => [p.line, p.column])).toEqual([[2, '身份证号']]);
    // Rows decided one by one reach the registry, and each warning says what becomes of its row.
    const chosen = await client.importRecords!(file, { dryRun: true, repeats: 'skip', choices: { 3: 'add' } });
    expect(chosen).toMatchObject({ skipped: 1, updated: 0 });
    expect(chosen.warnings.map((w) => [w.line, w.choice])).toEqual([
      [2, 'skip'],
      [3, 'add'],
    ]);
    expect(await total(client)).toBe(before);
  });

  it('rejects with ToolboxSdkError and the server’s code and message when the file cannot be read or is too large', async () => {
    const client = createCollectionClient<Record<string, unknown>>(APP, 'records');
    const xls = new Blob([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])]);
    const old = (await client.importRecords!(xls, { dryRun: true }).catch((e: unknown) => e)) as ToolboxSdkError;
    expect(isToolboxSdkError(old, 'TOOLBOX_DATA_REQUEST_FAILED')).toBe(true);
    expect(old.statusCode).toBe(400);
    expect(old.args[1]).toBe('TOOLBOX_IMPORT_FILE_INVALID');
    // Worded in the desktop's language: Chinese unless English is asked for.
    expect(String(old.args[2])).toContain('旧版 Excel（.xls）');

    const big = new Blob([HEAD, '\r\n', 'x'.repeat(40 * 1024 * 1024)]);
    const large = (await client.importRecords!(big, { dryRun: true, locale: 'en' }).catch((e: unknown) => e)) as ToolboxSdkError;
    expect(isToolboxSdkError(large)).toBe(true);
    expect(large).toMatchObject({ statusCode: 413, args: [413, 'TOOLBOX_IMPORT_TOO_LARGE', expect.stringContaining('40 MiB')] });
  });
});
