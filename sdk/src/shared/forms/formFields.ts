import { recordValues } from '../data/recordValues.ts';
import { localized } from '../localized.ts';
import type { Locale, LocalizedText } from '../types.ts';
import type { FieldKind, FormDefinition, FormField } from './types.ts';

/** The definition's live fields, section by section, in form order. */
export function formFields(definition: Pick<FormDefinition, 'sections'>): FormField[] {
  return definition.sections.flatMap((section) => section.fields);
}

/** A live or retired field by key. */
export function fieldByKey(definition: FormDefinition, key: string): FormField | undefined {
  return formFields(definition).find((f) => f.key === key) ?? definition.retired?.find((f) => f.key === key);
}

/** The field that names a record to a person: the list's first column (户主姓名, 物资名称), if it is a field. */
export function nameField(definition: FormDefinition): FormField | undefined {
  const first = definition.views.list.columns[0];
  return first === undefined ? undefined : fieldByKey(definition, first);
}

/** Kinds whose value can name one record (`matchBy`): one line of text, a phone number, a 身份证号, an address (楼号 室号). */
export const MATCHABLE_KINDS: readonly FieldKind[] = ['text', 'phone', 'idcard', 'address'];

/** How many fields `matchBy` may name together (姓名 + 楼号 + 室号). */
export const MATCH_FIELDS_MAX = 3;

/** The keys `matchBy` names, one or several, as a list (empty without one). */
export function matchKeys(definition: Pick<FormDefinition, 'matchBy'>): string[] {
  const { matchBy } = definition;
  return matchBy === undefined ? [] : typeof matchBy === 'string' ? [matchBy] : [...matchBy];
}

/**
 * The fields of `matchBy`, in its order: one (身份证号, 车牌号) or several that name a record together (姓名 + 住址).
 * Empty without one, or when one it names is not a live field of a matchable kind (validateDefinition refuses that).
 */
export function matchFields(definition: FormDefinition): FormField[] {
  const live = formFields(definition);
  const fields = matchKeys(definition).map((key) => live.find((f) => f.key === key));
  return fields.every((f): f is FormField => f !== undefined && MATCHABLE_KINDS.includes(f.kind)) ? fields : [];
}

/** The keys of the text fields that hold a person's name (`personName`), live or retired: sorted by surname reading. */
export function personNameFields(definition: FormDefinition): string[] {
  return [...formFields(definition), ...(definition.retired ?? [])].filter((f) => f.kind === 'text' && f.personName === true).map((f) => f.key);
}

/**
 * The lowest definition format that expresses `definition` (FORM_DEFINITION_VERSION's history): 3 when a field, live
 * or retired, words its options or its unit in English (`optionsEn`, `unitEn`); 2 when `matchBy` names several fields
 * or an address field; else 1. A runtime of an older format would refuse what it does not know as an unknown
 * property. The designer writes this, and validateDefinition refuses a definition that declares less (`formatNeeds`
 * says why).
 */
export function definitionVersionFor(definition: Pick<FormDefinition, 'matchBy' | 'sections' | 'retired'>): number {
  return formatNeeds(definition).at(-1)?.version ?? 1;
}

/** What in `definition` needs a format above 1, lowest first: the reasons behind `definitionVersionFor`. */
export function formatNeeds(definition: Pick<FormDefinition, 'matchBy' | 'sections' | 'retired'>): { version: number; zh: string; en: string }[] {
  const live = formFields(definition);
  const needs = [];
  if (Array.isArray(definition.matchBy) || matchKeys(definition).some((key) => live.find((f) => f.key === key)?.kind === 'address')) {
    needs.push({ version: 2, zh: '识别记录的字段有几个或是地址字段', en: 'matchBy with several fields or an address field' });
  }
  if ([...live, ...(definition.retired ?? [])].some((f) => ('optionsEn' in f && f.optionsEn !== undefined) || ('unitEn' in f && f.unitEn !== undefined))) {
    needs.push({ version: 3, zh: '选项或单位有英文名称（optionsEn、unitEn）', en: 'options or a unit worded in English (optionsEn, unitEn)' });
  }
  return needs;
}

/**
 * A `matchBy` field's value as the ledger is searched for it: the text a list's `eq` filter and an import compare
 * (`recordValues`: a text as it is, an address as 楼号 室号). Undefined for an empty value.
 */
export function matchText(value: unknown): string | undefined {
  const text = recordValues({ value })[0]?.text;
  return text === null || text === undefined || text === '' ? undefined : text;
}

/**
 * Fields named together as a sentence names them, in `locale`: 户主姓名和住址, “Name and Address” (the `matchBy`
 * fields in a warning, a hint or an import's message). A field with no label yet is named by its key.
 */
export function fieldLabels(fields: readonly { key?: string; label: LocalizedText }[], locale: Locale): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(fields.map((f) => localized(f.label, locale) || (f.key ?? '')));
}
