import type { ErrorList } from './definitionError.ts';
import { FORM_LIMITS } from './limits.ts';

export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Refuses properties not in `allowed`, naming each. */
export function onlyKnown(errors: ErrorList, value: Record<string, unknown>, path: string, allowed: readonly string[], field?: string): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) errors.add(`${path}/${key}`, 'unknownProperty', `不认识的属性“${key}”`, `unknown property "${key}"`, field);
  }
}

/** A required or optional string of bounded length; returns whether it is one. */
export function checkString(
  errors: ErrorList,
  value: unknown,
  path: string,
  options: { required?: boolean; min?: number; max: number; pattern?: RegExp; what: string; field?: string },
): value is string {
  const { what, field } = options;
  if (value === undefined) {
    if (options.required) errors.add(path, 'required', `缺少${what}`, `${what} is missing`, field);
    return false;
  }
  if (typeof value !== 'string') {
    errors.add(path, 'type', `${what}应为文字`, `${what} must be a string`, field);
    return false;
  }
  if (value.trim().length < (options.min ?? 1)) {
    errors.add(path, 'required', `${what}不能为空`, `${what} must not be empty`, field);
    return false;
  }
  if (value.length > options.max) {
    errors.add(path, 'tooLong', `${what}不能超过 ${options.max} 个字`, `${what} must be at most ${options.max} characters`, field);
    return false;
  }
  if (options.pattern && !options.pattern.test(value)) {
    errors.add(path, 'pattern', `${what}“${value}”格式不对`, `${what} "${value}" has the wrong form`, field);
    return false;
  }
  return true;
}

/** A `{zh-CN, en?}` text. */
export function checkText(errors: ErrorList, value: unknown, path: string, options: { required?: boolean; max: number; what: string; field?: string }): void {
  if (value === undefined) {
    if (options.required) errors.add(path, 'required', `缺少${options.what}`, `${options.what} is missing`, options.field);
    return;
  }
  if (!isObject(value)) {
    errors.add(path, 'type', `${options.what}应为 {"zh-CN": …, "en": …}`, `${options.what} must be {"zh-CN": …, "en": …}`, options.field);
    return;
  }
  onlyKnown(errors, value, path, ['zh-CN', 'en'], options.field);
  checkString(errors, value['zh-CN'], `${path}/zh-CN`, { required: true, max: options.max, what: `${options.what}（中文）`, field: options.field });
  checkString(errors, value.en, `${path}/en`, { max: options.max, what: `${options.what}（English）`, field: options.field });
}

/** An array of at most `max` items; returns it (or an empty list when it is not one). */
export function checkArray(errors: ErrorList, value: unknown, path: string, options: { required?: boolean; min?: number; max: number; what: string; field?: string }): unknown[] {
  if (value === undefined) {
    if (options.required) errors.add(path, 'required', `缺少${options.what}`, `${options.what} is missing`, options.field);
    return [];
  }
  if (!Array.isArray(value)) {
    errors.add(path, 'type', `${options.what}应为列表`, `${options.what} must be a list`, options.field);
    return [];
  }
  if (value.length < (options.min ?? 0)) {
    errors.add(path, 'required', `${options.what}至少需要 ${options.min} 项`, `${options.what} needs at least ${options.min} items`, options.field);
  }
  if (value.length > options.max) {
    errors.add(path, 'tooMany', `${options.what}最多 ${options.max} 项`, `${options.what} takes at most ${options.max} items`, options.field);
    return value.slice(0, options.max);
  }
  return value;
}

/** A whole number within bounds, when present. */
export function checkInteger(errors: ErrorList, value: unknown, path: string, options: { min: number; max: number; what: string; field?: string }): value is number {
  if (value === undefined) return false;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < options.min || value > options.max) {
    errors.add(path, 'badLimit', `${options.what}应为 ${options.min} 到 ${options.max} 之间的整数`, `${options.what} must be a whole number from ${options.min} to ${options.max}`, options.field);
    return false;
  }
  return true;
}

export const KEY_PATTERN = new RegExp(`^[a-z][a-zA-Z0-9]{0,${FORM_LIMITS.keyLength - 1}}$`);

/**
 * Names that KEY_PATTERN allows but every JavaScript object already has (Object.prototype's): a record without such a
 * field would still "have" it wherever code reads `data[key]` (the check, the list, the print), as the inherited
 * function, so a form may not use them as keys.
 */
export const RESERVED_KEYS: readonly string[] = ['constructor', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', 'toString', 'valueOf'];

/** A field's or a state's key: KEY_PATTERN, at most keyLength, and none of RESERVED_KEYS. */
export function checkKey(errors: ErrorList, value: unknown, path: string, what: string, field?: string): boolean {
  if (!checkString(errors, value, path, { required: true, max: FORM_LIMITS.keyLength, pattern: KEY_PATTERN, what, field })) return false;
  if (!RESERVED_KEYS.includes(value as string)) return true;
  errors.add(path, 'pattern', `${what}“${String(value)}”是 JavaScript 对象自带的名称，请换一个`, `key "${String(value)}" is a name every JavaScript object already has: choose another`, field);
  return false;
}
