import type { RecordProblem } from './checkRecord.ts';
import type { SchemaField } from './schemaFields.ts';
import type { UiMessageKey } from './uiMessages.ts';

type T = (key: UiMessageKey, params?: Record<string, string | number>) => string;

/** A schema error, worded for people and attached to the field it concerns (`field` absent: the whole form). */
export interface FormError {
  field?: string;
  message: string;
}

const TYPE_NAMES: Record<string, UiMessageKey> = {
  string: 'typeString',
  number: 'typeNumber',
  integer: 'typeInteger',
  boolean: 'typeBoolean',
};
const FORMAT_NAMES: Record<string, UiMessageKey> = {
  date: 'formatDate',
  'date-time': 'formatDateTime',
  email: 'formatEmail',
  uri: 'formatUri',
};

/**
 * Words a record's problems in the user's language, naming each field by its schema `title` (姓名, 走访日期…) rather than
 * its JSON path, which staff never see.
 */
export function formErrors(problems: readonly RecordProblem[], fields: readonly SchemaField[], t: T): FormError[] {
  const labelOf = (name: string) => fields.find((f) => f.name === name)?.label ?? name;
  const result: FormError[] = [];
  for (const problem of problems) {
    const name = problem.field;
    if (problem.keyword === 'additionalProperties') {
      result.push({ message: t('errAdditional', { field: String(name) }) });
      continue;
    }
    const field = name ? labelOf(name) : '';
    const limit = String(problem.limit ?? '');
    let message: string;
    switch (problem.keyword) {
      case 'required':
        message = t('errRequired', { field });
        break;
      case 'minLength':
        message = problem.limit === 1 ? t('errRequired', { field }) : t('errMinLength', { field, limit });
        break;
      case 'maxLength':
        message = t('errMaxLength', { field, limit });
        break;
      case 'minimum':
        message = t('errMinimum', { field, limit });
        break;
      case 'maximum':
        message = t('errMaximum', { field, limit });
        break;
      case 'exclusiveMinimum':
        message = t('errExclusiveMinimum', { field, limit });
        break;
      case 'exclusiveMaximum':
        message = t('errExclusiveMaximum', { field, limit });
        break;
      case 'type':
        message = t('errType', { field, type: t(TYPE_NAMES[String(problem.type)] ?? 'typeString') });
        break;
      case 'format':
        message = t('errFormat', { field, format: t(FORMAT_NAMES[String(problem.format)] ?? 'formatOther') });
        break;
      case 'enum':
        message = t('errEnum', { field });
        break;
      case 'pattern':
        message = t('errPattern', { field });
        break;
      default:
        message = t('errOther', { field });
    }
    // One message per field is enough: the first is the one to fix first (required before length, and so on).
    if (name && result.some((r) => r.field === name)) continue;
    result.push(name ? { field: name, message } : { message });
  }
  return result;
}
