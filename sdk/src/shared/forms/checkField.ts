import { checkFieldValue, isDate } from './checkFieldValue.ts';
import { escapePointer } from '../jsonPointer.ts';
import { foldCell, LIST_SEPARATORS } from './foldCell.ts';
import { checkArray, checkInteger, checkKey, checkString, checkText, isObject, onlyKnown } from './checkShape.ts';
import type { ErrorList } from './definitionError.ts';
import { FORM_LIMITS } from './limits.ts';
import { FIELD_KINDS, type FieldKind, type FormField } from './types.ts';

const COMMON = ['key', 'kind', 'label', 'help', 'required'];
// What each kind may carry besides the common properties; anything else is a typo the author should hear about.
const EXTRA: Record<FieldKind, readonly string[]> = {
  text: ['default', 'minLength', 'maxLength', 'personName'],
  textarea: ['default', 'maxLength'],
  number: ['default', 'unit', 'unitEn', 'min', 'max', 'decimals'],
  date: ['default'],
  datetime: ['default'],
  choice: ['default', 'options', 'optionsEn'],
  multichoice: ['default', 'options', 'optionsEn'],
  yesno: ['default'],
  phone: [],
  idcard: [],
  address: [],
  person: ['default'],
  unit: ['default'],
  photo: ['maxPhotos'],
  status: [],
};
// Defaults that are words, filled in when the form opens, not values.
const DEFAULT_TOKENS: Partial<Record<FieldKind, string>> = { datetime: 'now', person: 'me', unit: 'mine' };

/**
 * Checks one field's shape and its own consistency (limits, options, default); `extra` names the properties a
 * retired field may carry besides. Returns the field when it can be trusted for the checks across fields.
 */
export function checkField(errors: ErrorList, value: unknown, path: string, extra: readonly string[] = []): FormField | undefined {
  if (!isObject(value)) {
    errors.add(path, 'type', '字段应为对象', 'a field must be an object');
    return undefined;
  }
  const before = errors.errors.length;
  const key = typeof value.key === 'string' ? value.key : undefined;
  const keyOk = checkKey(errors, value.key, `${path}/key`, '字段标识 key（小写字母开头，只含字母和数字）', key);
  const named = key ?? path;
  if (typeof value.kind !== 'string' || !(FIELD_KINDS as readonly string[]).includes(value.kind)) {
    errors.add(`${path}/kind`, 'unknownKind', `字段“${named}”的类型“${String(value.kind)}”不存在，可用：${FIELD_KINDS.join('、')}`, `field "${named}" has an unknown type "${String(value.kind)}": use one of ${FIELD_KINDS.join(', ')}`, key);
    return undefined;
  }
  const kind = value.kind as FieldKind;
  onlyKnown(errors, value, path, [...COMMON, ...EXTRA[kind], ...extra], key);
  checkText(errors, value.label, `${path}/label`, { required: true, max: FORM_LIMITS.labelLength, what: `字段“${named}”的名称`, field: key });
  checkText(errors, value.help, `${path}/help`, { max: FORM_LIMITS.helpLength, what: `字段“${named}”的说明`, field: key });
  if (value.required !== undefined && typeof value.required !== 'boolean') {
    errors.add(`${path}/required`, 'type', `字段“${named}”的“必填”应为 true 或 false`, `"required" of field "${named}" must be true or false`, key);
  }
  const what = (name: string) => `字段“${named}”的${name}`;
  switch (kind) {
    case 'text': {
      const hasMax = checkInteger(errors, value.maxLength, `${path}/maxLength`, { min: 1, max: FORM_LIMITS.textMaxLength, what: what('最多字数'), field: key });
      const hasMin = checkInteger(errors, value.minLength, `${path}/minLength`, { min: 0, max: FORM_LIMITS.textMaxLength, what: what('最少字数'), field: key });
      if (hasMin && (value.minLength as number) > ((hasMax ? value.maxLength : FORM_LIMITS.textDefaultMaxLength) as number)) {
        errors.add(`${path}/minLength`, 'badLimit', `${what('最少字数')}大于最多字数`, `minLength of field "${named}" is above its maxLength`, key);
      }
      if (value.personName !== undefined && typeof value.personName !== 'boolean') {
        errors.add(`${path}/personName`, 'type', `${what('“是人的姓名”')}应为 true 或 false`, `"personName" of field "${named}" must be true or false`, key);
      }
      break;
    }
    case 'textarea':
      checkInteger(errors, value.maxLength, `${path}/maxLength`, { min: 1, max: FORM_LIMITS.textareaMaxLength, what: what('最多字数'), field: key });
      break;
    case 'number': {
      for (const bound of ['min', 'max'] as const) {
        const n = value[bound];
        if (n !== undefined && (typeof n !== 'number' || !Number.isFinite(n))) {
          errors.add(`${path}/${bound}`, 'badLimit', `${what(bound === 'min' ? '最小值' : '最大值')}应为数字`, `${bound} of field "${named}" must be a number`, key);
        }
      }
      if (typeof value.min === 'number' && typeof value.max === 'number' && value.min > value.max) {
        errors.add(`${path}/min`, 'badLimit', `${what('最小值')}大于最大值`, `min of field "${named}" is above its max`, key);
      }
      checkInteger(errors, value.decimals, `${path}/decimals`, { min: 0, max: FORM_LIMITS.decimals, what: what('小数位数'), field: key });
      checkString(errors, value.unit, `${path}/unit`, { max: FORM_LIMITS.unitLength, what: what('单位'), field: key });
      if (checkString(errors, value.unitEn, `${path}/unitEn`, { max: FORM_LIMITS.unitEnLength, what: what('英文单位'), field: key }) && value.unit === undefined) {
        errors.add(`${path}/unitEn`, 'required', `${what('英文单位')}要配中文单位：先填“单位”`, `unitEn of field "${named}" needs a unit to translate: set unit first`, key);
      }
      break;
    }
    case 'choice':
    case 'multichoice': {
      const options = checkArray(errors, value.options, `${path}/options`, { required: true, min: 1, max: FORM_LIMITS.options, what: what('选项'), field: key });
      const seen = new Set<string>();
      options.forEach((option, i) => {
        if (!checkString(errors, option, `${path}/options/${i}`, { required: true, max: FORM_LIMITS.optionLength, what: what(`第 ${i + 1} 个选项`), field: key })) return;
        if (seen.has(option)) errors.add(`${path}/options/${i}`, 'duplicateKey', `${what('选项')}“${option}”重复`, `field "${named}" lists option "${option}" twice`, key);
        seen.add(option);
      });
      checkOptionsEn(errors, value.optionsEn, `${path}/optionsEn`, [...seen], { named, key, list: kind === 'multichoice' });
      break;
    }
    case 'photo':
      checkInteger(errors, value.maxPhotos, `${path}/maxPhotos`, { min: 1, max: FORM_LIMITS.photos, what: what('照片张数上限'), field: key });
      break;
    default:
      break;
  }
  // A field with a usable key and kind still counts for the checks across fields (views, flow), so one typo in a
  // label does not also report every view that names the field; only its default needs the rest to be right.
  const field = value as unknown as FormField;
  if (errors.errors.length === before && value.default !== undefined) checkDefault(errors, field, value.default, `${path}/default`);
  return keyOk ? field : undefined;
}

/**
 * `optionsEn` words each option it names in English: an option of the field, a short text, and none read like another
 * option or its English wording (an import reads either, so each must name one option only). A multichoice's wording
 * has no comma or other list separator: an English export joins the options with ", " and an import splits there.
 */
function checkOptionsEn(errors: ErrorList, value: unknown, path: string, options: readonly string[], at: { named: string; key: string | undefined; list: boolean }): void {
  if (value === undefined) return;
  const what = `字段“${at.named}”的英文选项`;
  if (!isObject(value)) {
    errors.add(path, 'type', `${what}应为 {"选项": "English"}`, `optionsEn of field "${at.named}" must be {"option": "English wording"}`, at.key);
    return;
  }
  // Each reading (an option, an English wording) folded as an import folds a cell, and the option it names.
  const reads = new Map(options.map((o) => [foldCell(o), o]));
  for (const [option, words] of Object.entries(value)) {
    const where = `${path}/${escapePointer(option)}`;
    if (!options.includes(option)) {
      errors.add(where, 'unknownOption', `${what}“${option}”不是这个字段的选项`, `optionsEn of field "${at.named}" names "${option}", which is not one of its options`, at.key);
      continue;
    }
    if (!checkString(errors, words, where, { required: true, max: FORM_LIMITS.optionLength, what: `${what}“${option}”`, field: at.key })) continue;
    if (at.list && LIST_SEPARATORS.test(words)) {
      errors.add(where, 'pattern', `${what}“${words}”不能含逗号、顿号、分号或斜杠：多选的值在表格里用它们隔开`, `optionsEn of field "${at.named}": "${words}" must not hold a comma, semicolon or slash, which separate a multichoice's options in a spreadsheet`, at.key);
      continue;
    }
    const folded = foldCell(words);
    const other = reads.get(folded);
    if (other !== undefined && other !== option) {
      errors.add(where, 'duplicateKey', `${what}“${words}”与选项“${other}”重名，导入时分不清`, `field "${at.named}": "${words}" already names option "${other}", so an import could not tell them apart`, at.key);
      continue;
    }
    reads.set(folded, option);
  }
}

function checkDefault(errors: ErrorList, field: FormField, value: unknown, path: string): void {
  const token = DEFAULT_TOKENS[field.kind];
  const bad = (zh: string, en: string) => errors.add(path, 'badDefault', `字段“${field.key}”的默认值${zh}`, `the default of field "${field.key}" ${en}`, field.key);
  if (token) {
    if (value !== token) bad(`只能是 "${token}"`, `can only be "${token}"`);
    return;
  }
  if (field.kind === 'date') {
    if (value !== 'today' && !isDate(value)) bad('应为 "today" 或 YYYY-MM-DD 格式的日期', 'must be "today" or a date YYYY-MM-DD');
    return;
  }
  const problem = checkFieldValue(field, value);
  if (problem) bad(`不符合字段要求：${problem['zh-CN']}`, `does not fit the field: ${problem.en}`);
}
