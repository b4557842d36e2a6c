import type { LocalizedText } from '../types.ts';
import { checkFieldValue, isEmptyValue } from './checkFieldValue.ts';
import { formFields } from './formFields.ts';
import type { FormDefinition } from './types.ts';

/** One reason a record does not fit its form: the field's key and a message that names the field by its label. */
export interface FormRecordProblem {
  field: string;
  message: LocalizedText;
}

/**
 * Checks a record against its form, as staff would be told: every required field filled, every value fitting its
 * field (身份证号 check digit, phone shape, decimals, options), nothing the form does not know. Retired fields may keep
 * their old values. The form runtime runs it before saving; the server runs it again before storing (see
 * docs/form-apps.md). Problems come in the order of the fields.
 */
export function checkFormRecord(definition: FormDefinition, data: Record<string, unknown>): FormRecordProblem[] {
  const problems: FormRecordProblem[] = [];
  const live = formFields(definition);
  for (const field of live) {
    const value = data[field.key];
    if (isEmptyValue(value) || (field.kind === 'yesno' && value === undefined)) {
      if (field.required || field.kind === 'status') {
        problems.push({ field: field.key, message: { 'zh-CN': `请填写${field.label['zh-CN']}`, en: `${field.label.en ?? field.label['zh-CN']} is required` } });
      }
      continue;
    }
    const problem = checkFieldValue(field, value, definition.flow);
    if (problem) problems.push({ field: field.key, message: problem });
  }
  const retired = new Map((definition.retired ?? []).map((f) => [f.key, f]));
  for (const [key, value] of Object.entries(data)) {
    if (live.some((f) => f.key === key)) continue;
    const field = retired.get(key);
    if (!field) {
      problems.push({ field: key, message: { 'zh-CN': `表单中没有“${key}”这一项`, en: `the form has no field "${key}"` } });
    } else if (!isEmptyValue(value)) {
      const problem = checkFieldValue(field, value, definition.flow);
      if (problem) problems.push({ field: key, message: problem });
    }
  }
  return problems;
}
