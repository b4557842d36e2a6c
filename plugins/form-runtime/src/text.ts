import { localized, type Locale, type LocalizedText } from '@toolbox/sdk';

/** A definition's text in the user's language (Chinese when it has no English). */
export const textOf = (text: LocalizedText | undefined, locale: Locale): string => localized(text, locale);
