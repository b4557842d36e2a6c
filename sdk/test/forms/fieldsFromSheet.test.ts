// The fields the designer proposes from a committee's own spreadsheet: one per column, of the kind its values read as.
import { describe, expect, it } from 'vitest';
import { FORM_TEMPLATES, fieldsFromSheet, type FormField, idCardCheckCharacter, validateDefinition } from '../../src/shared/forms/index.ts';

const ID = `11010519491231002${idCardCheckCharacter('11010519491231002')}`;
const col = (header: string, samples: string[], filled = samples.length, distinct = new Set(samples).size) => ({ header, samples: [...new Set(samples)], filled, distinct });
const kinds = (fields: FormField[]) => fields.map((f) => [f.label['zh-CN'], f.kind]);

describe('fieldsFromSheet', () => {
  // A 困难群众台账 as a committee keeps it in Excel: 12 rows.
  const rows = 12;
  const sheet = [
    col('户主姓名*', ['王秀英', '李建军', '赵敏', '孙丽', '周杰', '吴用', '郑和', '冯巩', '陈红', '褚明', '卫国', '蒋琴']),
    col('身份证号', [ID, '1.10105194912310E+17'], 12, 12),
    col('联系电话', ['13812345678', '021-62511234'], 10, 10),
    col('住址', ['8号楼 201室', '12号楼302室', '3栋 502'], 12, 12),
    col('家庭人口', ['3人', '1人', '5人'], 12, 3),
    col('困难类别', ['低保家庭', '特困人员', '低收入家庭'], 12, 3),
    col('致困原因', ['因病、因残', '失业', '因病', '因残、失业'], 9, 4),
    col('救助金额', ['1200.50', '800', '0'], 8, 3),
    col('是否独居', ['是', '否'], 12, 2),
    col('登记日期', ['20260305', '2026/3/6', '2026年3月7日'], 12, 10),
    col('上次走访', ['2026-03-05 14:30', '2026-03-06 9:05'], 6, 6),
    col('情况说明', ['家中老人长期卧病，子女在外地工作，每月医药费约两千元，需要申请医疗救助和上门关爱服务。'.repeat(4)], 3, 3),
    col('备注', ['无', '需回访'], 4, 4),
    col('现场照片', [], 0, 0),
    { ...col('整改后', [], 0, 0), pictures: 7 },
    col('', ['x']),
    col('户主姓名', ['重复的列']),
    col('登记时间', ['2026-03-02 23:30']),
  ];

  it('proposes each column as the kind its header names or all its values read as', () => {
    const { fields, skipped } = fieldsFromSheet(sheet, rows);
    expect(kinds(fields)).toEqual([
      ['户主姓名', 'text'],
      ['身份证号', 'idcard'],
      ['联系电话', 'phone'],
      ['住址', 'address'],
      ['家庭人口', 'number'],
      ['困难类别', 'choice'],
      ['致困原因', 'multichoice'],
      ['救助金额', 'number'],
      ['是否独居', 'yesno'],
      ['登记日期', 'date'],
      ['上次走访', 'datetime'],
      ['情况说明', 'textarea'],
      ['备注', 'text'],
      ['现场照片', 'photo'],
      ['整改后', 'photo'],
    ]);
    expect(skipped).toEqual(['', '户主姓名', '登记时间']);
    const by = (label: string) => fields.find((f) => f.label['zh-CN'] === label) as FormField & Record<string, unknown>;
    expect(by('家庭人口')).toMatchObject({ unit: '人', decimals: 0, required: true });
    expect(by('救助金额')).toMatchObject({ decimals: 2 });
    expect(by('救助金额')).not.toHaveProperty('required');
    expect(by('困难类别')).toMatchObject({ options: ['低保家庭', '特困人员', '低收入家庭'], required: true });
    expect(by('致困原因')).toMatchObject({ options: ['因病', '因残', '失业'] });
    expect(by('户主姓名')).toMatchObject({ key: 'text1', required: true });
    expect(by('备注')).toMatchObject({ key: 'text2' });
    expect(by('现场照片')).not.toHaveProperty('required');
  });

  it('gives fields a definition accepts', () => {
    const { fields } = fieldsFromSheet(sheet, rows);
    // A template without a flow, its fields replaced by the sheet's.
    const template = FORM_TEMPLATES.find((t) => t.id === 'flood-supplies')!;
    const definition = { ...template, sections: [{ title: { 'zh-CN': '基本信息' }, fields }], views: { list: { columns: fields.slice(0, 6).map((f) => f.key) } } };
    expect(validateDefinition(definition)).toEqual({ ok: true, definition });
  });

  it('keeps to text where the values disagree, and to the form’s limit of fields', () => {
    const { fields } = fieldsFromSheet([col('编号', ['12', 'A-3']), col('日期', ['2026-02-30']), col('地址', ['华阳路 8 号'])], 5);
    expect(kinds(fields)).toEqual([['编号', 'text'], ['日期', 'text'], ['地址', 'text']]);
    const many = fieldsFromSheet(Array.from({ length: 205 }, (_, i) => col(`列${i}`, [])), 0);
    expect(many.fields).toHaveLength(200);
    expect(many.skipped).toHaveLength(5);
  });
});
