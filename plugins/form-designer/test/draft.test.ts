import { checkFormRecord, FIELD_KINDS, FORM_TEMPLATES, formFields, validateDefinition } from '@toolbox/sdk/forms';
import { describe, expect, it } from 'vitest';
import { COALESCE_MS, draftHistory, HISTORY_LIMIT, startHistory } from '../src/draft/draftHistory.ts';
import { addField, addSection, copyField, moveField, removeField, setMatchBy, updateField } from '../src/draft/editDraft.ts';
import { sampleRecords } from '../src/draft/sampleRecords.ts';
import { appIdFor, blankDraft, fromSheet, fromTemplate, nextVersion } from '../src/draft/startDraft.ts';

const who = { user: { id: 'u-maker', name: '孙搭建', role: 'maker' as const }, unit: { id: 'huayanglu-01', name: '华阳居委会', path: ['长宁区', '华阳路街道', '华阳居委会'] } };
const keys = (d: ReturnType<typeof blankDraft>) => formFields(d).map((f) => f.key);

describe('editing a draft', () => {
  it('adds a field of every kind from blank and the result is a valid definition (the status brings a flow)', () => {
    let draft = blankDraft(who);
    for (const kind of FIELD_KINDS) draft = addField(draft, kind).definition;
    const checked = validateDefinition(draft);
    expect(checked.ok, JSON.stringify(!checked.ok && checked.errors)).toBe(true);
    expect(formFields(draft).map((f) => f.kind)).toEqual(['text', ...FIELD_KINDS]);
    expect(draft.flow?.states.map((s) => s.label['zh-CN'])).toEqual(['待处理', '处理中', '已办结']);
    expect(draft.views.list.columns).toContain('status');
    expect(draft.owner.unit).toBe('huayanglu-01');
  });

  it('never reuses a key, even a retired one', () => {
    const draft = { ...blankDraft(who), retired: [{ key: 'number1', kind: 'number' as const, label: { 'zh-CN': '旧' } }] };
    const added = addField(draft, 'number');
    expect(added.key).toBe('number2');
  });

  it('adds after the selected field and moves fields within and across sections', () => {
    let draft = blankDraft(who);
    draft = addField(draft, 'date').definition;
    draft = addField(draft, 'phone', 'text1').definition;
    expect(keys(draft)).toEqual(['text1', 'phone1', 'date1']);
    draft = moveField(draft, 'date1', { section: 0, index: 0 });
    expect(keys(draft)).toEqual(['date1', 'text1', 'phone1']);
    draft = addSection(draft);
    draft = moveField(draft, 'phone1', { section: 1, index: 0 });
    expect(draft.sections.map((s) => s.fields.map((f) => f.key))).toEqual([['date1', 'text1'], ['phone1']]);
  });

  it('removing a field removes it from the views; removing the status removes the flow', () => {
    let draft = addField(addField(blankDraft(who), 'choice').definition, 'status').definition;
    draft = { ...draft, views: { list: { columns: ['text1', 'choice1', 'status'], filters: ['choice1'], sort: { field: 'choice1', direction: 'asc' } } } };
    draft = removeField(draft, 'choice1');
    expect(draft.views.list).toEqual({ columns: ['text1', 'status'], filters: [] });
    draft = removeField(draft, 'status');
    expect(draft.flow).toBeUndefined();
    expect(validateDefinition(draft).ok).toBe(true);
  });

  it('copies a field right after itself with every setting, a key of its own and the label marked; never the status', () => {
    let draft = addField(blankDraft(who), 'choice').definition;
    draft = updateField(draft, 'choice1', { key: 'choice1', kind: 'choice', label: { 'zh-CN': '困难类别', en: 'Category' }, options: ['低保', '低收入'], required: true, help: { 'zh-CN': '按民政认定' } });
    draft = addField(draft, 'status').definition;
    const copied = copyField(draft, 'choice1');
    expect(copied.key).toBe('choice2');
    expect(keys(copied.definition)).toEqual(['text1', 'choice1', 'choice2', 'status']);
    expect(formFields(copied.definition)[2]).toEqual({ key: 'choice2', kind: 'choice', label: { 'zh-CN': '困难类别（副本）', en: 'Category (copy)' }, options: ['低保', '低收入'], required: true, help: { 'zh-CN': '按民政认定' } });
    expect(copied.definition.views).toEqual(draft.views);
    expect(validateDefinition(copied.definition).ok).toBe(true);
    // A retired key is never reused; the status (one flow a form) is not copied.
    expect(copyField({ ...draft, retired: [{ key: 'choice2', kind: 'choice', label: { 'zh-CN': '旧' }, options: ['是'] }] }, 'choice1').key).toBe('choice3');
    expect(copyField(draft, 'status')).toEqual({ definition: draft, key: 'status' });
  });

  it('renaming a key follows it into the views and matchBy; removing the field drops matchBy', () => {
    const draft = { ...blankDraft(who), matchBy: 'text1' };
    const renamed = updateField(draft, 'text1', { ...formFields(draft)[0]!, key: 'elderName' });
    expect(renamed.views.list.columns).toEqual(['elderName']);
    expect(renamed.matchBy).toBe('elderName');
    const withPhone = addField(renamed, 'phone').definition;
    const removed = removeField({ ...withPhone, matchBy: 'phone1' }, 'phone1');
    expect(removed.matchBy).toBeUndefined();
    expect(validateDefinition(removed).ok).toBe(true);
  });

  it('fields named together (matchBy as a list): added in turn, at most three, renamed and removed with their fields', () => {
    let draft = addField(addField(addField(blankDraft(who), 'address').definition, 'phone').definition, 'text').definition;
    for (const key of ['text1', 'address1', 'phone1', 'text2']) draft = setMatchBy(draft, key, true);
    // The fourth is not added: three at most.
    expect(draft.matchBy).toEqual(['text1', 'address1', 'phone1']);
    // Written in format 2, which a list needs (a runtime of format 1 then asks to be upgraded).
    expect(draft.definitionVersion).toBe(2);
    expect(validateDefinition(draft).ok).toBe(true);
    draft = setMatchBy(draft, 'phone1', false);
    expect(draft.matchBy).toEqual(['text1', 'address1']);
    const renamed = updateField(draft, 'text1', { ...formFields(draft)[0]!, key: 'name' });
    expect(renamed.matchBy).toEqual(['name', 'address1']);
    // One left is a plain key, as a definition that names one field has always said.
    const one = removeField(renamed, 'address1');
    expect(one.matchBy).toBe('name');
    // Back to the first format: nothing in it needs more, so older runtimes open it too.
    expect(one.definitionVersion).toBe(1);
    expect(setMatchBy(one, 'name', false).matchBy).toBeUndefined();
    // An address alone needs format 2 as well.
    expect(setMatchBy(blankDraftWithAddress(), 'address1', true)).toMatchObject({ matchBy: 'address1', definitionVersion: 2 });
  });
});

function blankDraftWithAddress() {
  return addField(blankDraft(who), 'address').definition;
}

describe('starting points', () => {
  it('a template becomes the maker unit’s own app, valid as it is', () => {
    for (const template of FORM_TEMPLATES) {
      const draft = fromTemplate(template, who);
      expect(draft.id).toBe(`${template.id}-huayanglu-01`);
      expect(draft.owner).toEqual({ unit: 'huayanglu-01', contact: '孙搭建' });
      expect(validateDefinition(draft).ok).toBe(true);
    }
    expect(appIdFor('Form X', 'unit_9')).toBe('form-x-unit-9');
    expect(nextVersion('1.2.3')).toBe('1.3.0');
  });

  it('the preview’s made-up records pass the form’s own checks', () => {
    for (const template of FORM_TEMPLATES) {
      for (const record of sampleRecords(template, who)) {
        // Photos are left out of the samples; a required photo is the only thing they may miss.
        const problems = checkFormRecord(template, record).filter((p) => formFields(template).find((f) => f.key === p.field)?.kind !== 'photo');
        expect(problems, `${template.id}: ${JSON.stringify(problems)}`).toEqual([]);
      }
    }
  });
});

describe('a draft from a spreadsheet', () => {
  it('is a valid definition named after the file, listing the fields that read well in a column', () => {
    const col = (header: string, samples: string[], filled = samples.length) => ({ header, filled, distinct: new Set(samples).size, samples: [...new Set(samples)] });
    const made = fromSheet(
      {
        rows: 3,
        columns: [
          col('情况说明', ['老人独居，子女在外地，每周需要上门看望一次，了解身体和生活情况，必要时联系社区医生上门。老人有高血压，需要提醒按时服药，家中的燃气灶需要检查。']),
          col('姓名', ['王秀英', '李建军', '赵敏']),
          col('住址', ['8号楼 201室', '3栋 502', '12号楼302室']),
          col('年龄', ['81', '79', '90']),
          col('是否独居', ['是', '否', '是']),
          col('照片', []),
        ],
      },
      '独居老人名单.xlsx',
      who,
    )!;
    const checked = validateDefinition(made.draft);
    expect(checked.ok, JSON.stringify(!checked.ok && checked.errors)).toBe(true);
    expect(made.draft.name).toEqual({ 'zh-CN': '独居老人名单' });
    expect(formFields(made.draft).map((f) => f.kind)).toEqual(['textarea', 'text', 'address', 'number', 'yesno', 'photo']);
    expect(made.draft.views.list).toEqual({ columns: ['text1', 'number1', 'yesno1'], search: ['text1', 'address1'], filters: ['yesno1'] });
    expect(fromSheet({ rows: 0, columns: [col('', [])] }, 'x.csv', who)).toBeUndefined();
  });
});

describe('undo and redo', () => {
  const named = (d: ReturnType<typeof blankDraft>, name: string) => ({ ...d, name: { 'zh-CN': name } });
  it('undoes a step at a time, redoes what was undone, and a new change drops the redo', () => {
    const start = blankDraft(who);
    const added = addField(start, 'number').definition;
    let h = draftHistory(startHistory(start), { type: 'change', draft: added, at: 0 });
    h = draftHistory(h, { type: 'change', draft: named(added, '台账'), group: 'info:', at: 10 });
    h = draftHistory(h, { type: 'undo' });
    expect(h.draft).toBe(added);
    h = draftHistory(h, { type: 'undo' });
    expect(h.draft).toBe(start);
    expect(draftHistory(h, { type: 'undo' })).toBe(h);
    h = draftHistory(h, { type: 'redo' });
    expect(h.draft).toBe(added);
    h = draftHistory(h, { type: 'change', draft: named(added, '另一个'), at: 20 });
    expect(h.future).toEqual([]);
    expect(draftHistory(h, { type: 'redo' })).toBe(h);
  });

  it('makes typing into one field one step, but not across fields or past a pause', () => {
    const start = blankDraft(who);
    let h = startHistory(start);
    for (const [i, name] of ['台', '台账', '台账一'].entries()) h = draftHistory(h, { type: 'change', draft: named(start, name), group: 'info:', at: i * 100 });
    expect(h.past).toEqual([start]);
    h = draftHistory(h, { type: 'change', draft: named(start, '台账一二'), group: 'fields:text1', at: 300 });
    h = draftHistory(h, { type: 'change', draft: named(start, '台账一二三'), group: 'fields:text1', at: 300 + COALESCE_MS });
    expect(h.past.map((d) => d.name['zh-CN'])).toEqual(['新的台账', '台账一', '台账一二']);
  });

  it(`keeps the last ${HISTORY_LIMIT} steps, and a reset (a publish) forgets them`, () => {
    let h = startHistory(blankDraft(who));
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) h = draftHistory(h, { type: 'change', draft: named(h.draft, `名称${i}`), at: i * 5000 });
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0]!.name['zh-CN']).toBe('名称19');
    expect(draftHistory(h, { type: 'reset', draft: h.draft })).toEqual({ draft: h.draft, past: [], future: [] });
  });
});
