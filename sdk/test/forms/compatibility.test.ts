import { describe, expect, it } from 'vitest';
import { compatibility, FORM_TEMPLATES, type FormDefinition, type FormField, retireField, validateDefinition } from '../../src/shared/forms/index.ts';

const v1 = FORM_TEMPLATES[2] as FormDefinition; // 防汛物资清点
const fieldOf = (def: FormDefinition, key: string) => def.sections.flatMap((s) => s.fields).find((f) => f.key === key) as FormField;
/** v1 with its fields changed by `edit` (a deep copy: v1 stays as it is). */
function next(edit: (def: FormDefinition) => void): FormDefinition {
  const copy = structuredClone(v1);
  copy.version = '1.1.0';
  edit(copy);
  return copy;
}
const without = (def: FormDefinition, key: string) => {
  for (const s of def.sections) s.fields = s.fields.filter((f) => f.key !== key);
};

describe('compatibility between two versions of a form', () => {
  it('English wording in another key order is no change; one changed wording is named, and safe', () => {
    const reordered = next((d) => {
      const f = fieldOf(d, 'measure') as { optionsEn: Record<string, string> };
      f.optionsEn = Object.fromEntries(Object.entries(f.optionsEn).reverse());
    });
    expect(compatibility(v1, reordered).changes).toEqual([]);
    const reworded = compatibility(v1, next((d) => ((fieldOf(d, 'measure') as { optionsEn: Record<string, string> }).optionsEn.个 = 'each')));
    expect(reworded.changes).toEqual([expect.objectContaining({ kind: 'optionsReworded', field: 'measure', safe: true })]);
    expect(reworded.changes[0]?.message['zh-CN']).toBe('字段“计量单位”的英文选项有改动');
  });

  it('no change, no pending decision', () => {
    expect(compatibility(v1, next(() => {}))).toEqual({ changes: [], pending: [] });
  });

  it('added fields, relabels, help, added choices, looser limits and a newly required field are safe', () => {
    const after = next((d) => {
      d.sections[0]!.fields.push({ key: 'supplier', kind: 'text', label: { 'zh-CN': '供应单位' } });
      fieldOf(d, 'storage').label = { 'zh-CN': '存放位置' };
      fieldOf(d, 'spec').help = { 'zh-CN': '型号或尺寸' };
      (fieldOf(d, 'item') as { options: string[] }).options.push('应急灯');
      (fieldOf(d, 'condition') as { optionsEn?: Record<string, string> }).optionsEn = { 完好: 'Fine', 需维修: 'Needs repair', 已报废: 'Written off' };
      (fieldOf(d, 'quantity') as { max?: number }).max = 1_000_000;
      (fieldOf(d, 'spec') as { maxLength?: number }).maxLength = 100;
      fieldOf(d, 'expiresOn').required = true;
    });
    const report = compatibility(v1, after);
    expect(report.pending).toEqual([]);
    // In form order.
    expect(report.changes.map((c) => [c.kind, c.field])).toEqual([
      ['choiceAdded', 'item'],
      ['helpChanged', 'spec'],
      ['fieldRelabeled', 'storage'],
      ['optionsReworded', 'condition'],
      ['fieldAdded', 'supplier'],
      ['requiredAdded', 'expiresOn'],
    ]);
    expect(report.changes.every((c) => c.safe)).toBe(true);
  });

  it('a removed field needs a decision: keep read-only or move; either resolves it', () => {
    const after = next((d) => without(d, 'keeperPhone'));
    const report = compatibility(v1, after);
    expect(report.pending).toEqual([expect.objectContaining({ kind: 'fieldRemoved', field: 'keeperPhone', choices: ['keepReadOnly', 'moveTo'] })]);
    expect(report.pending[0]?.message['zh-CN']).toContain('保管人电话');

    const kept = retireField(after, fieldOf(v1, 'keeperPhone'), { action: 'keepReadOnly' });
    expect(validateDefinition(kept).ok).toBe(true);
    expect(compatibility(v1, kept)).toMatchObject({ pending: [], changes: [expect.objectContaining({ kind: 'fieldRetired', field: 'keeperPhone', safe: true })] });

    const moved = retireField(after, fieldOf(v1, 'keeperPhone'), { action: 'moveTo', field: 'notes' });
    expect(validateDefinition(moved).ok).toBe(true);
    expect(compatibility(v1, moved).pending).toEqual([]);
  });

  it('moving values into a field that cannot hold them is refused', () => {
    const after = retireField(next((d) => without(d, 'spec')), fieldOf(v1, 'spec'), { action: 'moveTo', field: 'quantity' });
    expect(compatibility(v1, after).pending).toEqual([expect.objectContaining({ kind: 'badMove', field: 'spec' })]);
  });

  it('a field narrowed in place (kind, options, limits, decimals) needs a new key', () => {
    const after = next((d) => {
      (fieldOf(d, 'condition') as { options: string[] }).options = ['完好', '需维修'];
      (fieldOf(d, 'quantity') as { max?: number }).max = 500;
      (fieldOf(d, 'notes') as { maxLength?: number }).maxLength = 100;
      const spec = fieldOf(d, 'spec') as unknown as { kind: string; options?: string[]; maxLength?: number };
      spec.kind = 'choice';
      spec.options = ['大号', '小号'];
      delete spec.maxLength;
    });
    const report = compatibility(v1, after);
    expect(report.pending.map((c) => [c.kind, c.field, c.choices])).toEqual([
      ['fieldNarrowed', 'spec', ['newKey']],
      ['fieldNarrowed', 'quantity', ['newKey']],
      ['fieldNarrowed', 'condition', ['newKey']],
      ['fieldNarrowed', 'notes', ['newKey']],
    ]);
    expect(report.pending[2]?.message['zh-CN']).toContain('删除了选项：已报废');
  });

  it('a wider kind is safe: phone into a long text', () => {
    const after = next((d) => {
      const phone = fieldOf(d, 'keeperPhone') as unknown as { kind: string };
      phone.kind = 'text';
    });
    expect(compatibility(v1, after).pending).toEqual([]);
  });

  it('a field retired earlier must stay retired: dropping it would lose its values', () => {
    const v2 = retireField(next((d) => without(d, 'keeperPhone')), fieldOf(v1, 'keeperPhone'), { action: 'keepReadOnly' });
    const v3 = { ...structuredClone(v2), version: '1.2.0', retired: [] };
    expect(compatibility(v2, v3).pending).toEqual([expect.objectContaining({ kind: 'fieldRemoved', field: 'keeperPhone' })]);
    expect(compatibility(v2, { ...v2, version: '1.2.0' })).toEqual({ changes: [], pending: [] });
  });

  it('flow states: added and retired are safe, removed needs keeping as retired', () => {
    const before = FORM_TEMPLATES[0] as FormDefinition;
    const added = structuredClone(before);
    added.flow!.states.push({ key: 'transferred', label: { 'zh-CN': '已转介' } });
    added.flow!.transitions.push({ from: 'helping', to: 'transferred' });
    expect(compatibility(before, added)).toMatchObject({ pending: [], changes: [expect.objectContaining({ kind: 'stateAdded', state: 'transferred' })] });

    const removed = structuredClone(before);
    removed.flow!.states = removed.flow!.states.filter((s) => s.key !== 'ineligible');
    removed.flow!.transitions = removed.flow!.transitions.filter((t) => t.from !== 'ineligible' && t.to !== 'ineligible');
    expect(compatibility(before, removed).pending).toEqual([expect.objectContaining({ kind: 'stateRemoved', state: 'ineligible', choices: ['keepState'] })]);

    const retired = structuredClone(before);
    retired.flow!.states = retired.flow!.states.map((s) => (s.key === 'ineligible' ? { ...s, retired: true } : s));
    retired.flow!.transitions = retired.flow!.transitions.filter((t) => t.to !== 'ineligible');
    expect(validateDefinition(retired).ok).toBe(true);
    expect(compatibility(before, retired)).toMatchObject({ pending: [], changes: [expect.objectContaining({ kind: 'stateRetired', state: 'ineligible' })] });
  });
});
