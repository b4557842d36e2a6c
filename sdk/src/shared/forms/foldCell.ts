/** Folds what a clerk may type differently from an option: full-width letters and digits, case, spaces at the ends. */
export const foldCell = (text: string): string => text.normalize('NFKC').trim().toLowerCase();

/** What may stand between the options of a multichoice cell: 因病、因残 / Illness, Disability. */
export const LIST_SEPARATORS = /[、,，;；/\n]+/;
