import { describe, expect, it } from 'vitest';
import { createAjv } from '../../src/shared/createAjv.ts';
import { checkFormRecord, definitionToCollectionSchema, FORM_TEMPLATES, type FormDefinition, retireField } from '../../src/shared/forms/index.ts';
import { validateManifest } from '../../src/manifest/validateManifest.ts';

const hardship = FORM_TEMPLATES[0] as FormDefinition;
const good = {
  name: '王秀英',
  idNumber: '11010519491231002X',
  phone: '021-62511234',
  address: { building: '8号楼', room: '201室' },
  householdSize: 2,
  category: '低保家庭',
  causes: ['因病', '高龄独居'],
  needs: '老伴住院，医药费负担重。',
  amount: 1200.5,
  caseworker: { id: 'u-staff', name: '张敏' },
  registeredOn: '2026-11-20',
  status: 'pending',
};

describe('definitionToCollectionSchema', () => {
  it('gives a collection schema the manifest validator accepts, for every template', () => {
    for (const template of FORM_TEMPLATES) {
      const manifest = {
        id: template.id,
        name: template.name,
        version: template.version,
        category: template.category,
        scenario: template.scenario,
        owner: template.owner,
        entry: 'remoteEntry.js',
        sdk: '^1.0.0',
        collections: { records: definitionToCollectionSchema(template) },
      };
      expect(validateManifest(manifest), template.id).toMatchObject({ ok: true });
    }
  });

  it('stores a good record and refuses what the server must refuse (ajv, as the data API checks)', () => {
    const validate = createAjv().compile(definitionToCollectionSchema(hardship));
    expect(validate(good), JSON.stringify(validate.errors)).toBe(true);
    const bad = (patch: Record<string, unknown>) => validate({ ...good, ...patch });
    expect(bad({ idNumber: '1101051949123100' })).toBe(false); // shape
    expect(bad({ phone: '62511234' })).toBe(false);
    expect(bad({ address: { building: '8号楼' } })).toBe(false);
    expect(bad({ householdSize: 2.5 })).toBe(false);
    expect(bad({ category: '五保户' })).toBe(false);
    expect(bad({ causes: ['因病', '因病'] })).toBe(false);
    expect(bad({ status: 'archived' })).toBe(false);
    expect(bad({ registeredOn: '2026-13-01' })).toBe(false);
    expect(bad({ unknown: 1 })).toBe(false);
    const { name: _name, ...withoutName } = good;
    expect(validate(withoutName)).toBe(false);
  });

  it('keeps retired fields as read-only properties, so old records stay valid', () => {
    const oldField = hardship.sections[0]!.fields.find((f) => f.key === 'phone')!;
    const next = retireField({ ...hardship, sections: hardship.sections.map((s) => ({ ...s, fields: s.fields.filter((f) => f.key !== 'phone') })) }, oldField, { action: 'keepReadOnly' });
    const schema = definitionToCollectionSchema(next);
    expect((schema.properties as Record<string, Record<string, unknown>>).phone).toMatchObject({ readOnly: true, 'x-form-retired': true });
    expect(createAjv().compile(schema)(good)).toBe(true);
    expect(checkFormRecord(next, good)).toEqual([]);
  });
});

describe('checkFormRecord', () => {
  it('passes a good record', () => {
    expect(checkFormRecord(hardship, good)).toEqual([]);
  });

  it('names each wrong field by its label, in Chinese and English, in form order', () => {
    const problems = checkFormRecord(hardship, { ...good, name: '', idNumber: '110105194912310021', amount: 3.125, phone: '6251123', extra: 'x' });
    expect(problems.map((p) => p.field)).toEqual(['name', 'idNumber', 'phone', 'amount', 'extra']);
    expect(problems[0]?.message['zh-CN']).toBe('请填写户主姓名');
    expect(problems[1]?.message['zh-CN']).toBe('身份证号的出生日期或校验位不正确，请核对');
    expect(problems[1]?.message.en).toContain('check digit');
    expect(problems[3]?.message['zh-CN']).toBe('救助金额最多保留 2 位小数');
  });
});
