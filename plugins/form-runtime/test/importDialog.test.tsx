// The 导入 dialog's states, over the SDK's in-memory data given an `importRecords` as the desktop's collection client
// has one: its reports are of the contract's shape, and a real import writes the rows into the same memory collection,
// so the list, counts and chart read them back. (The import against the real registry is host/e2e/formImport.test.ts.)
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { type CollectionClient, type ImportRecordsProgress, type ImportReport, ToolboxSdkError } from '@toolbox/sdk';
import { IMPORT_LIMITS } from '@toolbox/sdk/api';
import { definitionToCollectionSchema, FORM_COLLECTION, FORM_TEMPLATES, type FormDefinition } from '@toolbox/sdk/forms';
import { ToolboxProvider } from '@toolbox/sdk/react';
import { createMockToolbox, type MockToolbox } from '@toolbox/sdk/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FormAppRoot } from '../src/FormAppRoot.tsx';
import { IMPORT_MAX } from '../src/importFailure.ts';
import { idNumber } from './renderRuntime.tsx';

afterEach(cleanup);
const hardship = FORM_TEMPLATES[0] as FormDefinition;

const COLUMNS: ImportReport['columns'] = [
  { header: '户主姓名', field: 'name', ignored: null },
  { header: '身份证号', field: 'idNumber', ignored: null },
  { header: 'Address', field: 'address', ignored: null },
  { header: '困难类别', field: 'category', ignored: null },
  { header: '主要困难和诉求', field: 'needs', ignored: null },
  { header: '责任社工', field: 'caseworker', ignored: null },
  { header: '登记日期', field: 'registeredOn', ignored: null },
  { header: '状态', field: 'status', ignored: 'status' },
  { header: '所属单位', field: null, ignored: 'stamp' },
  { header: '备注', field: null, ignored: 'unknown' },
];
const report = (over: Partial<ImportReport>): ImportReport => ({ dryRun: true, format: 'xlsx', encoding: null, rows: 2, imported: 0, columns: COLUMNS, defaulted: [], problemCount: 0, problems: [], warningCount: 0, warnings: [], repeatRows: 0, skipped: 0, updated: 0, ...over });
const record = (name: string) => ({
  name,
  idNumber: idNumber('31010519580311201'),
  address: { building: '8号楼', room: '201室' },
  category: '低保家庭',
  needs: '医药费负担重',
  caseworker: { name: '王芳' },
  registeredOn: '2026-03-05',
  status: 'pending',
});

type Mode = 'add' | 'skip' | 'update';
type Answer = (file: Blob, options: { dryRun: boolean; repeats?: Mode; choices?: Readonly<Record<number, Mode>>; onProgress?: (progress: ImportRecordsProgress) => void }) => Promise<ImportReport>;

/** The runtime with an import that answers `answer`; `calls` lists each call's file name and dry run. */
function renderWithImport(answer: Answer | undefined, seed = [record('居民01')], definition = hardship): { toolbox: MockToolbox; calls: string[] } {
  const toolbox = createMockToolbox({
    manifest: { id: definition.id, name: definition.name, version: definition.version, collections: { [FORM_COLLECTION]: definitionToCollectionSchema(definition) } },
    seed: { [FORM_COLLECTION]: seed },
  });
  const calls: string[] = [];
  const data = toolbox.data;
  const withImport: typeof data = {
    collection<T>(name: string): CollectionClient<T> {
      const client = data.collection<T>(name);
      if (!answer) return client;
      return {
        ...client,
        exportUrl: (_query, format) => `/export/${name}?format=${format}`,
        importRecords: (file, options) => {
          calls.push(`${(file as File).name} dryRun=${options.dryRun}`);
          return answer(file, options);
        },
      };
    },
  };
  render(
    <ToolboxProvider context={{ ...toolbox, data: withImport }}>
      <FormAppRoot definition={definition} />
    </ToolboxProvider>,
  );
  return { toolbox, calls };
}

const xlsx = (name: string, bytes: number[] = [0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) => new File([new Uint8Array(bytes)], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
const choose = (file: File) => fireEvent.change(screen.getByLabelText(/选择文件/), { target: { files: [file] } });
const openDialog = async () => {
  await screen.findByRole('table');
  fireEvent.click(screen.getByRole('button', { name: '导入' }));
  return screen.getByRole('dialog', { name: '导入困难群众帮扶台账记录' });
};

describe('the 导入 dialog', () => {
  it('keeps its limits equal to the contract’s', () => {
    expect(IMPORT_MAX).toEqual({ bytes: IMPORT_LIMITS.maxBytes, rows: IMPORT_LIMITS.maxRows, photos: IMPORT_LIMITS.maxPhotos });
  });

  it('is not offered where the data API cannot import (the test double alone)', async () => {
    renderWithImport(undefined);
    await screen.findByRole('table');
    expect(screen.queryByRole('button', { name: '导入' })).toBeNull();
  });

  it('on an empty ledger, points to 导入 and offers 导出 Excel as the template (the header row alone)', async () => {
    renderWithImport(async () => report({}), []);
    await screen.findByText('还没有记录');
    expect(screen.getByText(/或“导入”已有的 Excel 台账（先点“导出 Excel”得到模板）/)).toBeDefined();
    const template = screen.getByRole('link', { name: '导出 Excel' });
    await waitFor(() => expect(template.getAttribute('title')).toBe('没有符合的记录：导出的文件只有表头，可以用作导入的模板'));
    expect(template.getAttribute('aria-disabled')).toBeNull();
    expect(screen.getByRole('button', { name: '导入' })).toBeDefined();
  });

  it('explains the file, checks a chosen file at once and lists each problem by line and column; nothing can be imported', async () => {
    const problems: ImportReport['problems'] = Array.from({ length: 200 }, (_, i) => ({ line: i + 2, column: '身份证号', field: 'idNumber', message: `身份证号的校验位不对（第 ${i + 2} 行）` }));
    problems[1] = { line: 3, column: null, field: null, message: '这一行不符合表单的数据格式' };
    const { calls } = renderWithImport(async () => report({ rows: 240, problemCount: 230, problems }));
    const dialog = await openDialog();
    expect(document.activeElement).toBe(screen.getByLabelText('选择文件'));
    expect(dialog.textContent).toContain('第一行写字段名称，与表单字段同名');
    expect(dialog.textContent).toContain('状态按“状态”一列登记，没有这一列或空着的为“待核实”。');
    expect(dialog.textContent).toContain('状态写状态的名称：待核实、帮扶中、已结案、不符合条件');
    expect(dialog.textContent).toContain('户主姓名*、身份证号*、联系电话、住址*');
    expect(within(dialog).getByRole('button', { name: '导入' })).toHaveProperty('disabled', true);

    choose(xlsx('台账.xlsx'));
    const table = await within(dialog).findByRole('table');
    expect(calls).toEqual(['台账.xlsx dryRun=true']);
    expect(dialog.textContent).toContain('读到 240 行数据（Excel 工作簿）');
    expect(dialog.textContent).toContain('Address（即“住址”）');
    expect(dialog.textContent).toContain('状态新记录的状态都是“待核实”');
    expect(dialog.textContent).toContain('所属单位导出文件附带的单位和时间');
    expect(dialog.textContent).toContain('备注表单里没有这个名称的字段');
    expect(within(dialog).getByRole('alert').textContent).toContain('有 230 个问题，这个文件一条也没有导入');
    expect(table.textContent).toContain('共 230 个问题，只显示前 200 个');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(201);
    expect([...rows[1]!.querySelectorAll('td')].map((c) => c.textContent)).toEqual(['第 2 行', '身份证号', '身份证号的校验位不对（第 2 行）']);
    expect([...rows[2]!.querySelectorAll('td')].map((c) => c.textContent)).toEqual(['第 3 行', '整行', '这一行不符合表单的数据格式']);
    const confirm = within(dialog).getByRole('button', { name: '导入 240 条记录' });
    expect(confirm).toHaveProperty('disabled', true);
    expect(dialog.textContent).toContain('改好文件后重新选择，才能导入');
    expect(screen.getByLabelText('重新选择文件')).toBeDefined();
  });

  it('imports a file that fits, closes, says how many, and the list and counts show the new records', async () => {
    let imported = false;
    const { toolbox, calls } = renderWithImport(async (_file, { dryRun }) => {
      if (dryRun) {
        const warnings = [{ line: 3, column: '身份证号', field: 'idNumber', message: '身份证号 310105********2010 已有记录，可能已经导入过' }];
        return report({ format: 'csv', encoding: 'gb18030', warningCount: 1, warnings, repeatRows: 1 });
      }
      const client = toolbox.data.collection(FORM_COLLECTION);
      await client.create(record('居民02'));
      await client.create(record('居民03'));
      imported = true;
      return report({ dryRun: false, imported: 2 });
    });
    const dialog = await openDialog();
    choose(xlsx('台账-改好.csv', [...new TextEncoder().encode('户主姓名\r\n')]));
    await within(dialog).findByText('2 行都符合表单，可以导入。');
    expect(dialog.textContent).toContain('读到 2 行数据（CSV 文件，GBK 编码）');
    // A row that may be a repeat is said, and does not stop the import: the clerk decides.
    expect(dialog.textContent).toContain('有 1 行可能已经在台账里（按身份证号）');
    const repeats = dialog.querySelector('[data-import-warnings] tbody tr');
    expect([...(repeats?.querySelectorAll('td') ?? [])].map((c) => c.textContent)).toEqual(['第 3 行', '身份证号', '身份证号 310105********2010 已有记录，可能已经导入过']);
    fireEvent.click(within(dialog).getByRole('button', { name: '导入 2 条记录' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(imported).toBe(true);
    expect(calls).toEqual(['台账-改好.csv dryRun=true', '台账-改好.csv dryRun=false']);
    expect(toolbox.notices.at(-1)).toEqual({ type: 'success', message: '已导入 2 条记录' });
    expect(toolbox.tracked).toContain('import-records');
    await screen.findByText('居民03');
    await screen.findByRole('button', { name: /^待核实\s*3/ });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '导入' }));
  });

  it('while a long import runs, names its photos, shows the file going up, then how many photos are processed, and counts the seconds from the third', async () => {
    // Only the dialog's interval and clock are faked: testing-library's polling keeps real timers.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    try {
      let finish: (r: ImportReport) => void = () => undefined;
      let progress: ((p: ImportRecordsProgress) => void) | undefined;
      renderWithImport((_file, options) => {
        if (options.dryRun) return Promise.resolve(report({ photos: 3 }));
        progress = options.onProgress;
        return new Promise<ImportReport>((resolve) => (finish = resolve));
      });
      const dialog = await openDialog();
      choose(xlsx('台账-照片.xlsx'));
      fireEvent.click(await within(dialog).findByRole('button', { name: '导入 2 条记录' }));
      await within(dialog).findByText('正在导入 2 条记录和 3 张照片…');
      expect(progress).toBeTypeOf('function');
      // The button says what runs, and cannot be pressed again.
      const busy = within(dialog).getByRole('button', { name: '正在导入…' });
      expect(busy.hasAttribute('disabled')).toBe(true);
      // Before the registry says how far it is, and during a quick import: no bar, no count.
      expect(dialog.querySelector('progress')).toBeNull();
      await act(() => vi.advanceTimersByTimeAsync(2000));
      expect(within(dialog).queryByRole('timer')).toBeNull();

      // A large file on its way: the bytes sent of all, in megabytes, on a bar.
      const MB = 1024 * 1024;
      const [sent, total] = [Math.round(12.3 * MB), 40 * MB];
      act(() => progress?.({ phase: 'uploading', sent, total }));
      within(dialog).getByText('正在上传文件：12.3 / 40.0 MB');
      const upload = within(dialog).getByRole('progressbar', { name: '正在上传文件：12.3 / 40.0 MB' });
      expect([upload.getAttribute('max'), upload.getAttribute('value')]).toEqual([String(total), String(sent)]);
      expect(upload.closest('[aria-live]')).toBeNull();
      act(() => progress?.({ phase: 'uploading', sent: Math.round(31.06 * MB), total }));
      expect(within(dialog).getByRole('progressbar', { name: '正在上传文件：31.1 / 40.0 MB' }).getAttribute('value')).toBe(String(Math.round(31.06 * MB)));
      // Every byte up: the registry checks the file, no bar until it says how many photos are processed.
      act(() => progress?.({ phase: 'uploading', sent: total, total }));
      expect(dialog.querySelector('progress')).toBeNull();
      within(dialog).getByText('文件已上传，正在检查…');
      act(() => progress?.({ phase: 'reading', photos: 0, photosDone: 0 }));
      within(dialog).getByText('文件已上传，正在检查…');
      act(() => progress?.({ phase: 'photos', photos: 3, photosDone: 1 }));
      expect(within(dialog).queryByText('文件已上传，正在检查…')).toBeNull();
      expect(within(dialog).queryByText(/正在上传文件/)).toBeNull();
      const bar = within(dialog).getByRole('progressbar', { name: '照片已处理 1 / 3 张' });
      expect([bar.getAttribute('max'), bar.getAttribute('value')]).toEqual(['3', '1']);
      await act(() => vi.advanceTimersByTimeAsync(1000));
      expect(within(dialog).getByRole('timer').textContent).toBe('已用 3 秒，导入完成前请不要关闭本页。');
      act(() => progress?.({ phase: 'writing', photos: 3, photosDone: 3 }));
      expect(dialog.querySelector('progress')).toBeNull();
      within(dialog).getByText('照片已处理完，正在写入记录…');
      await act(() => vi.advanceTimersByTimeAsync(9000));
      expect(within(dialog).getByRole('timer').textContent).toMatch(/^已用 12 秒/);
      // Neither is read out at each change: they stand outside the live region.
      expect(within(dialog).getByRole('timer').closest('[aria-live]')).toBeNull();
      expect(within(dialog).getByText('照片已处理完，正在写入记录…').closest('[aria-live]')).toBeNull();
      finish(report({ dryRun: false, imported: 2, photos: 3 }));
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    } finally {
      vi.useRealTimers();
    }
  });

  it('asks what becomes of the rows that may be repeats: add, skip or update; each choice is checked again and counted', async () => {
    const asked: (string | undefined)[] = [];
    const warnings = [{ line: 3, column: '身份证号', field: 'idNumber', message: '身份证号 310105********2010 已有记录，可能已经导入过' }];
    const { toolbox } = renderWithImport(async (_file, { dryRun, repeats }) => {
      asked.push(`${dryRun ? 'check' : 'import'} ${repeats}`);
      const counts = { repeatRows: 1, skipped: repeats === 'skip' ? 1 : 0, updated: repeats === 'update' ? 1 : 0 };
      if (dryRun) return report({ rows: 3, warningCount: 1, warnings, ...counts });
      await toolbox.data.collection(FORM_COLLECTION).create(record('居民02'));
      return report({ dryRun: false, rows: 3, imported: 2, warningCount: 1, warnings, ...counts });
    });
    const dialog = await openDialog();
    choose(xlsx('台账.xlsx'));
    const choices = within(await within(dialog).findByRole('group', { name: '这些行怎么办' })).getAllByRole('radio');
    // The ledger holds one record per 身份证号 (matchBy): the first check leaves the repeats out.
    expect(choices.map((c) => (c as HTMLInputElement).checked)).toEqual([false, true, false]);
    expect(within(dialog).getByRole('button', { name: '导入 2 条记录' })).toBeDefined();

    fireEvent.click(within(dialog).getByLabelText(/^仍作为新记录导入/));
    await within(dialog).findByRole('button', { name: '导入 3 条记录' });
    fireEvent.click(within(dialog).getByLabelText(/^更新台账里已有的记录/));
    const confirm = await within(dialog).findByRole('button', { name: '新增 2 条、更新 1 条' });
    fireEvent.click(confirm);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // Each choice is a dry run of its own; the import is made with the last.
    expect(asked).toEqual(['check skip', 'check add', 'check update', 'import update']);
    expect(toolbox.notices.at(-1)).toEqual({ type: 'success', message: '已新增 2 条记录，更新 1 条' });
  });

  it('decides a row on its own: the check counts it, the import keeps it, and a choice for all rows undoes it', async () => {
    const asked: string[] = [];
    const lines = [2, 3, 4];
    // As the registry answers: each warning says what becomes of its row.
    const { toolbox } = renderWithImport(async (_file, { dryRun, repeats = 'add', choices = {} }) => {
      asked.push(`${dryRun ? 'check' : 'import'} ${repeats} ${JSON.stringify(choices)}`);
      const choiceOf = (line: number) => choices[line] ?? repeats;
      const warnings = lines.map((line) => ({ line, column: '身份证号', field: 'idNumber', message: '已有记录', name: `居民${line}`, choice: choiceOf(line) }));
      const counts = { skipped: lines.filter((l) => choiceOf(l) === 'skip').length, updated: lines.filter((l) => choiceOf(l) === 'update').length };
      if (dryRun) return report({ rows: 4, warningCount: 3, warnings, repeatRows: 3, ...counts });
      await toolbox.data.collection(FORM_COLLECTION).create(record('居民02'));
      return report({ dryRun: false, rows: 4, imported: 1, warningCount: 3, warnings, repeatRows: 3, ...counts });
    });
    const dialog = await openDialog();
    choose(xlsx('台账.xlsx'));
    const row3 = await within(dialog).findByRole('combobox', { name: '第 3 行怎么办' });
    // Beside each warning, what becomes of its row: skipped, as the choice for all rows says.
    expect(within(dialog).getAllByRole('combobox').map((s) => (s as HTMLSelectElement).value)).toEqual(['skip', 'skip', 'skip']);
    expect(within(row3 as HTMLElement).getAllByRole('option').map((o) => o.textContent)).toEqual(['新增', '跳过', '更新']);
    expect(within(dialog).getByText(/个别行可以在下表“怎么办”一列单独改/)).toBeDefined();
    // Each row is named as the list names a record (户主姓名), so that the clerk knows whom they decide for.
    const table = dialog.querySelector('[data-import-warnings]') as HTMLElement;
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['行', '户主姓名', '列', '说明', '怎么办']);
    expect([...table.querySelectorAll('tbody tr:first-child td')].slice(0, 2).map((td) => td.textContent)).toEqual(['第 2 行', '居民2']);

    (row3 as HTMLSelectElement).focus();
    fireEvent.change(row3, { target: { value: 'update' } });
    await within(dialog).findByRole('button', { name: '新增 1 条、更新 1 条' });
    // The list stays while the file is checked again: the same select, still focused (a long list keeps its place).
    expect(within(dialog).getByRole('combobox', { name: '第 3 行怎么办' })).toBe(row3);
    expect(document.activeElement).toBe(row3);
    fireEvent.change(within(dialog).getByRole('combobox', { name: '第 4 行怎么办' }), { target: { value: 'add' } });
    await within(dialog).findByRole('button', { name: '新增 2 条、更新 1 条' });
    expect(within(dialog).getAllByRole('combobox').map((s) => (s as HTMLSelectElement).value)).toEqual(['skip', 'update', 'add']);
    // Back to what all rows get: no choice of its own.
    fireEvent.change(within(dialog).getByRole('combobox', { name: '第 4 行怎么办' }), { target: { value: 'skip' } });
    await within(dialog).findByRole('button', { name: '新增 1 条、更新 1 条' });
    // A choice for all rows starts afresh; then one row again, and the import takes it.
    fireEvent.click(within(dialog).getByLabelText(/^仍作为新记录导入/));
    await within(dialog).findByRole('button', { name: '导入 4 条记录' });
    expect(within(dialog).getAllByRole('combobox').map((s) => (s as HTMLSelectElement).value)).toEqual(['add', 'add', 'add']);
    fireEvent.change(within(dialog).getByRole('combobox', { name: '第 2 行怎么办' }), { target: { value: 'skip' } });
    fireEvent.click(await within(dialog).findByRole('button', { name: '导入 3 条记录' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(asked).toEqual([
      'check skip {}',
      'check skip {"3":"update"}',
      'check skip {"3":"update","4":"add"}',
      'check skip {"3":"update"}',
      'check add {}',
      'check add {"2":"skip"}',
      'import add {"2":"skip"}',
    ]);
  });

  it('shows what an older desktop did when it dropped a row’s choice: the choice the import made', async () => {
    // A desktop that predates `choices` sends `repeats` alone: the registry's answer says every row is skipped.
    renderWithImport(async (_file, { repeats = 'add' }) => {
      const warnings = [2, 3].map((line) => ({ line, column: '身份证号', field: 'idNumber', message: '已有记录', choice: repeats }));
      return report({ rows: 3, warningCount: 2, warnings, repeatRows: 2, skipped: repeats === 'skip' ? 2 : 0 });
    });
    const dialog = await openDialog();
    choose(xlsx('台账.xlsx'));
    fireEvent.change(await within(dialog).findByRole('combobox', { name: '第 3 行怎么办' }), { target: { value: 'add' } });
    await within(dialog).findByRole('button', { name: '导入 1 条记录' });
    expect((within(dialog).getByRole('combobox', { name: '第 3 行怎么办' }) as HTMLSelectElement).value).toBe('skip');
  });

  it('starts by adding the repeats on a form that may hold a person more than once (no matchBy)', async () => {
    const { matchBy: _, ...visits } = hardship;
    const asked: (string | undefined)[] = [];
    const warnings = [{ line: 3, column: '身份证号', field: 'idNumber', message: '身份证号 310105********2010 已有记录，可能已经导入过' }];
    renderWithImport(
      async (_file, { dryRun, repeats }) => {
        asked.push(`${dryRun ? 'check' : 'import'} ${repeats}`);
        return report({ rows: 3, warningCount: 1, warnings, repeatRows: 1, skipped: repeats === 'skip' ? 1 : 0 });
      },
      [record('居民01')],
      visits,
    );
    const dialog = await openDialog();
    choose(xlsx('台账.xlsx'));
    const choices = within(await within(dialog).findByRole('group', { name: '这些行怎么办' })).getAllByRole('radio');
    expect(choices.map((c) => (c as HTMLInputElement).checked)).toEqual([true, false, false]);
    expect(within(dialog).getByRole('button', { name: '导入 3 条记录' })).toBeDefined();
    expect(asked).toEqual(['check add']);
  });

  it('names the field repeats are found by: the form’s matchBy (here 联系电话), not always 身份证号', async () => {
    const byPhone = { ...hardship, matchBy: 'phone' };
    const warnings = [{ line: 3, column: '联系电话', field: 'phone', message: '联系电话 13800000000 已有记录' }];
    renderWithImport(async () => report({ rows: 3, warningCount: 1, warnings, repeatRows: 1 }), [record('居民01')], byPhone);
    const dialog = await openDialog();
    choose(xlsx('台账.xlsx'));
    await within(dialog).findByRole('group', { name: '这些行怎么办' });
    expect(dialog.textContent).toContain('有 1 行可能已经在台账里（按联系电话）');
    expect(within(dialog).getByLabelText(/^更新台账里已有的记录/).parentElement?.textContent).toContain('按联系电话找到那一条');
    expect(dialog.textContent).not.toContain('按身份证号');
  });

  it('says when skipping would leave nothing to import, keeps the choice when updating is refused, and lists the defaults', async () => {
    const warnings = [2, 3].map((line) => ({ line, column: '身份证号', field: 'idNumber', message: '已有记录' }));
    const problems = [{ line: 2, column: '身份证号', field: 'idNumber', message: '台账里不止一条记录是这个身份证号，不知道更新哪一条：请逐条修改' }];
    renderWithImport(async (_file, { repeats }) =>
      report({ rows: 2, warningCount: 2, warnings, repeatRows: 2, skipped: repeats === 'skip' ? 2 : 0, defaulted: ['householdSize', 'caseworker', 'registeredOn'], ...(repeats === 'update' ? { problemCount: 1, problems } : {}) }),
    );
    const dialog = await openDialog();
    choose(xlsx('台账.xlsx'));
    fireEvent.click(await within(dialog).findByLabelText('跳过这 2 行，只导入其余的行'));
    await waitFor(() => expect(within(dialog).getByRole('button', { name: '导入 0 条记录' })).toHaveProperty('disabled', true));
    expect(dialog.textContent).toContain('跳过可能重复的行以后，没有要导入的行');
    const defaults = dialog.querySelector('[data-import-defaulted]');
    expect([...(defaults?.querySelectorAll('.fr-import__col') ?? [])].map((c) => c.textContent)).toEqual(['家庭人口：1 人', '责任社工：导入人 张敏', '登记日期：今天']);

    fireEvent.click(within(dialog).getByLabelText(/^更新台账里已有的记录/));
    await within(dialog).findByText('台账里不止一条记录是这个身份证号，不知道更新哪一条：请逐条修改');
    // The choice stays on screen, so that the clerk may import them as new records instead.
    fireEvent.click(within(dialog).getByLabelText(/^仍作为新记录导入/));
    await waitFor(() => expect(within(dialog).getByRole('button', { name: '导入 2 条记录' })).toHaveProperty('disabled', false));
  });

  it('says so when a record to update was deleted meanwhile, in its own words', async () => {
    const warnings = [{ line: 2, column: '身份证号', field: 'idNumber', message: '已有记录' }];
    renderWithImport(async (_file, { dryRun, repeats }) => {
      if (dryRun) return report({ rows: 1, warningCount: 1, warnings, repeatRows: 1, updated: repeats === 'update' ? 1 : 0 });
      throw new ToolboxSdkError('TOOLBOX_DATA_REQUEST_FAILED', [409, 'TOOLBOX_IMPORT_CONFLICT', 'file: the record of r-1 was deleted while the import ran'], [], 409);
    });
    const dialog = await openDialog();
    choose(xlsx('台账.xlsx'));
    fireEvent.click(await within(dialog).findByLabelText(/^更新台账里已有的记录/));
    fireEvent.click(await within(dialog).findByRole('button', { name: '更新 1 条记录' }));
    const said = await within(dialog).findByText(/^有一条要更新的记录刚被别人删除了，这次什么都没有写入/);
    expect(said.closest('[role="alert"]')?.textContent).not.toContain('deleted');
  });

  it('says inline why a file cannot be read: an old .xls before any upload, and the server’s refusal with its message', async () => {
    const { calls } = renderWithImport(async () => {
      throw new ToolboxSdkError('TOOLBOX_DATA_REQUEST_FAILED', [413, 'TOOLBOX_IMPORT_TOO_LARGE', 'file: 工作表“台账”有 6000 行，一次最多读取 5000 行：请分成几个文件'], [], 413);
    });
    const dialog = await openDialog();
    choose(xlsx('旧台账.xls', [0xd0, 0xcf, 0x11, 0xe0, 0, 0]));
    await within(dialog).findByText(/这是旧版 Excel（.xls）文件/);
    expect(within(dialog).getByRole('alert').textContent).toContain('无法读取这个文件');
    expect(calls).toEqual([]);

    choose(xlsx('全街道.xlsx'));
    const alert = await within(dialog).findByText(/文件太大：一次最多导入 40 MB、5,000 行/);
    expect(alert.closest('[role="alert"]')?.textContent).toContain('服务器的说明：工作表“台账”有 6000 行，一次最多读取 5000 行：请分成几个文件');
    expect(within(dialog).getByRole('button', { name: '导入' })).toHaveProperty('disabled', true);

    fireEvent.keyDown(screen.getByLabelText('重新选择文件'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
