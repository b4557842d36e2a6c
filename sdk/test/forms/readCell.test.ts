// How one spreadsheet cell becomes a field's value: what clerks type in Excel, and what is refused with its reason.
import { describe, expect, it } from 'vitest';
import { type FormField, readCell } from '../../src/shared/forms/index.ts';

const label = { 'zh-CN': '字段', en: 'Field' };
const field = (f: Omit<FormField, 'key' | 'label'> & Record<string, unknown>) => ({ key: 'f', label, ...f }) as FormField;
const value = (f: FormField, text: string) => {
  const parsed = readCell(f, text);
  if ('problem' in parsed) throw new Error(parsed.problem['zh-CN']);
  return parsed.value;
};
const problem = (f: FormField, text: string) => {
  const parsed = readCell(f, text);
  return 'problem' in parsed ? parsed.problem['zh-CN'] : undefined;
};

describe('readCell', () => {
  it('reads dates as clerks write them, and refuses what is not one', () => {
    const date = field({ kind: 'date' });
    for (const text of ['2026-03-05', '2026-3-5', '2026/03/05', '2026.3.5', '2026年3月5日', '２０２６年３月５日', '20260305', '2026-03-05 14:30']) {
      expect(value(date, text), text).toBe('2026-03-05');
    }
    expect(problem(date, '3月5日')).toBe('字段应为日期，如 2026-03-05，读到“3月5日”');
    expect(problem(date, '2026-03-05 下午')).toMatch(/应为日期/);
  });

  it('reads a date and time as Shanghai wall-clock time (UTC+8), to the instant the form stores', () => {
    const at = field({ kind: 'datetime' });
    expect(value(at, '2026-03-05 14:30')).toBe('2026-03-05T06:30:00.000Z');
    expect(value(at, '2026/3/5 8:05:09')).toBe('2026-03-05T00:05:09.000Z');
    expect(value(at, '2026年3月5日 0时15分')).toBe('2026-03-04T16:15:00.000Z');
    expect(value(at, '2026-03-05')).toBe('2026-03-04T16:00:00.000Z');
    expect(problem(at, '2026-03-05 25:00')).toMatch(/应为日期时间/);
  });

  it('reads numbers with separators and the unit, choices and lists folded, yes and no in many forms', () => {
    const n = field({ kind: 'number', unit: '元', decimals: 2 });
    expect(value(n, '1,234.5元')).toBe(1234.5);
    expect(value(n, '－３')).toBe(-3);
    expect(problem(n, '一百')).toBe('字段应为数字，读到“一百”');
    // An English export's unit, or a clerk's, in either case.
    const size = field({ kind: 'number', unit: '人', unitEn: 'people' });
    expect([value(size, '3 people'), value(size, '3 People'), value(size, '3人'), value(size, '3')]).toEqual([3, 3, 3, 3]);
    const c = field({ kind: 'choice', options: ['A类', '低保家庭'] });
    expect(value(c, 'ａ类')).toBe('A类');
    expect(problem(c, '特困')).toBe('字段只能是：A类、低保家庭；读到“特困”');
    const m = field({ kind: 'multichoice', options: ['因病', '因残', '失业'] });
    expect(value(m, '因病、因残；因病 / 失业')).toEqual(['因病', '因残', '失业']);
    // An English export writes an option's English wording: it reads back as the option.
    const worded = field({ kind: 'multichoice', options: ['因病', '其他'], optionsEn: { 因病: 'Illness', 其他: 'Other' } });
    expect(value(worded, 'illness, OTHER')).toEqual(['因病', '其他']);
    const condition = field({ kind: 'choice', options: ['完好', '需维修'], optionsEn: { 完好: 'Good' } });
    expect(value(condition, ' good ')).toBe('完好');
    // The English message names the options as an English reader knows them.
    const refused = readCell(condition, 'Broken');
    expect('problem' in refused && refused.problem).toEqual({ 'zh-CN': '字段只能是：完好、需维修；读到“Broken”', en: 'Field must be one of: Good, 需维修; read "Broken"' });
    const many = readCell(worded, 'Illness, Debt');
    expect('problem' in many && many.problem.en).toBe('Field takes only: Illness, Other; "Debt" is not one of them');
    const yn = field({ kind: 'yesno' });
    expect(['是', 'Y', 'yes', 'TRUE', '1', '√', '有'].map((t) => value(yn, t))).toEqual(Array(7).fill(true));
    expect(['否', 'n', 'No', 'false', '0', '×', '无'].map((t) => value(yn, t))).toEqual(Array(7).fill(false));
    expect(problem(yn, '也许')).toBe('字段应为“是”或“否”，读到“也许”');
  });

  it('reads addresses spaced or joined, and an ID number Excel kept as text; refuses one it stored as a number', () => {
    const a = field({ kind: 'address' });
    expect(value(a, '8号楼 201室')).toEqual({ building: '8号楼', room: '201室' });
    expect(value(a, '8号楼201室')).toEqual({ building: '8号楼', room: '201室' });
    expect(value(a, '12栋3单元502')).toEqual({ building: '12栋', room: '3单元502' });
    expect(problem(a, '五号楼')).toMatch(/应写成“楼号 室号”/);
    const id = field({ kind: 'idcard' });
    expect(value(id, '11010519491231002x')).toBe('11010519491231002X');
    expect(problem(id, '1.10105194912310E+17')).toMatch(/存成了数字，后几位已经丢失/);
  });

  it('refuses a cell too long for its kind before any pattern reads it (a file may hold megabytes in one cell)', () => {
    // Each of these would backtrack for minutes through an unbounded pattern.
    const cases: [FormField, string][] = [
      [field({ kind: 'address' }), '号'.repeat(200_000)],
      [field({ kind: 'number' }), `${'1'.repeat(200_000)}x`],
      [field({ kind: 'datetime' }), `2026-03-05 14:30${' '.repeat(200_000)}x`],
    ];
    for (const [f, text] of cases) expect(problem(f, text)).toBe(`字段的内容太长（${text.length} 个字），请检查这一格`);
    expect(value(field({ kind: 'multichoice', options: ['因病', '因残'] }), Array(300).fill('因病').join('、'))).toEqual(['因病']);
    expect(value(field({ kind: 'textarea' }), '长'.repeat(6000))).toHaveLength(6000);
  });
});
