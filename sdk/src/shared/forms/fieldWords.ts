import type { Locale } from '../types.ts';
import type { OptionsEn } from './types.ts';

// What a field shows a person besides its label, in their language: the English wording a form may give (format 3),
// else the Chinese the form is written in.

/**
 * An option of a choice field as a person reads it in `locale`: its English wording on an English screen when the form
 * gives one (`optionsEn`), else the option itself, which is also what a record stores.
 */
export function optionLabel(field: { optionsEn?: OptionsEn }, option: string, locale: Locale): string {
  const words = field.optionsEn;
  // Own keys only: a definition is JSON from anyone, and an option such as "constructor" must not read Object's.
  return locale === 'en' && words && Object.hasOwn(words, option) ? (words[option] ?? option) : option;
}

/** A number field's unit in `locale`: `unitEn` on an English screen when the form gives one, else `unit` (人, 元). */
export function unitLabel(field: { unit?: string; unitEn?: string }, locale: Locale): string | undefined {
  return (locale === 'en' ? field.unitEn : undefined) ?? field.unit;
}
