// One stored value of a field, checked as the form runtime checks it under the field and the server before it keeps a
// record: what fits passes, and what does not is refused in both languages, naming the field and the limit.
import { describe, expect, it } from 'vitest';
import { checkFieldValue, type FormField } from '../../src/shared/forms/index.ts';

const label = { 'zh-CN': '家庭人口', en: 'Household size' };
const field = (f: Omit<FormField, 'key' | 'label'> & Record<string, unknown>) => ({ key: 'f', label, ...f }) as FormField;

describe('checkFieldValue', () => {
  it("names a number's limit with its unit as each screen shows it: the English wording in English", () => {
    const people = field({ kind: 'number', min: 1, max: 20, unit: '人', unitEn: 'people' });
    expect(checkFieldValue(people, 3)).toBeUndefined();
    expect(checkFieldValue(people, 0)).toEqual({ 'zh-CN': '家庭人口不能小于 1人', en: 'Household size must be at least 1 people' });
    expect(checkFieldValue(people, 21)).toEqual({ 'zh-CN': '家庭人口不能大于 20人', en: 'Household size must be at most 20 people' });
    // Without an English wording both screens show the unit the form gives; without a unit, the bare number.
    expect(checkFieldValue(field({ kind: 'number', max: 500, unit: '元' }), 501)?.en).toBe('Household size must be at most 500 元');
    expect(checkFieldValue(field({ kind: 'number', min: 0 }), -1)).toEqual({ 'zh-CN': '家庭人口不能小于 0', en: 'Household size must be at least 0' });
  });

  it('refuses a number that is not one, or has more decimals than the field takes', () => {
    const money = field({ kind: 'number', decimals: 2 });
    expect(checkFieldValue(money, 12.5)).toBeUndefined();
    expect(checkFieldValue(money, 1.234)?.['zh-CN']).toBe('家庭人口最多保留 2 位小数');
    expect(checkFieldValue(field({ kind: 'number' }), 1.5)?.en).toBe('Household size must be a whole number');
    expect(checkFieldValue(money, '12')?.['zh-CN']).toBe('家庭人口应为数字');
    expect(checkFieldValue(money, Number.NaN)?.en).toBe('Household size must be a number');
  });

  it('takes only listed options, each once, whatever wording the screen shows', () => {
    const choice = field({ kind: 'choice', options: ['完好', '损坏'], optionsEn: { 完好: 'Good', 损坏: 'Damaged' } });
    expect(checkFieldValue(choice, '完好')).toBeUndefined();
    // A record stores the option itself, never its English wording.
    expect(checkFieldValue(choice, 'Good')?.en).toBe('Household size must be one of the listed options');
    const many = field({ kind: 'multichoice', options: ['疾病', '残疾'] });
    expect(checkFieldValue(many, ['疾病', '残疾'])).toBeUndefined();
    expect(checkFieldValue(many, ['疾病', '疾病'])?.['zh-CN']).toBe('家庭人口只能勾选列出的选项，且不能重复');
  });
});
