import { createAjv } from '../../src/shared/createAjv.ts';
import { describe, expect, it } from 'vitest';
import { definitionVersionFor, FORM_DEFINITION_VERSION, FORM_LIMITS, FORM_TEMPLATES, fieldLabels, formDefinitionSchema, type FormDefinition, matchFields, matchKeys, matchText, optionLabel, unitLabel, validateDefinition } from '../../src/shared/forms/index.ts';

const ajvValidate = createAjv().compile(formDefinitionSchema);
const hardship = FORM_TEMPLATES[0] as FormDefinition;
/** A template copy changed by `edit`, as plain JSON (what a designer or a client would send). */
// biome-ignore lint/suspicious/noExplicitAny: the tests break definitions on purpose, in ways the types forbid.
type Loose = any;
function variant(edit: (def: Loose) => void): unknown {
  const copy: Loose = structuredClone(hardship);
  edit(copy);
  return copy;
}
/** A variant of the template in the first format: nothing worded in English (`optionsEn`, `unitEn` need format 3). */
function format1(edit: (def: Loose) => void): unknown {
  return variant((d) => {
    for (const field of d.sections.flatMap((s: Loose) => s.fields)) {
      delete field.optionsEn;
      delete field.unitEn;
    }
    d.definitionVersion = 1;
    edit(d);
  });
}
function refused(value: unknown) {
  const result = validateDefinition(value);
  if (result.ok) throw new Error('expected the definition to be refused');
  return result.errors;
}

describe('the three templates', () => {
  it.each(FORM_TEMPLATES.map((t) => [t.name['zh-CN'], t] as const))('%s is a valid definition on both checks', (_, template) => {
    expect(validateDefinition(template)).toEqual({ ok: true, definition: template });
    expect(ajvValidate(template), JSON.stringify(ajvValidate.errors)).toBe(true);
  });
  it('the first two have a status flow', () => {
    expect(FORM_TEMPLATES.map((t) => t.name['zh-CN'])).toEqual(['困难群众帮扶台账', '电动车违规充电排查', '防汛物资清点']);
    expect(FORM_TEMPLATES[0]?.flow?.states.length).toBeGreaterThan(2);
    expect(FORM_TEMPLATES[1]?.flow?.states.length).toBeGreaterThan(2);
  });
});

describe('bad definitions are refused with errors that name the field', () => {
  it('an unknown field type', () => {
    const errors = refused(variant((d) => (d.sections[0].fields[1].kind = 'signature')));
    expect(errors).toContainEqual(expect.objectContaining({ path: '/sections/0/fields/1/kind', field: 'idNumber', code: 'unknownKind' }));
    expect(errors[0]?.message['zh-CN']).toContain('idNumber');
    expect(errors[0]?.message['zh-CN']).toContain('signature');
    expect(errors[0]?.message.en).toContain('unknown type');
    expect(ajvValidate(variant((d) => (d.sections[0].fields[1].kind = 'signature')))).toBe(false);
  });

  it('a duplicate key, even across sections', () => {
    const errors = refused(variant((d) => (d.sections[1].fields[0].key = 'name')));
    expect(errors).toContainEqual(expect.objectContaining({ path: '/sections/1/fields/0/key', field: 'name', code: 'duplicateKey' }));
    expect(errors.find((e) => e.code === 'duplicateKey')?.message['zh-CN']).toContain('/sections/0/fields/0');
  });

  it('a field or state keyed with a name every JavaScript object has (constructor, toString…)', () => {
    // A record without such a field would still seem to hold it, as the inherited function, wherever data[key] is read.
    for (const reserved of ['constructor', 'toString', 'valueOf']) {
      const field = variant((d) => (d.sections[0].fields[1].key = reserved));
      expect(refused(field)).toContainEqual(expect.objectContaining({ path: '/sections/0/fields/1/key', field: reserved, code: 'pattern' }));
      expect(ajvValidate(field)).toBe(false);
    }
    const state = variant((d) => {
      d.flow.states[0].key = 'hasOwnProperty';
      d.flow.initial = 'hasOwnProperty';
      for (const t of d.flow.transitions) for (const end of ['from', 'to']) if (t[end] === 'pending') t[end] = 'hasOwnProperty';
    });
    expect(refused(state)).toContainEqual(expect.objectContaining({ path: '/flow/states/0/key', code: 'pattern', message: expect.objectContaining({ en: expect.stringContaining('hasOwnProperty') }) }));
    expect(ajvValidate(state)).toBe(false);
  });

  it('a flow state nobody can reach from the initial state', () => {
    const errors = refused(variant((d) => d.flow.states.push({ key: 'transferred', label: { 'zh-CN': '已转介' } })));
    expect(errors).toEqual([expect.objectContaining({ path: '/flow/states/4', field: 'transferred', code: 'unreachableState' })]);
    expect(errors[0]?.message['zh-CN']).toContain('无法到达');
    expect(errors[0]?.message['zh-CN']).toContain('pending');
  });

  it('transitions that name no state, loop on one state, or enter a retired one', () => {
    const errors = refused(
      variant((d) => {
        d.flow.transitions.push({ from: 'helping', to: 'archived' }, { from: 'closed', to: 'closed' });
        d.flow.states.push({ key: 'old', label: { 'zh-CN': '旧状态' }, retired: true });
        d.flow.transitions.push({ from: 'pending', to: 'old' });
      }),
    );
    expect(errors.map((e) => e.path)).toEqual(['/flow/transitions/5/to', '/flow/transitions/6', '/flow/transitions/7/to']);
  });

  it('a view column, filter or sort naming no field, and a filter on a field that cannot filter', () => {
    const errors = refused(
      variant((d) => {
        d.views.list.columns.push('income');
        d.views.list.sort.field = 'createdAt';
        d.views.list.filters.push('needs');
      }),
    );
    expect(errors).toEqual([
      expect.objectContaining({ path: '/views/list/columns/7', code: 'unknownField', field: 'income' }),
      expect.objectContaining({ path: '/views/list/filters/3', code: 'wrongFieldKind', field: 'needs' }),
      expect.objectContaining({ path: '/views/list/sort/field', code: 'unknownField', field: 'createdAt' }),
    ]);
    expect(errors[1]?.message['zh-CN']).toContain('主要困难和诉求');
  });

  it('matchBy naming no field, a retired field, or a field that cannot name a record', () => {
    const unknown = refused(format1((d) => (d.matchBy = 'passport')));
    expect(unknown).toEqual([expect.objectContaining({ path: '/matchBy', code: 'unknownField', field: 'passport' })]);
    expect(unknown[0]?.message['zh-CN']).toContain('识别记录的字段“passport”');
    const retired = refused(
      format1((d) => {
        const [phone] = d.sections[0].fields.splice(2, 1);
        d.retired = [phone];
        d.matchBy = phone.key;
        d.views.list.columns = d.views.list.columns.filter((k: string) => k !== phone.key);
        d.views.list.search = (d.views.list.search ?? []).filter((k: string) => k !== phone.key);
      }),
    );
    expect(retired).toEqual([expect.objectContaining({ path: '/matchBy', code: 'unknownField' })]);
    const kind = refused(format1((d) => (d.matchBy = 'category')));
    expect(kind).toEqual([expect.objectContaining({ path: '/matchBy', code: 'wrongFieldKind', field: 'category' })]);
    expect(kind[0]?.message['zh-CN']).toContain('只有单行文字、电话、身份证号和地址可以');
    expect(ajvValidate(format1((d) => (d.matchBy = 'Not a key')))).toBe(false);
    // A text field, a phone and a 身份证号 may each name the record; an address too, in format 2.
    for (const key of ['name', 'phone', 'idNumber']) expect(validateDefinition(format1((d) => (d.matchBy = key))).ok, key).toBe(true);
    expect(validateDefinition(format1((d) => Object.assign(d, { matchBy: 'address', definitionVersion: 2 }))).ok).toBe(true);
  });

  it('matchBy naming several fields that name a record together (姓名 + 住址)', () => {
    const together = format1((d) => Object.assign(d, { matchBy: ['name', 'address'], definitionVersion: 2 }));
    expect(validateDefinition(together).ok).toBe(true);
    expect(ajvValidate(together), JSON.stringify(ajvValidate.errors)).toBe(true);
    expect(matchFields(together as FormDefinition).map((f) => f.key)).toEqual(['name', 'address']);
    expect(matchKeys({ matchBy: 'idNumber' })).toEqual(['idNumber']);
    expect(matchKeys({})).toEqual([]);
    // Each key is checked where it stands; one named twice, none, or more than three are refused.
    expect(refused(format1((d) => (d.matchBy = ['name', 'category', 'passport'])))).toEqual([
      expect.objectContaining({ path: '/matchBy/1', code: 'wrongFieldKind', field: 'category' }),
      expect.objectContaining({ path: '/matchBy/2', code: 'unknownField', field: 'passport' }),
    ]);
    expect(refused(format1((d) => (d.matchBy = ['name', 'name'])))).toEqual([expect.objectContaining({ path: '/matchBy/1', code: 'duplicateKey', field: 'name' })]);
    for (const bad of [[], ['name', 'phone', 'idNumber', 'address'], 3]) {
      expect(refused(format1((d) => Object.assign(d, { matchBy: bad, definitionVersion: 2 })))).toEqual([expect.objectContaining({ path: '/matchBy', code: 'type' })]);
      expect(ajvValidate(format1((d) => Object.assign(d, { matchBy: bad, definitionVersion: 2 })))).toBe(false);
    }
    // A definition whose matchBy names a field it lacks gives no fields at all, not some of them.
    expect(matchFields({ ...(together as FormDefinition), matchBy: ['name', 'passport'] })).toEqual([]);
  });

  it('declares the lowest format that expresses it: several matchBy fields or an address one need format 2', () => {
    const base = format1(() => {}) as FormDefinition;
    expect(definitionVersionFor(base)).toBe(1);
    expect(definitionVersionFor({ ...base, matchBy: 'name' })).toBe(1);
    expect(definitionVersionFor({ ...base, matchBy: 'address' })).toBe(2);
    expect(definitionVersionFor({ ...base, matchBy: ['name', 'address'] })).toBe(2);
    expect(definitionVersionFor({ ...base, matchBy: ['name'] })).toBe(2);
    // Declared 1, a runtime of format 1 would refuse the list as an unknown field: the definition is refused instead,
    // and told what to declare. Declared 2, a runtime of format 1 says "upgrade the form runtime".
    const list = refused(format1((d) => (d.matchBy = ['name', 'address'])));
    expect(list).toEqual([expect.objectContaining({ path: '/definitionVersion', code: 'versionTooLow' })]);
    expect(list[0]?.message['zh-CN']).toContain('definitionVersion 应为 2');
    expect(ajvValidate(format1((d) => (d.matchBy = ['name', 'address'])))).toBe(false);
    expect(refused(format1((d) => (d.matchBy = 'address')))).toEqual([expect.objectContaining({ path: '/definitionVersion', code: 'versionTooLow' })]);
    expect(FORM_DEFINITION_VERSION).toBe(3);
    // Every template declares the lowest format that expresses it.
    for (const template of FORM_TEMPLATES) expect([template.id, template.definitionVersion]).toEqual([template.id, definitionVersionFor(template)]);
  });

  it('optionsEn: English wording keyed by the option, each naming one option only, in format 3', () => {
    const worded = (optionsEn: unknown) =>
      variant((d) => {
        d.sections[0].fields.find((f: Loose) => f.key === 'category').optionsEn = optionsEn;
      });
    expect(validateDefinition(worded({ 低保家庭: 'Minimum income' })).ok).toBe(true);
    expect(ajvValidate(worded({ 低保家庭: 'Minimum income' })), JSON.stringify(ajvValidate.errors)).toBe(true);
    expect(refused(worded({ 低保: 'Minimum income', 临时困难: '' }))).toEqual([
      expect.objectContaining({ path: '/sections/0/fields/5/optionsEn/低保', code: 'unknownOption', field: 'category' }),
      expect.objectContaining({ path: '/sections/0/fields/5/optionsEn/临时困难', code: 'required', field: 'category' }),
    ]);
    // An import reads an option or its wording, folded: a wording that reads as another option, or as another
    // option's wording, could name either.
    const clash = refused(worded({ 低保家庭: '特困人员', 临时困难: 'Hardship', 特困人员: 'hardship' }));
    expect(clash).toEqual([
      expect.objectContaining({ path: '/sections/0/fields/5/optionsEn/低保家庭', code: 'duplicateKey' }),
      expect.objectContaining({ path: '/sections/0/fields/5/optionsEn/特困人员', code: 'duplicateKey' }),
    ]);
    expect(clash[0]?.message['zh-CN']).toBe('字段“category”的英文选项“特困人员”与选项“特困人员”重名，导入时分不清');
    expect(refused(worded(['Minimum income']))).toEqual([expect.objectContaining({ code: 'type', path: '/sections/0/fields/5/optionsEn' })]);
    expect(ajvValidate(worded({ 低保家庭: 'x'.repeat(FORM_LIMITS.optionLength + 1) }))).toBe(false);
    // A key with a slash still names one place in the error's pointer.
    expect(refused(worded({ 'a/b': 'x' }))[0]?.path).toBe('/sections/0/fields/5/optionsEn/a~1b');
    // A multichoice's wording holds no list separator: an import splits a cell there.
    const causes = (words: string) => variant((d) => (d.sections[0].fields.find((f: Loose) => f.key === 'causes').optionsEn = { 高龄独居: words }));
    expect(refused(causes('Elderly, living alone'))).toEqual([expect.objectContaining({ code: 'pattern', path: '/sections/0/fields/6/optionsEn/高龄独居', field: 'causes' })]);
    expect(validateDefinition(causes('Elderly living alone')).ok).toBe(true);
    // Not on a field that has no options.
    expect(refused(variant((d) => (d.sections[0].fields[0].optionsEn = {}))))
      .toEqual([expect.objectContaining({ code: 'unknownProperty', path: '/sections/0/fields/0/optionsEn' })]);
    // Format 3: a runtime of format 2 would refuse optionsEn as an unknown property, so it says "upgrade" instead.
    const low = refused(format1((d) => (d.sections[0].fields[5].optionsEn = { 低保家庭: 'Minimum income' })));
    expect(low).toEqual([expect.objectContaining({ path: '/definitionVersion', code: 'versionTooLow' })]);
    expect(low[0]?.message['zh-CN']).toBe('选项或单位有英文名称（optionsEn、unitEn），需要第 3 版的定义格式：definitionVersion 应为 3');
    const both = refused(format1((d) => Object.assign(d, { matchBy: ['name', 'address'] }, { retired: [{ ...d.sections[0].fields[5], key: 'oldCategory', optionsEn: { 低保家庭: 'x' } }] })));
    expect(both[0]?.message.en).toBe('matchBy with several fields or an address field and options or a unit worded in English (optionsEn, unitEn) needs definition format 3: set definitionVersion to 3');
  });

  it('unitEn: the unit on English screens, with a unit to translate, in format 3', () => {
    const size = (edit: (f: Loose) => void) => variant((d) => edit(d.sections[0].fields.find((f: Loose) => f.key === 'householdSize')));
    expect(validateDefinition(size((f) => (f.unitEn = 'persons'))).ok).toBe(true);
    expect(refused(size((f) => delete f.unit))).toEqual([expect.objectContaining({ path: '/sections/0/fields/4/unitEn', code: 'required', field: 'householdSize' })]);
    expect(refused(size((f) => (f.unitEn = 'x'.repeat(FORM_LIMITS.unitEnLength + 1))))).toEqual([expect.objectContaining({ path: '/sections/0/fields/4/unitEn', code: 'tooLong' })]);
    expect(ajvValidate(size((f) => (f.unitEn = 'x'.repeat(FORM_LIMITS.unitEnLength + 1))))).toBe(false);
    // Only a number has a unit.
    expect(refused(variant((d) => (d.sections[0].fields[0].unitEn = 'people')))).toEqual([expect.objectContaining({ code: 'unknownProperty', path: '/sections/0/fields/0/unitEn' })]);
    const low = refused(format1((d) => (d.sections[0].fields[4].unitEn = 'people')));
    expect(low).toEqual([expect.objectContaining({ path: '/definitionVersion', code: 'versionTooLow' })]);
    expect(unitLabel({ unit: '人', unitEn: 'people' }, 'en')).toBe('people');
    expect(unitLabel({ unit: '人', unitEn: 'people' }, 'zh-CN')).toBe('人');
    expect(unitLabel({ unit: '人' }, 'en')).toBe('人');
  });

  it('optionLabel: the English wording on an English screen, else the option as stored', () => {
    const field = { optionsEn: { 因病: 'Illness' } };
    expect(optionLabel(field, '因病', 'en')).toBe('Illness');
    expect(optionLabel(field, '因病', 'zh-CN')).toBe('因病');
    expect(optionLabel(field, '因残', 'en')).toBe('因残');
    expect(optionLabel({}, '因病', 'en')).toBe('因病');
    // A definition is anyone's JSON: an option named like an Object property reads only what the form says.
    expect(optionLabel(field, 'constructor', 'en')).toBe('constructor');
    expect(optionLabel({ optionsEn: JSON.parse('{"__proto__": "Proto"}') }, '__proto__', 'en')).toBe('Proto');
  });

  it('matchText: the text a matchBy value is searched by', () => {
    expect(matchText('沪A12345')).toBe('沪A12345');
    expect(matchText({ building: '8号楼', room: '201室' })).toBe('8号楼 201室');
    for (const empty of ['', undefined, null, {}]) expect(matchText(empty)).toBeUndefined();
  });

  it('fieldLabels: fields named together as a sentence names them, in the locale', () => {
    const name = { key: 'name', label: { 'zh-CN': '户主姓名', en: 'Name' } };
    const address = { key: 'address', label: { 'zh-CN': '住址', en: 'Address' } };
    const phone = { key: 'phone', label: { 'zh-CN': '电话' } };
    expect(fieldLabels([name], 'zh-CN')).toBe('户主姓名');
    expect(fieldLabels([name, address], 'zh-CN')).toBe('户主姓名和住址');
    expect(fieldLabels([name, address, phone], 'zh-CN')).toBe('户主姓名、住址和电话');
    // English where the field has it, Chinese where it has not.
    expect(fieldLabels([name, address, phone], 'en')).toBe('Name, Address, and 电话');
    // A field with no label yet (in the designer) is named by its key.
    expect(fieldLabels([name, { key: 'room', label: { 'zh-CN': '' } }], 'zh-CN')).toBe('户主姓名和room');
  });

  it('a default that does not fit its field', () => {
    const errors = refused(
      variant((d) => {
        d.sections[0].fields[4].default = 50; // 家庭人口 at most 20
        d.sections[0].fields[5].default = '五保户'; // not an option
        d.sections[1].fields[4].default = '2026-02-30';
        d.sections[1].fields[3].default = 'someone';
      }),
    );
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['householdSize', 'badDefault'],
      ['category', 'badDefault'],
      ['caseworker', 'badDefault'],
      ['registeredOn', 'badDefault'],
    ]);
    expect(errors[0]?.message['zh-CN']).toContain('不能大于 20人');
  });

  it('limits that contradict each other, options repeated, properties a kind does not take', () => {
    const errors = refused(
      variant((d) => {
        d.sections[0].fields[4].min = 30;
        d.sections[0].fields[5].options.push('特困人员');
        d.sections[0].fields[0].decimals = 2;
      }),
    );
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['/sections/0/fields/0/decimals', 'unknownProperty'],
      ['/sections/0/fields/4/min', 'badLimit'],
      ['/sections/0/fields/5/options/5', 'duplicateKey'],
    ]);
  });

  it('personName: true or false, on a line of text only', () => {
    const errors = refused(
      variant((d) => {
        d.sections[0].fields[0].personName = 'yes';
        d.sections[0].fields[4].personName = true;
      }),
    );
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['/sections/0/fields/0/personName', 'type'],
      ['/sections/0/fields/4/personName', 'unknownProperty'],
    ]);
    expect(errors[0]?.message['zh-CN']).toContain('应为 true 或 false');
  });

  it('a status field without a flow, and two status fields', () => {
    expect(refused(variant((d) => delete d.flow)).map((e) => [e.path, e.field])).toEqual([['/flow', 'status']]);
    const two = refused(variant((d) => d.sections[0].fields.push({ key: 'status2', kind: 'status', label: { 'zh-CN': '状态二' } })));
    expect(two[0]).toMatchObject({ code: 'flow', path: '/sections' });
    expect(two[0]?.message['zh-CN']).toContain('status2、status');
  });

  it('is bounded: too many fields, options and over-long labels', () => {
    const many = variant((d) => {
      d.sections[0].fields = Array.from({ length: FORM_LIMITS.fields + 5 }, (_, i) => ({ key: `f${i}`, kind: 'text', label: { 'zh-CN': `字段${i}` } }));
    });
    expect(refused(many).some((e) => e.code === 'tooMany')).toBe(true);
    const options = refused(variant((d) => (d.sections[0].fields[5].options = Array.from({ length: 60 }, (_, i) => `选项${i}`))));
    expect(options).toContainEqual(expect.objectContaining({ path: '/sections/0/fields/5/options', code: 'tooMany', field: 'category' }));
    const long = refused(variant((d) => (d.sections[0].fields[0].label['zh-CN'] = '长'.repeat(61))));
    expect(long).toEqual([expect.objectContaining({ path: '/sections/0/fields/0/label/zh-CN', code: 'tooLong', field: 'name' })]);
  });

  it('descriptive fields as the manifest has them, and a definition format from the future', () => {
    const errors = refused(
      variant((d) => {
        d.id = 'Hardship Ledger';
        d.version = '1.0';
        d.definitionVersion = 99;
        d.owner = { unit: 'ops-centre' };
        d.colour = 'red';
      }),
    );
    expect(errors.map((e) => e.path)).toEqual(['/colour', '/definitionVersion', '/id', '/version', '/owner/contact']);
    expect(errors[1]?.code).toBe('unsupportedVersion');
  });

  it('not an object at all', () => {
    expect(refused(null)[0]?.path).toBe('');
    expect(refused([])[0]?.code).toBe('type');
  });
});
