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

/** The message of a keyword whose wording needs only the field and the limit (or only the field). */
const SIMPLE = new Map<string, UiMessageKey>([
  ['required', 'errRequired'],
  ['maxLength', 'errMaxLength'],
  ['minimum', 'errMinimum'],
  ['maximum', 'errMaximum'],
  ['exclusiveMinimum', 'errExclusiveMinimum'],
  ['exclusiveMaximum', 'errExclusiveMaximum'],
  ['enum', 'errEnum'],
  ['pattern', 'errPattern'],
]);

function wording(problem: RecordProblem, params: { field: string; limit: string }, t: T): string {
  const { field } = params;
  if (problem.keyword === 'minLength') return problem.limit === 1 ? t('errRequired', { field }) : t('errMinLength', params);
  if (problem.keyword === 'type') return t('errType', { field, type: t(TYPE_NAMES[String(problem.type)] ?? 'typeString') });
  if (problem.keyword === 'format') return t('errFormat', { field, format: t(FORMAT_NAMES[String(problem.format)] ?? 'formatOther') });
  const key = SIMPLE.get(problem.keyword);
  return key ? t(key, params) : t('errOther', { field });
}

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
    const message = wording(problem, { field, limit: String(problem.limit ?? '') }, t);
    // One message per field is enough: the first is the one to fix first (required before length, and so on).
    if (name && result.some((r) => r.field === name)) continue;
    result.push(name ? { field: name, message } : { message });
  }
  return result;
}
