import { localized, type Locale, type LocalizedText } from '@toolbox/sdk';

/** A definition's text in the user's language (Chinese when it has no English). */
export const textOf = (text: LocalizedText | undefined, locale: Locale): string => localized(text, locale);

/** Fields named together, as a sentence names them: 户主姓名和住址, “Name and Address”. */
export const labelsOf = (fields: readonly { label: LocalizedText }[], locale: Locale): string =>
  new Intl.ListFormat(locale, { type: 'conjunction' }).format(fields.map((f) => textOf(f.label, locale)));
