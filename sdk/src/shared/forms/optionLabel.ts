import type { Locale } from '../types.ts';
import type { OptionsEn } from './types.ts';

/**
 * An option of a choice field as a person reads it in `locale`: its English wording on an English screen when the form
 * gives one (`optionsEn`), else the option itself, which is also what a record stores.
 */
export function optionLabel(field: { optionsEn?: OptionsEn }, option: string, locale: Locale): string {
  const words = field.optionsEn;
  // Own keys only: a definition is JSON from anyone, and an option such as "constructor" must not read Object's.
  return locale === 'en' && words && Object.hasOwn(words, option) ? (words[option] ?? option) : option;
}
