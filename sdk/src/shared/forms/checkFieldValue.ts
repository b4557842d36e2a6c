import type { LocalizedText } from '../types.ts';
import { unitLabel } from './fieldWords.ts';
import { isValidIdCard } from './idCard.ts';
import { FORM_LIMITS } from './limits.ts';
import { isValidPhone } from './phone.ts';
import type { FormField, FormFlow } from './types.ts';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
/** How long a 楼号, 室号 or a picked person's or unit's name may be. */
export const PART_LENGTH = 32;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.trim().length > 0 && value.length <= max;

/** Whether `value` is a calendar date written `YYYY-MM-DD` that exists (no 2月30日). */
export function isDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The longest text a text or long-text field takes. */
export function maxLengthOf(field: FormField): number {
  if (field.kind === 'text') return field.maxLength ?? FORM_LIMITS.textDefaultMaxLength;
  if (field.kind === 'textarea') return field.maxLength ?? FORM_LIMITS.textareaDefaultMaxLength;
  return FORM_LIMITS.textMaxLength;
}

function decimalsOf(n: number): number {
  if (Number.isInteger(n)) return 0;
  const text = String(n);
  if (text.includes('e')) return FORM_LIMITS.decimals + 1;
  return text.split('.')[1]?.length ?? 0;
}

/** The field's label in both languages, for messages. */
function names(field: FormField): { zh: string; en: string } {
  return { zh: field.label['zh-CN'], en: field.label.en ?? field.label['zh-CN'] };
}

/**
 * What is wrong with one present (non-empty) value of `field`, worded for staff and naming the field by its label;
 * undefined when it fits. The form runtime shows it under the field; the server refuses a record with the same words.
 */
export function checkFieldValue(field: FormField, value: unknown, flow?: FormFlow): LocalizedText | undefined {
  const { zh, en } = names(field);
  const say = (zhText: string, enText: string): LocalizedText => ({ 'zh-CN': zhText, en: enText });
  switch (field.kind) {
    case 'text':
    case 'textarea': {
      if (typeof value !== 'string') return say(`${zh}应为文字`, `${en} must be text`);
      const max = maxLengthOf(field);
      if (value.length > max) return say(`${zh}不能超过 ${max} 个字`, `${en} must be at most ${max} characters`);
      if (field.kind === 'text' && field.minLength !== undefined && value.length < field.minLength) {
        return say(`${zh}至少需要 ${field.minLength} 个字`, `${en} needs at least ${field.minLength} characters`);
      }
      return undefined;
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return say(`${zh}应为数字`, `${en} must be a number`);
      const decimals = field.decimals ?? 0;
      if (decimalsOf(value) > decimals) {
        return decimals === 0 ? say(`${zh}应为整数`, `${en} must be a whole number`) : say(`${zh}最多保留 ${decimals} 位小数`, `${en} takes at most ${decimals} decimals`);
      }
      // The unit as each screen shows it beside the number (formatValue: `3 people`, `3 人`): `unitEn` in English.
      const unit = field.unit ?? '';
      const unitEn = field.unit ? ` ${unitLabel(field, 'en')}` : '';
      if (field.min !== undefined && value < field.min) return say(`${zh}不能小于 ${field.min}${unit}`, `${en} must be at least ${field.min}${unitEn}`);
      if (field.max !== undefined && value > field.max) return say(`${zh}不能大于 ${field.max}${unit}`, `${en} must be at most ${field.max}${unitEn}`);
      return undefined;
    }
    case 'date':
      return isDate(value) ? undefined : say(`${zh}不是有效的日期（年-月-日）`, `${en} is not a valid date (YYYY-MM-DD)`);
    case 'datetime':
      return typeof value === 'string' && DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))
        ? undefined
        : say(`${zh}不是有效的日期时间`, `${en} is not a valid date and time`);
    case 'choice':
      return typeof value === 'string' && field.options.includes(value) ? undefined : say(`${zh}必须是列出的选项之一`, `${en} must be one of the listed options`);
    case 'multichoice':
      return Array.isArray(value) && value.every((v) => typeof v === 'string' && field.options.includes(v)) && new Set(value).size === value.length
        ? undefined
        : say(`${zh}只能勾选列出的选项，且不能重复`, `${en} takes only the listed options, each once`);
    case 'yesno':
      return typeof value === 'boolean' ? undefined : say(`${zh}应为“是”或“否”`, `${en} must be yes or no`);
    case 'phone':
      return typeof value === 'string' && isValidPhone(value)
        ? undefined
        : say(`${zh}不是有效的电话号码（11 位手机号，或带区号的固定电话如 021-62511234）`, `${en} is not a valid phone number (11-digit mobile, or a landline with area code such as 021-62511234)`);
    case 'idcard':
      if (typeof value !== 'string' || !/^\d{17}[\dX]$/.test(value)) return say(`${zh}应为 18 位身份证号码（最后一位可以是 X）`, `${en} must be an 18-character ID number (the last may be X)`);
      return isValidIdCard(value) ? undefined : say(`${zh}的出生日期或校验位不正确，请核对`, `${en} has a wrong birth date or check digit: please check it`);
    case 'address':
      return isObject(value) && isText(value.building, PART_LENGTH) && isText(value.room, PART_LENGTH) && Object.keys(value).length === 2
        ? undefined
        : say(`${zh}需要填写楼号和室号（各不超过 ${PART_LENGTH} 个字）`, `${en} needs a building and a room (up to ${PART_LENGTH} characters each)`);
    case 'person':
    case 'unit':
      return isObject(value) && isText(value.name, PART_LENGTH) && (value.id === undefined || isText(value.id, 64)) && Object.keys(value).every((k) => k === 'id' || k === 'name')
        ? undefined
        : say(`${zh}需要选择或填写名称（不超过 ${PART_LENGTH} 个字）`, `${en} needs a name (up to ${PART_LENGTH} characters)`);
    case 'photo': {
      const max = field.maxPhotos ?? FORM_LIMITS.photosDefault;
      if (!Array.isArray(value) || !value.every((p) => isObject(p) && isText(p.id, 64))) return say(`${zh}的照片记录无效`, `${en} holds an invalid photo reference`);
      return value.length > max ? say(`${zh}最多 ${max} 张照片`, `${en} takes at most ${max} photos`) : undefined;
    }
    case 'status':
      return typeof value === 'string' && (flow?.states ?? []).some((s) => s.key === value)
        ? undefined
        : say(`${zh}不是流程中的状态`, `${en} is not a state of the flow`);
  }
}

/** Whether a value counts as "not filled in" for a required check. */
export function isEmptyValue(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}
