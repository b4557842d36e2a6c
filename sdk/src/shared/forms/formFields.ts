import type { FieldKind, FormDefinition, FormField } from './types.ts';

/** The definition's live fields, section by section, in form order. */
export function formFields(definition: FormDefinition): FormField[] {
  return definition.sections.flatMap((section) => section.fields);
}

/** A live or retired field by key. */
export function fieldByKey(definition: FormDefinition, key: string): FormField | undefined {
  return formFields(definition).find((f) => f.key === key) ?? definition.retired?.find((f) => f.key === key);
}

/** Kinds whose value can name one record (`matchBy`): one line of text, a phone number, a 身份证号. */
export const MATCHABLE_KINDS: readonly FieldKind[] = ['text', 'phone', 'idcard'];

/** The field of `matchBy`, if the definition names one (and it is a live field of a matchable kind). */
export function matchField(definition: FormDefinition): FormField | undefined {
  const field = definition.matchBy === undefined ? undefined : formFields(definition).find((f) => f.key === definition.matchBy);
  return field && MATCHABLE_KINDS.includes(field.kind) ? field : undefined;
}

/** The keys of the text fields that hold a person's name (`personName`), live or retired: sorted by surname reading. */
export function personNameFields(definition: FormDefinition): string[] {
  return [...formFields(definition), ...(definition.retired ?? [])].filter((f) => f.kind === 'text' && f.personName === true).map((f) => f.key);
}
