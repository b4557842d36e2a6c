import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { addDays, type RecordChange, shanghaiDay } from '@toolbox/sdk';
import { FORM_COLLECTION, FORM_TEMPLATES, type FormDefinition, type FormField, idCardCheckCharacter, retireField } from '@toolbox/sdk/forms';
import { afterEach, describe, expect, it } from 'vitest';
import { demoRecords } from '../preview/demoRecords.ts';
import { LEDGER_PRINT_LIMIT } from '../src/LedgerPrint.tsx';
import { renderRuntime, stored } from './renderRuntime.tsx';

afterEach(cleanup);
const hardship = FORM_TEMPLATES[0] as FormDefinition;
const seed = demoRecords['hardship-ledger'] ?? [];
// The 下次回访 an edit types for 王秀英: the day after the one stored (the seed counts from today), so it differs on any day.
const nextVisitOn = addDays(String(seed.find((r) => r.name === '王秀英')?.nextVisitOn), 1);
// The first column of each row (after the box that picks it for 批量办理).
const names = () => screen.getAllByRole('row').slice(1).map((row) => row.querySelector('td:not(.fr-select)')?.textContent);

describe('the list', () => {
  it('on an English screen words the options and units in English (list, filter, form), and stores the options themselves', async () => {
    const toolbox = renderRuntime(hardship, { seed, locale: 'en' });
    await screen.findByRole('table');
    const wang = (await screen.findByRole('cell', { name: '王秀英' })).closest('tr') as HTMLElement;
    expect(within(wang).getByText('Minimum-income household')).toBeTruthy();
    // The filter offers the English wording and filters by the stored option.
    const filter = screen.getByRole('combobox', { name: 'Category' }) as HTMLSelectElement;
    expect([...filter.options].map((o) => [o.value, o.text]).slice(1, 3)).toEqual([
      ['低保家庭', 'Minimum-income household'],
      ['低收入家庭', 'Low-income household'],
    ]);
    fireEvent.change(filter, { target: { value: '低保家庭' } });
    await waitFor(() => expect(names()).toEqual(['王秀英', '吴志强']));
    // The record's page: a multichoice joined with English commas.
    fireEvent.click(screen.getByRole('cell', { name: '王秀英' }));
    // (also in the page's print version)
    expect((await screen.findAllByText('Illness, Elderly living alone')).length).toBeGreaterThan(0);
    // A number with its English unit (unitEn).
    expect(screen.getAllByText('2 people').length).toBeGreaterThan(0);
    fireEvent.click(await screen.findByRole('button', { name: /^Back/ }));
    // The form: a drop-down and check boxes in English; what is saved is the option.
    fireEvent.click(await screen.findByRole('button', { name: 'New' }));
    const category = (await screen.findByLabelText(/^Category/)) as HTMLSelectElement;
    expect([...category.options].map((o) => o.text)).toContain('Person in extreme hardship');
    fireEvent.change(category, { target: { value: '特困人员' } });
    expect(screen.getByLabelText(/^Household size/).parentElement?.textContent).toBe('people');
    const causes = screen.getByRole('group', { name: /^Causes/ });
    fireEvent.click(within(causes).getByRole('checkbox', { name: 'Disability' }));
    expect(within(causes).queryByRole('checkbox', { name: '因残' })).toBeNull();
    fireEvent.change(screen.getByLabelText(/^Head of household/), { target: { value: '冯小红' } });
    fireEvent.change(screen.getByLabelText(/^ID number/), { target: { value: `31010519600101201${idCardCheckCharacter('31010519600101201')}` } });
    fireEvent.change(screen.getByLabelText('Building'), { target: { value: '7号楼' } });
    fireEvent.change(screen.getByLabelText('Room'), { target: { value: '301室' } });
    fireEvent.change(screen.getByLabelText(/^Needs/), { target: { value: '独居，需要上门关爱。' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await stored(toolbox)).find((r) => r.name === '冯小红')).toMatchObject({ category: '特困人员', causes: ['因残'] }));
  });

  it('shows the definition’s columns, newest registration first, with counts by state', async () => {
    renderRuntime(hardship, { seed });
    await screen.findByRole('table');
    // After the box that picks the page's rows for 批量办理.
    const [box, ...headers] = screen.getAllByRole('columnheader');
    expect(within(box!).getByRole('checkbox', { name: '选择本页全部记录' })).toBeTruthy();
    expect(headers.map((h) => h.textContent?.replace(/[▲▼⇅]|升序|降序|未排序/g, ''))).toEqual(['户主姓名', '困难类别', '住址', '责任社工', '登记日期', '下次回访', '状态']);
    await waitFor(() => expect(names()).toEqual(['王秀英', '李建军', '赵桂芳', '周国平', '孙美华', '吴志强', '郑丽娟', '钱德胜']));
    const counts = screen.getByRole('group', { name: '状态' });
    expect(within(counts).getAllByRole('button').map((b) => b.textContent)).toEqual(['全部8', '待核实2', '帮扶中3', '已结案2', '不符合条件1']);
  });

  it('filters by a state (from the counts), by a choice, and searches the search fields', async () => {
    renderRuntime(hardship, { seed });
    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('button', { name: '帮扶中3' }));
    await waitFor(() => expect(names()).toEqual(['王秀英', '赵桂芳', '吴志强']));
    expect(await screen.findByText('共 8 条，符合 3 条')).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: '困难类别' }), { target: { value: '低保家庭' } });
    await waitFor(() => expect(names()).toEqual(['王秀英', '吴志强']));
    fireEvent.click(screen.getByRole('button', { name: '清除筛选' }));
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: '12号楼' } });
    await waitFor(() => expect(names()).toEqual(['赵桂芳']));
    // A 身份证号 is found by its full number, though lists never show it whole.
    const zhao = String(seed[2]?.idNumber);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: zhao } });
    await waitFor(() => expect(names()).toEqual(['赵桂芳']));
    expect(document.body.textContent).not.toContain(zhao);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: '没有这个人' } });
    expect(await screen.findByText('没有符合条件的记录')).toBeTruthy();
  });

  it('filters a date range and sorts by a clicked column', async () => {
    renderRuntime(hardship, { seed });
    await screen.findByRole('table');
    // The demo records are registered 2 to 37 days ago (counted from today): 赵桂芳 7, 周国平 10, 孙美华 16.
    fireEvent.change(screen.getByLabelText('登记日期 从'), { target: { value: addDays(shanghaiDay(), -16) } });
    fireEvent.change(screen.getByLabelText('至'), { target: { value: addDays(shanghaiDay(), -7) } });
    await waitFor(() => expect(names()).toEqual(['赵桂芳', '周国平', '孙美华']));
    fireEvent.click(screen.getByRole('button', { name: /户主姓名/ }));
    expect(screen.getByRole('columnheader', { name: /户主姓名/ }).getAttribute('aria-sort')).toBe('ascending');
    // By pinyin (sun, zhao, zhou), as the server sorts on both engines; code point order would be 周 孙 赵.
    await waitFor(() => expect(names()).toEqual(['孙美华', '赵桂芳', '周国平']));
  });

  it('pages through more records than a page holds', async () => {
    const many = Array.from({ length: 45 }, (_, i) => ({ ...seed[0], name: `居民${String(i + 1).padStart(2, '0')}`, registeredOn: '2026-11-01' }));
    renderRuntime(hardship, { seed: many });
    await screen.findByRole('table');
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(21));
    expect(await screen.findByText('第 1 / 3 页')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '下一页' }));
    fireEvent.click(screen.getByRole('button', { name: '下一页' }));
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(6));
    expect((screen.getByRole('button', { name: '下一页' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('打印登记表 and 打印台账', () => {
  it('prints each record of the list’s page as its 登记表, masked, and takes the sheets away afterwards', async () => {
    const sheets: string[][] = [];
    const print = window.print;
    window.print = () => sheets.push([...document.querySelectorAll('[data-record-print] .fr-print__table')].map((t) => t.textContent ?? ''));
    try {
      const toolbox = renderRuntime(hardship, { seed });
      await screen.findByRole('table');
      fireEvent.change(screen.getByRole('combobox', { name: '困难类别' }), { target: { value: '低保家庭' } });
      await waitFor(() => expect(names()).toEqual(['王秀英', '吴志强']));
      fireEvent.click(screen.getByRole('button', { name: '打印登记表' }));
      await waitFor(() => expect(sheets).toHaveLength(1));
      // The two records the filter left, in the list's order, each on a sheet of its own.
      expect(sheets[0]).toHaveLength(2);
      expect(sheets[0]?.[0]).toContain('户主姓名王秀英');
      expect(sheets[0]?.[1]).toContain('户主姓名吴志强');
      expect(sheets[0]?.join('')).not.toContain(String(seed[0]?.idNumber));
      expect(document.querySelectorAll('[data-record-print]')).toHaveLength(0);
      expect(toolbox.tracked).toContain('print-records');
    } finally {
      window.print = print;
    }
  });

  /** What 打印台账 lays out at the moment the browser prints: the sheet's lines, header first, and its other words. */
  const catchLedger = () => {
    const caught: { rows: string[][]; text: string }[] = [];
    window.print = () => {
      const sheet = document.querySelector('[data-ledger-print]');
      caught.push({ rows: [...(sheet?.querySelectorAll('tr') ?? [])].map((tr) => [...tr.children].map((c) => c.textContent ?? '')), text: sheet?.textContent ?? '' });
    };
    return caught;
  };

  it('prints every record the filters select as one ledger, not only the list’s page, numbered in the list’s order', async () => {
    const print = window.print;
    const caught = catchLedger();
    try {
      // 45 records over three pages of the list; 30 of them 低保家庭.
      const many = Array.from({ length: 45 }, (_, i) => ({ ...seed[0], name: `居民${String(i + 1).padStart(2, '0')}`, category: i % 3 === 2 ? '特困人员' : '低保家庭', registeredOn: '2026-11-01' }));
      const toolbox = renderRuntime(hardship, { seed: many });
      await screen.findByText('第 1 / 3 页');
      fireEvent.change(screen.getByRole('combobox', { name: '困难类别' }), { target: { value: '低保家庭' } });
      fireEvent.click(screen.getByRole('button', { name: /户主姓名/ }));
      await waitFor(() => expect(names()[0]).toBe('居民01'));
      expect(screen.getByRole('button', { name: '打印台账' }).getAttribute('title')).toContain('全部 30 条');
      fireEvent.click(screen.getByRole('button', { name: '打印台账' }));
      await waitFor(() => expect(caught).toHaveLength(1));
      const [header, ...rows] = caught[0]!.rows;
      expect(header).toEqual(['序号', '户主姓名', '困难类别', '住址', '责任社工', '登记日期', '下次回访', '状态']);
      expect(rows).toHaveLength(30);
      const expected = many.filter((r) => r.category === '低保家庭').map((r) => r.name);
      expect(rows.map((r) => r[1])).toEqual(expected);
      expect(rows.map((r) => r[0])).toEqual(expected.map((_, i) => String(i + 1)));
      // The state in words, the 身份证号 nowhere; what the paper holds is said above the table.
      expect(rows[0]?.[7]).toBe('帮扶中');
      expect(caught[0]!.text).not.toContain(String(seed[0]?.idNumber));
      for (const words of ['困难群众帮扶台账', '填报单位：华阳居委会', '共 30 条', '筛选条件：困难类别：低保家庭', '打印时间', '制表人（签字）：', '审核人（签字）：']) expect(caught[0]!.text).toContain(words);
      // Gone once printed; the list is as it was.
      expect(document.querySelector('[data-ledger-print]')).toBeNull();
      expect(names()[0]).toBe('居民01');
      expect(toolbox.tracked).toContain('print-ledger');
    } finally {
      window.print = print;
    }
  });

  it('refuses more than it can print at once, and says what to do instead', async () => {
    const print = window.print;
    const caught = catchLedger();
    try {
      const many = Array.from({ length: LEDGER_PRINT_LIMIT + 1 }, (_, i) => ({ ...seed[0], name: `居民${i + 1}`, registeredOn: '2026-11-01' }));
      const toolbox = renderRuntime(hardship, { seed: many });
      await screen.findByRole('table');
      fireEvent.click(await screen.findByRole('button', { name: '打印台账' }));
      await waitFor(() => expect(toolbox.notices.at(-1)).toEqual({ type: 'warning', message: `筛选出 ${LEDGER_PRINT_LIMIT + 1} 条记录，一次最多打印 ${LEDGER_PRINT_LIMIT} 条：请先用筛选缩小范围，或导出 Excel` }));
      expect(caught).toHaveLength(0);
      expect(toolbox.tracked).not.toContain('print-ledger');
    } finally {
      window.print = print;
    }
  });
});

describe('批量办理', () => {
  const pick = (name: string) => fireEvent.click(screen.getByRole('checkbox', { name: `选择“${name}”` }));
  const bulk = () => screen.getByRole('group', { name: '批量办理' });

  it('takes a step for every picked record after asking, each written and noted as on its own page', async () => {
    const toolbox = renderRuntime(hardship, { seed });
    await waitFor(() => expect(names()).toContain('郑丽娟'));
    expect(screen.queryByRole('group', { name: '批量办理' })).toBeNull();
    pick('李建军');
    pick('郑丽娟');
    expect(within(bulk()).getByText('已选 2 条')).toBeTruthy();
    // Both 待核实: the steps from there, no more.
    expect(within(bulk()).getAllByRole('button').map((b) => b.textContent)).toEqual(['核实通过，开始帮扶', '不符合条件', '取消选择']);
    fireEvent.click(within(bulk()).getByRole('button', { name: '核实通过，开始帮扶' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('对所选的 2 条记录办理“核实通过，开始帮扶”？');
    expect(dialog.textContent).toContain('这些记录都将转为“帮扶中”');
    fireEvent.click(within(dialog).getByRole('button', { name: '办理 2 条' }));
    await waitFor(() => expect(toolbox.notices.at(-1)).toEqual({ type: 'success', message: '已把 2 条记录转为“帮扶中”' }));
    const byName = new Map((await stored(toolbox)).map((r) => [r.name, r.status]));
    expect([byName.get('李建军'), byName.get('郑丽娟')]).toEqual(['helping', 'helping']);
    // Nothing else moved; the picks are cleared and the counts read again.
    expect(byName.get('周国平')).toBe('closed');
    await waitFor(() => expect(screen.queryByRole('group', { name: '批量办理' })).toBeNull());
    expect(await screen.findByRole('button', { name: /^帮扶中\s*5/ })).toBeTruthy();
    expect(toolbox.tracked).toContain('move-records');
  });

  it('offers only the steps every picked record may take, none for records in different states, and none a role may not take', async () => {
    renderRuntime(hardship, { seed });
    await waitFor(() => expect(names()).toContain('王秀英'));
    pick('王秀英');
    pick('赵桂芳');
    expect(within(bulk()).getAllByRole('button').map((b) => b.textContent)).toEqual(['结案', '取消选择']);
    pick('李建军');
    expect(within(bulk()).getByText('所选记录没有共同可办理的步骤（状态不同，或您没有权限）')).toBeTruthy();
    fireEvent.click(within(bulk()).getByRole('button', { name: '取消选择' }));
    expect(screen.queryByRole('group', { name: '批量办理' })).toBeNull();
    // 重新开启 is for admins: staff who pick closed records are offered nothing.
    pick('周国平');
    pick('钱德胜');
    expect(within(bulk()).getByText('所选记录没有共同可办理的步骤（状态不同，或您没有权限）')).toBeTruthy();
    // The box for the whole page picks every row, and again clears them.
    fireEvent.click(screen.getByRole('checkbox', { name: '选择本页全部记录' }));
    expect(within(bulk()).getByText('已选 8 条')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: '选择本页全部记录' }));
    expect(screen.queryByRole('group', { name: '批量办理' })).toBeNull();
  });

  it('says how many were not moved when some steps fail, and opens no record when a box is clicked', async () => {
    const toolbox = renderRuntime(hardship, { seed });
    await waitFor(() => expect(names()).toContain('李建军'));
    pick('李建军');
    expect(screen.getByRole('checkbox', { name: '选择“李建军”' })).toBeTruthy();
    expect(screen.queryByRole('group', { name: '办理' })).toBeNull();
    pick('郑丽娟');
    // Someone else deleted 郑丽娟's record meanwhile: that one step fails, the other is taken.
    const client = toolbox.data.collection(FORM_COLLECTION);
    const zheng = (await client.list()).find((r) => (r.data as { name?: string }).name === '郑丽娟')!;
    await client.remove(zheng.id);
    fireEvent.click(within(bulk()).getByRole('button', { name: '不符合条件' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '办理 2 条' }));
    await waitFor(() => expect(toolbox.notices.at(-1)?.type).toBe('warning'));
    expect(toolbox.notices.at(-1)?.message).toBe('1 条已转为“不符合条件”，1 条没有办理：这条记录不存在，或已被别人删除。');
    expect((await stored(toolbox)).find((r) => r.name === '李建军')?.status).toBe('ineligible');
  });
});

describe('the status flow', () => {
  const openRecord = async (name: string) => {
    fireEvent.click(await screen.findByRole('cell', { name }));
    return screen.findByRole('group', { name: '办理' });
  };

  it('offers staff only the steps the flow allows from the record’s state, and moves it', async () => {
    const toolbox = renderRuntime(hardship, { seed });
    const steps = await openRecord('李建军');
    expect(within(steps).getAllByRole('button').map((b) => b.textContent)).toEqual(['核实通过，开始帮扶', '不符合条件']);
    fireEvent.click(within(steps).getByRole('button', { name: '核实通过，开始帮扶' }));
    await waitFor(async () => expect((await stored(toolbox)).find((r) => r.name === '李建军')?.status).toBe('helping'));
    expect(toolbox.notices.at(-1)).toEqual({ type: 'success', message: '已转为“帮扶中”' });
    expect(within(screen.getByRole('group', { name: '办理' })).getAllByRole('button').map((b) => b.textContent)).toEqual(['结案']);
  });

  it('keeps a step limited to admins from staff, and offers it to an admin', async () => {
    renderRuntime(hardship, { seed });
    expect(within(await openRecord('周国平')).queryAllByRole('button')).toEqual([]);
    expect(screen.getByText('当前状态下您没有可办理的操作')).toBeTruthy();
    cleanup();
    renderRuntime(hardship, { seed, user: { role: 'admin' } });
    expect(within(await openRecord('周国平')).getAllByRole('button').map((b) => b.textContent)).toEqual(['重新开启']);
  });

  it('edits a record without touching its state', async () => {
    const toolbox = renderRuntime(hardship, { seed });
    await openRecord('王秀英');
    fireEvent.click(screen.getByRole('button', { name: '修改' }));
    fireEvent.change(await screen.findByLabelText('下次回访'), { target: { value: nextVisitOn } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await screen.findByRole('group', { name: '办理' });
    expect((await stored(toolbox)).find((r) => r.name === '王秀英')).toMatchObject({ nextVisitOn, status: 'helping', caseworker: { id: 'u-staff', name: '张敏' } });
  });
});

describe('a record made under an earlier version', () => {
  it('shows a retired field read-only and keeps its value through an edit', async () => {
    const phone = hardship.sections[0]?.fields.find((f) => f.key === 'phone');
    const v2 = retireField(
      { ...hardship, version: '1.1.0', sections: hardship.sections.map((s) => ({ ...s, fields: s.fields.filter((f) => f.key !== 'phone') })) },
      phone as FormField,
      { action: 'keepReadOnly' },
    );
    const toolbox = renderRuntime(v2, { seed: [seed[0] ?? {}] });
    fireEvent.click(await screen.findByRole('cell', { name: '王秀英' }));
    const earlier = await screen.findByRole('region', { name: '历史字段（旧版本填写，只读）' });
    expect(within(earlier).getByText('13816620458')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '修改' }));
    expect(screen.queryByLabelText('联系电话')).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: '保存' }));
    await screen.findByRole('group', { name: '办理' });
    expect((await stored(toolbox))[0]).toMatchObject({ name: '王秀英', phone: '13816620458' });
  });
});

describe('a form that holds one record per 身份证号 (matchBy)', () => {
  const idOf = (name: string) => String(seed.find((r) => r.name === name)?.idNumber);
  const pause = () => new Promise((resolve) => setTimeout(resolve, 500));

  it('warns, as a 身份证号 the ledger has is typed, whose record it is, and opens it', async () => {
    renderRuntime(hardship, { seed });
    fireEvent.click(await screen.findByRole('button', { name: '新增' }));
    const input = await screen.findByLabelText(/^身份证号/);
    // Half a number, and then a number nobody has: no warning.
    fireEvent.change(input, { target: { value: idOf('王秀英').slice(0, 10) } });
    fireEvent.change(input, { target: { value: '110101199003071235'.slice(0, 17) + '9' } });
    await pause();
    expect(screen.queryByText(/台账里已有/)).toBeNull();

    fireEvent.change(input, { target: { value: idOf('王秀英') } });
    const title = await screen.findByText(`台账里已有身份证号是 ${idOf('王秀英').slice(0, 6)}********${idOf('王秀英').slice(-4)} 的记录`);
    const notice = title.closest('[role="alert"]') as HTMLElement;
    expect(notice.textContent).toMatch(/王秀英，\d{4}-\d{2}-\d{2} 登记/);
    expect(notice.textContent).toContain('同一个身份证号只登记一条');
    fireEvent.click(within(notice).getByRole('button', { name: '打开已有的记录' }));
    await screen.findByRole('group', { name: '办理' });
    expect(await screen.findByRole('heading', { level: 2, name: '王秀英' })).toBeTruthy();
  });

  it('does not warn of the record itself on an edit, warns of another’s number, and saves all the same', async () => {
    const toolbox = renderRuntime(hardship, { seed });
    fireEvent.click(await screen.findByRole('cell', { name: '王秀英' }));
    fireEvent.click(await screen.findByRole('button', { name: '修改' }));
    const input = await screen.findByLabelText(/^身份证号/);
    // Another field changed too, so the save is a real edit.
    fireEvent.change(screen.getByLabelText('下次回访'), { target: { value: nextVisitOn } });
    await pause();
    expect(screen.queryByText(/台账里已有/)).toBeNull();
    fireEvent.change(input, { target: { value: idOf('李建军') } });
    const notice = (await screen.findByText(/^台账里已有身份证号是/)).closest('[role="alert"]') as HTMLElement;
    expect(notice.textContent).toContain('李建军');
    // A warning, not a refusal: the clerk may know better.
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await screen.findByRole('group', { name: '办理' });
    expect((await stored(toolbox)).filter((r) => r.idNumber === idOf('李建军')).map((r) => r.name).sort()).toEqual(['李建军', '王秀英']);
  });

  it('warns by several fields together (户主姓名和住址) once all are typed, under the last of them', async () => {
    renderRuntime({ ...hardship, matchBy: ['name', 'address'] }, { seed });
    fireEvent.click(await screen.findByRole('button', { name: '新增' }));
    fireEvent.change(await screen.findByLabelText(/^户主姓名/), { target: { value: '王秀英' } });
    // Her name with another address, and then half her address, are not her record.
    fireEvent.change(screen.getByLabelText('楼号'), { target: { value: '9号楼' } });
    fireEvent.change(screen.getByLabelText('室号'), { target: { value: '201室' } });
    await pause();
    expect(screen.queryByText(/台账里已有/)).toBeNull();
    fireEvent.change(screen.getByLabelText('楼号'), { target: { value: '8号楼' } });
    fireEvent.change(screen.getByLabelText('室号'), { target: { value: '' } });
    await pause();
    expect(screen.queryByText(/台账里已有/)).toBeNull();
    fireEvent.change(screen.getByLabelText('室号'), { target: { value: '201室' } });
    const notice = (await screen.findByText('台账里已有户主姓名和住址是 王秀英、8号楼 201室 的记录')).closest('[role="alert"]') as HTMLElement;
    expect(notice.textContent).toContain('户主姓名和住址都相同的只登记一条');
    // Under the address (the last of the two), not under the name.
    expect(screen.getByRole('group', { name: /住址/ }).compareDocumentPosition(notice) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    fireEvent.click(within(notice).getByRole('button', { name: '打开已有的记录' }));
    expect(await screen.findByRole('heading', { level: 2, name: '王秀英' })).toBeTruthy();
  });

  it('says nothing on a form without matchBy, where a person may have many records', async () => {
    const { matchBy: _, ...visits } = hardship;
    renderRuntime(visits, { seed });
    fireEvent.click(await screen.findByRole('button', { name: '新增' }));
    fireEvent.change(await screen.findByLabelText(/^身份证号/), { target: { value: idOf('王秀英') } });
    await pause();
    expect(screen.queryByText(/台账里已有/)).toBeNull();
  });
});

describe('修改记录 on a record’s page', () => {
  const change = (minute: number, action: RecordChange['action'], fields: string[] = [], fromState: string | null = null, toState: string | null = null, name = '王芳') => ({
    at: `2026-03-02T02:${String(minute).padStart(2, '0')}:00.000Z`,
    by: { id: 'u-1', name },
    action,
    fields,
    fromState,
    toState,
  });

  it('lists who made and changed the record, when and what, in words, newest first; five until asked for all', async () => {
    const asked: string[] = [];
    const items = [
      change(9, 'update'),
      change(8, 'import-update', ['phone', 'householdSize']),
      change(7, 'update', ['status', 'amount'], 'pending', 'helping', '陈静'),
      change(6, 'update', ['address', 'phone', 'gone']),
      change(5, 'update', ['status'], 'helping', 'closed'),
      change(4, 'import-update'),
      change(1, 'create', [], null, 'pending'),
    ];
    renderRuntime(hardship, {
      seed,
      history: async (id) => {
        asked.push(id);
        return { items, total: 7 };
      },
    });
    fireEvent.click(await screen.findByRole('cell', { name: '王秀英' }));
    const card = (await screen.findByText('修改记录')).closest('.fr-history') as HTMLElement;
    await within(card).findByText('保存（没有改动）');
    const lines = () => [...card.querySelectorAll('li')].map((li) => [...li.children].map((c) => c.textContent).join(' | '));
    expect(lines()).toEqual([
      '2026-03-02 10:09 | 王芳 | 保存（没有改动）',
      '2026-03-02 10:08 | 王芳 | 导入更新：联系电话、家庭人口',
      '2026-03-02 10:07 | 陈静 | 办理：待核实 → 帮扶中；修改：救助金额',
      '2026-03-02 10:06 | 王芳 | 修改：住址、联系电话、gone',
      '2026-03-02 10:05 | 王芳 | 办理：帮扶中 → 已结案',
    ]);
    fireEvent.click(within(card).getByRole('button', { name: '显示全部 7 条' }));
    expect(lines().slice(5)).toEqual(['2026-03-02 10:04 | 王芳 | 导入（没有改动）', '2026-03-02 10:01 | 王芳 | 新增（待核实）']);
    expect(asked).toHaveLength(1);

    // A step in the flow changes the record: its history is read again.
    fireEvent.click(screen.getByRole('button', { name: '结案' }));
    await waitFor(() => expect(asked).toHaveLength(2));
  });

  it('reads in English with English punctuation', async () => {
    const items = [change(7, 'update', ['status', 'amount'], 'pending', 'helping'), change(2, 'import', [], null, 'pending'), change(1, 'create', [], null, 'pending')];
    renderRuntime(hardship, { seed, locale: 'en', history: async () => ({ items, total: 3 }) });
    fireEvent.click(await screen.findByRole('cell', { name: '王秀英' }));
    const card = (await screen.findByText('Changes')).closest('.fr-history') as HTMLElement;
    await waitFor(() => expect(card.querySelectorAll('li')).toHaveLength(3));
    const what = [...card.querySelectorAll('li')].map((li) => li.lastElementChild?.textContent);
    expect(what).toEqual(['Moved: To verify → Being helped; Changed: Amount', 'Added by import (To verify)', 'Added (To verify)']);
  });

  it('says so when the history cannot be read or is empty, and has no card where the desktop cannot read one', async () => {
    renderRuntime(hardship, { seed, history: async () => Promise.reject(new Error('offline')) });
    fireEvent.click(await screen.findByRole('cell', { name: '王秀英' }));
    expect(await screen.findByText('修改记录暂时读不出来，请稍后刷新。')).toBeTruthy();
    cleanup();
    // A record entered before the registry noted changes has none.
    renderRuntime(hardship, { seed, history: async () => ({ items: [], total: 0 }) });
    fireEvent.click(await screen.findByRole('cell', { name: '王秀英' }));
    expect(await screen.findByText(/^没有修改记录：/)).toBeTruthy();
    cleanup();
    renderRuntime(hardship, { seed });
    fireEvent.click(await screen.findByRole('cell', { name: '王秀英' }));
    await screen.findByRole('group', { name: '办理' });
    expect(screen.queryByText('修改记录')).toBeNull();
  });
});
