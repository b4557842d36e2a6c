import type { FormDefinition, FormField } from './types.ts';

/** The definition's live fields, section by section, in form order. */
export function formFields(definition: FormDefinition): FormField[] {
  return definition.sections.flatMap((section) => section.fields);
}

/** A live or retired field by key. */
export function fieldByKey(definition: FormDefinition, key: string): FormField | undefined {
  return formFields(definition).find((f) => f.key === key) ?? definition.retired?.find((f) => f.key === key);
}
