import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ApiError } from '@toolbox/sdk/api/client';
import { FORM_TEMPLATES, type FormDefinition, formFields } from '@toolbox/sdk/forms';
import { ToolboxProvider } from '@toolbox/sdk/react';
import { createMockToolbox } from '@toolbox/sdk/testing';
import { afterEach, describe, expect, it } from 'vitest';
import type { SheetColumns } from '@toolbox/sdk/api';
import type { DesignerApi, OwnFormApp } from '../src/api/designerApi.ts';
import { DesignerApp } from '../src/DesignerApp.tsx';

afterEach(cleanup);

/** A registry in memory, answering as the server does (the real one is exercised in host/e2e/makerFlow.test.ts). */
function registry(options: { own?: OwnFormApp; counts?: Map<string, number>; refuse?: ApiError; sheet?: SheetColumns | ApiError } = {}) {
  const published: FormDefinition[] = [];
  const sheetLangs: (string | undefined)[] = [];
  const api: DesignerApi = {
    ownFormApps: async () => (options.own ? [{ id: options.own.id, name: options.own.name }] : []),
    loadFormApp: async () => options.own!,
    publish: async (form) => {
      if (options.refuse) throw options.refuse;
      published.push(form);
      return { status: 'pending', version: form.version };
    },
    affectedRecords: async () => options.counts ?? new Map(),
    sheetColumns: async (_file, _name, lang) => {
      sheetLangs.push(lang);
      if (!options.sheet) throw new Error('no sheet');
      if (options.sheet instanceof ApiError) throw options.sheet;
      return options.sheet;
    },
  };
  return { api, published, sheetLangs };
}

function renderDesigner(api: DesignerApi) {
  const toolbox = createMockToolbox({ user: { id: 'u-maker', name: '孙搭建', role: 'maker' } });
  render(
    <ToolboxProvider context={toolbox}>
      <DesignerApp api={api} />
    </ToolboxProvider>,
  );
}

const ledger = FORM_TEMPLATES.find((t) => t.id === 'hardship-ledger')!;

describe('应用搭建', () => {
  it('starts from a template: its fields in order, previewed by the form runtime', async () => {
    renderDesigner(registry().api);
    fireEvent.click(screen.getAllByRole('button', { name: '用这个模板' })[0]!);
    const items = document.querySelectorAll('.fd-item__label');
    expect([...items].map((i) => i.textContent?.replace(/\s*\*$/, ''))).toEqual(formFields(ledger).map((f) => f.label['zh-CN']));
    const preview = screen.getByRole('region', { name: '预览' });
    expect(within(preview).getByLabelText(/户主姓名/)).toBeTruthy();
  });

  it('shows a problem beside the field it names, and the publish tab lists it', async () => {
    renderDesigner(registry().api);
    fireEvent.click(screen.getByRole('button', { name: '从空白开始' }));
    const props = screen.getByRole('region', { name: '名称' });
    fireEvent.change(within(props).getByLabelText('名称'), { target: { value: '' } });
    const problems = await screen.findAllByRole('alert');
    expect(problems.some((p) => /名称|label/.test(p.textContent ?? ''))).toBe(true);
    expect(document.querySelector('.fd-item--bad')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: /检查并发布/ }));
    expect(screen.getByText(/处需要修改，改好才能发布/)).toBeTruthy();
    expect((screen.getByRole('button', { name: '发布，提交审核' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('starts from a spreadsheet: a field per column of the kind its values read as, and says what it made', async () => {
    const sheet: SheetColumns = {
      format: 'xlsx',
      encoding: null,
      rows: 4,
      columns: [
        { header: '姓名', filled: 4, distinct: 4, samples: ['王秀英', '李建军', '赵敏', '孙丽'] },
        { header: '联系电话', filled: 3, distinct: 3, samples: ['13812345678'] },
        { header: '类别', filled: 4, distinct: 2, samples: ['低保', '特困'] },
        { header: '走访日期', filled: 2, distinct: 2, samples: ['2026/3/5', '2026年3月6日'] },
        { header: '', filled: 1, distinct: 1, samples: ['?'] },
      ],
    };
    renderDesigner(registry({ sheet }).api);
    const input = screen.getByLabelText('从 Excel 表格开始') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['PK'], '低保户台账-2026-03-01.xlsx')] } });
    await screen.findByText(/已按表格的列生成 4 个字段（表中有 4 行记录）/);
    expect(screen.getByText(/没有生成字段的列：（空）/)).toBeTruthy();
    expect([...document.querySelectorAll('.fd-item__label')].map((e) => e.textContent)).toEqual(['姓名 *', '联系电话', '类别 *', '走访日期']);
    expect(screen.getByRole('heading', { level: 2, name: '低保户台账' })).toBeTruthy();
    const preview = screen.getByRole('region', { name: '预览' });
    expect(within(preview).getByLabelText(/走访日期/).getAttribute('type')).toBe('date');
  });

  it('says why a spreadsheet cannot be read, and stays on the start screen', async () => {
    // The server words it in the language the designer asks for: the desktop's.
    const refusal = new ApiError({ statusCode: 400, code: 'TOOLBOX_IMPORT_FILE_INVALID', error: 'Bad Request', message: 'file: 这是旧版 Excel（.xls）文件：请在 Excel 里“另存为” Excel 工作簿（.xlsx）或 CSV 后再上传' });
    const { api, sheetLangs } = registry({ sheet: refusal });
    renderDesigner(api);
    fireEvent.change(screen.getByLabelText('从 Excel 表格开始'), { target: { files: [new File(['x'], '旧表.xls')] } });
    expect(await screen.findByText('无法读取这个表格：这是旧版 Excel（.xls）文件：请在 Excel 里“另存为” Excel 工作簿（.xlsx）或 CSV 后再上传')).toBeTruthy();
    expect(sheetLangs).toEqual(['zh-CN']);
    expect(screen.getByRole('button', { name: '选择表格文件…' })).toBeTruthy();
  });

  it('undoes and redoes changes with the buttons and Ctrl+Z / Ctrl+Y; typing a name is one step', async () => {
    renderDesigner(registry().api);
    fireEvent.click(screen.getByRole('button', { name: '从空白开始' }));
    const undo = screen.getByRole('button', { name: '撤销' }) as HTMLButtonElement;
    const redo = screen.getByRole('button', { name: '重做' }) as HTMLButtonElement;
    expect([undo.disabled, redo.disabled]).toEqual([true, true]);
    const labels = () => [...document.querySelectorAll('.fd-item__label')].map((e) => e.textContent);
    fireEvent.click(screen.getByRole('button', { name: '＋ 数字' }));
    const props = screen.getByRole('region', { name: '数字' });
    for (const value of ['年', '年龄']) fireEvent.change(within(props).getByLabelText('名称'), { target: { value } });
    expect(labels()).toEqual(['名称 *', '年龄']);
    fireEvent.click(undo);
    expect(labels()).toEqual(['名称 *', '数字']);
    fireEvent.click(undo);
    expect(labels()).toEqual(['名称 *']);
    expect(undo.disabled).toBe(true);
    // The shortcuts, from anywhere but a text box (whose own Ctrl+Z undoes its typing).
    fireEvent.keyDown(redo, { key: 'y', ctrlKey: true });
    expect(labels()).toEqual(['名称 *', '数字']);
    fireEvent.keyDown(redo, { key: 'Z', ctrlKey: true, shiftKey: true });
    expect(labels()).toEqual(['名称 *', '年龄']);
    fireEvent.keyDown(document.querySelector('.fd-props input') as HTMLElement, { key: 'z', ctrlKey: true });
    expect(labels()).toEqual(['名称 *', '年龄']);
    fireEvent.keyDown(redo, { key: 'z', ctrlKey: true });
    expect(labels()).toEqual(['名称 *', '数字']);
  });

  it('names a record by a field, or by several together (户主姓名和住址), up to three', async () => {
    renderDesigner(registry().api);
    fireEvent.click(screen.getAllByRole('button', { name: '用这个模板' })[0]!);
    const props = (name: string) => {
      fireEvent.click(screen.getByRole('button', { name: new RegExp(`^${name}`) }));
      const region = screen.getByRole('region', { name });
      return { region, box: within(region).queryByRole('checkbox', { name: '用它识别同一条记录' }) as HTMLInputElement | null };
    };
    // The 困难群众帮扶台账 names its records by 身份证号.
    const id = props('身份证号');
    expect(id.box?.checked).toBe(true);
    expect(id.region.textContent).toContain('台账里每个身份证号只登记一条');
    fireEvent.click(id.box!);
    // A household without a number: its name and address together.
    fireEvent.click(props('户主姓名').box!);
    const name = props('户主姓名');
    expect(name.box?.checked).toBe(true);
    expect(name.region.textContent).toContain('台账里每个户主姓名只登记一条');
    const address = props('住址');
    expect(address.region.textContent).toContain('勾选后与户主姓名一起识别');
    fireEvent.click(address.box!);
    expect(props('住址').region.textContent).toContain('户主姓名和住址都相同的只登记一条');
    expect(props('身份证号').box?.checked).toBe(false);
    // A third, and no more than three.
    fireEvent.click(props('联系电话').box!);
    const full = props('身份证号');
    expect(full.box?.disabled).toBe(true);
    expect(full.region.textContent).toContain('最多用 3 个字段合起来识别记录');
    // A field that cannot name a record has no box.
    expect(props('困难类别').box).toBeNull();
  });

  it('marks a line of text as a person’s name, sorted by surname reading', async () => {
    renderDesigner(registry().api);
    fireEvent.click(screen.getAllByRole('button', { name: '用这个模板' })[0]!);
    fireEvent.click(screen.getByRole('button', { name: /^户主姓名/ }));
    const nameBox = () => within(screen.getByRole('region', { name: '户主姓名' })).getByRole('checkbox', { name: '这一项是人的姓名' }) as HTMLInputElement;
    expect(nameBox().checked).toBe(true);
    expect(screen.getByRole('region', { name: '户主姓名' }).textContent).toContain('曾（zēng）排在 Z');
    fireEvent.click(nameBox());
    fireEvent.click(screen.getByRole('button', { name: /^联系电话/ }));
    fireEvent.click(screen.getByRole('button', { name: /^户主姓名/ }));
    expect(nameBox().checked).toBe(false);
    // Only a line of text can be a name.
    fireEvent.click(screen.getByRole('button', { name: /^身份证号/ }));
    expect(within(screen.getByRole('region', { name: '身份证号' })).queryByRole('checkbox', { name: '这一项是人的姓名' })).toBeNull();
  });

  it('copies the selected field below it and selects the copy', async () => {
    renderDesigner(registry().api);
    fireEvent.click(screen.getByRole('button', { name: '从空白开始' }));
    const props = screen.getByRole('region', { name: '名称' });
    fireEvent.click(within(props).getByRole('button', { name: '复制字段' }));
    await screen.findByRole('region', { name: '名称（副本）' });
    expect([...document.querySelectorAll('.fd-item__label')].map((e) => e.textContent)).toEqual(['名称 *', '名称（副本） *']);
    expect(document.querySelector('.fd-item--selected .fd-item__label')?.textContent).toBe('名称（副本） *');
  });

  it('a removed field needs a decision, with the records it affects; moving its values is what gets published', async () => {
    const v1 = structuredClone({ ...ledger, id: 'hardship-hy' });
    const { api, published } = registry({ own: { id: 'hardship-hy', name: v1.name['zh-CN'], current: v1, latest: v1, latestVersion: '1.0.0', latestStatus: 'approved' }, counts: new Map([['nextVisitOn', 7]]) });
    renderDesigner(api);
    fireEvent.click(await screen.findByRole('button', { name: '修改' }));
    await screen.findByText('正在编辑版本 1.1.0');
    fireEvent.click(screen.getByText('下次回访', { selector: '.fd-item__label' }));
    fireEvent.click(screen.getByRole('button', { name: '删除字段' }));
    fireEvent.click(screen.getByRole('tab', { name: /检查并发布/ }));
    await screen.findByText('（影响 7 条记录）');
    const publish = screen.getByRole('button', { name: '发布，提交审核' }) as HTMLButtonElement;
    expect(publish.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('把旧值迁移到 (nextVisitOn)'), { target: { value: 'registeredOn' } });
    await waitFor(() => expect(publish.disabled).toBe(false));
    fireEvent.click(publish);
    await screen.findByText(/已发布 1.1.0，等待管理员审核/);
    expect(published).toHaveLength(1);
    expect(published[0]!.retired).toEqual([expect.objectContaining({ key: 'nextVisitOn', movedTo: 'registeredOn' })]);
    expect(formFields(published[0]!).some((f) => f.key === 'nextVisitOn')).toBe(false);
  });

  it('words the options in English, one box per option, and a unit; the format rises to 3 with it, and a renamed option drops its wording', async () => {
    // A committee's app from before English options and units: format 1, no wording.
    const v1 = { ...JSON.parse(JSON.stringify(ledger, (key, value) => (key === 'optionsEn' || key === 'unitEn' ? undefined : value))), id: 'hardship-hy', definitionVersion: 1 } as FormDefinition;
    const { api, published } = registry({ own: { id: 'hardship-hy', name: v1.name['zh-CN'], current: v1, latest: v1, latestVersion: '1.0.0', latestStatus: 'approved' } });
    renderDesigner(api);
    fireEvent.click(await screen.findByRole('button', { name: '修改' }));
    await screen.findByText('正在编辑版本 1.1.0');
    fireEvent.click(screen.getByText('困难类别', { selector: '.fd-item__label' }));
    const props = screen.getByRole('region', { name: '困难类别' });
    const summary = within(props).getByText('选项的英文名称（可不填，已填 0/5）');
    expect((summary.parentElement as HTMLDetailsElement).open).toBe(false);
    fireEvent.click(summary);
    fireEvent.change(within(props).getByLabelText('低保家庭'), { target: { value: 'Minimum income' } });
    fireEvent.change(within(props).getByLabelText('临时困难'), { target: { value: 'Temporary' } });
    expect(within(props).getByText('选项的英文名称（可不填，已填 2/5）')).toBeTruthy();
    // 临时困难 becomes 临时性困难: its wording was for the old option and goes with it.
    const options = within(props).getByLabelText('选项（每行一个）');
    fireEvent.change(options, { target: { value: (options as HTMLTextAreaElement).value.replace('临时困难', '临时性困难') } });
    expect(within(props).getByText('选项的英文名称（可不填，已填 1/5）')).toBeTruthy();
    expect((within(props).getByLabelText('临时性困难') as HTMLInputElement).value).toBe('');
    // Clearing a box leaves the list open where the maker is typing.
    fireEvent.change(within(props).getByLabelText('低保家庭'), { target: { value: '' } });
    expect((within(props).getByText('选项的英文名称（可不填，已填 0/5）').parentElement as HTMLDetailsElement).open).toBe(true);
    fireEvent.change(within(props).getByLabelText('低保家庭'), { target: { value: 'Minimum income' } });
    fireEvent.change(options, { target: { value: (options as HTMLTextAreaElement).value.replace('临时性困难', '临时困难') } });
    // A number's unit in English.
    fireEvent.click(screen.getByText('家庭人口', { selector: '.fd-item__label' }));
    fireEvent.change(within(screen.getByRole('region', { name: '家庭人口' })).getByLabelText('英文单位（可不填）'), { target: { value: 'people' } });
    fireEvent.click(screen.getByRole('tab', { name: /检查并发布/ }));
    expect(await screen.findByText('字段“困难类别”的英文选项有改动')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '发布，提交审核' }));
    await screen.findByText(/已发布 1.1.0，等待管理员审核/);
    const category = formFields(published[0]!).find((f) => f.key === 'category');
    expect(category).toMatchObject({ options: ['低保家庭', '低收入家庭', '特困人员', '支出型贫困家庭', '临时困难'], optionsEn: { 低保家庭: 'Minimum income' } });
    expect(formFields(published[0]!).find((f) => f.key === 'householdSize')).toMatchObject({ unit: '人', unitEn: 'people' });
    expect(published[0]!.definitionVersion).toBe(3);
  });

  it('words help, section titles, states, step buttons and the description in English too; editing the Chinese keeps the English', async () => {
    const { api, published } = registry();
    renderDesigner(api);
    fireEvent.click(screen.getAllByRole('button', { name: '用这个模板' })[0]!);
    // A field's help.
    fireEvent.click(screen.getByText('联系电话', { selector: '.fd-item__label' }));
    const phone = screen.getByRole('region', { name: '联系电话' });
    fireEvent.change(within(phone).getByLabelText('填写说明'), { target: { value: '手机或固定电话' } });
    expect((within(phone).getByLabelText('英文说明（可不填）') as HTMLInputElement).value).toBe('Mobile or landline with area code');
    fireEvent.change(within(phone).getByLabelText('英文说明（可不填）'), { target: { value: 'Mobile or landline' } });
    // A section's title.
    expect((screen.getByLabelText('分组英文标题 1') as HTMLInputElement).value).toBe('Household');
    fireEvent.change(screen.getByLabelText('分组英文标题 2'), { target: { value: 'Help given' } });
    // The flow: a state's English name, and a step's button renamed in Chinese keeps its English text.
    fireEvent.click(screen.getByRole('tab', { name: '状态流程' }));
    fireEvent.change(screen.getAllByLabelText('英文名称（可不填）')[0]!, { target: { value: 'To check' } });
    const button = screen.getAllByLabelText('按钮文字（可不填）')[0] as HTMLInputElement;
    expect(button.value).toBe('核实通过，开始帮扶');
    fireEvent.change(button, { target: { value: '核实通过' } });
    expect((screen.getAllByLabelText('英文按钮（可不填）')[0] as HTMLInputElement).value).toBe('Verified: start helping');
    // The description.
    fireEvent.click(screen.getByRole('tab', { name: '基本信息' }));
    fireEvent.change(screen.getByLabelText('英文说明（可不填）'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('tab', { name: /检查并发布/ }));
    fireEvent.click(screen.getByRole('button', { name: '发布，提交审核' }));
    await screen.findByText(/已发布 1.0.0，等待管理员审核/);
    const form = published[0]!;
    expect(formFields(form).find((f) => f.key === 'phone')?.help).toEqual({ 'zh-CN': '手机或固定电话', en: 'Mobile or landline' });
    expect(form.flow?.states[0]?.label).toEqual({ 'zh-CN': '待核实', en: 'To check' });
    expect(form.sections[1]?.title).toEqual({ 'zh-CN': '帮扶情况', en: 'Help given' });
    expect(form.flow?.transitions[0]?.label).toEqual({ 'zh-CN': '核实通过', en: 'Verified: start helping' });
    // An emptied English box is no English at all.
    expect(form.description).toEqual({ 'zh-CN': ledger.description!['zh-CN'] });
  });

  /** Starts from a blank form and publishes it to a registry that refuses with `refuse`. */
  function publishRefused(refuse: ApiError) {
    renderDesigner(registry({ refuse }).api);
    fireEvent.click(screen.getByRole('button', { name: '从空白开始' }));
    fireEvent.click(screen.getByRole('button', { name: '发布…' }));
    fireEvent.click(screen.getByRole('button', { name: '发布，提交审核' }));
  }

  it('says in words why the server refused a publish', async () => {
    publishRefused(new ApiError({ statusCode: 409, code: 'TOOLBOX_FORM_RUNTIME_MISSING', error: 'Conflict', message: 'form runtime "form-runtime" is not published' }));
    expect(await screen.findByText('表单运行器还没有上线，请联系区城运中心管理员。')).toBeTruthy();
    // The title says it all in Chinese: the server's English message is not added under it.
    expect(screen.queryByText(/is not published/)).toBeNull();
  });

  it('words a refusal it has no title for in Chinese too, under the general one', async () => {
    publishRefused(new ApiError({ statusCode: 413, code: 'TOOLBOX_PAYLOAD_TOO_LARGE', error: 'Payload Too Large', message: 'body: over 1048576 bytes' }));
    expect(await screen.findByText('服务器拒绝了这次发布：')).toBeTruthy();
    expect(screen.getByText('提交的内容太大。')).toBeTruthy();
    expect(screen.queryByText(/1048576/)).toBeNull();
  });
});
