// `@toolbox/sdk/data`: the rules of a collection query (its wire form, filters, sort, search, counts) shared by the
// registry server, the desktop's collection client and the SDK's test double. A subpath rather than the root: the
// desktop shares the root with every app at run time, and these rules are needed only by code that queries.
export { RECORD_VALUE_TEXT_MAX, type RecordValue, asciiLower, recordValues } from './recordValues.ts';
export { RECORD_FILTER_OPS, RECORD_QUERY_LIMITS, type RecordQueryProblem, type RecordQueryWire, parseRecordQuery, recordQueryParams } from './recordQuery.ts';
export { compareText, filterTarget, matchRecords } from './matchRecords.ts';
export { countRecords, sortStats } from './countRecords.ts';
export { canonicalJson, changedFields, type MergedChanges, mergeChanges } from './mergeChanges.ts';

/**
 * `textSortKey(text)`, the key a collection query sorts text by (pinyin for Chinese, numbers by value: see
 * textSortKey.ts), loaded on first use: pinyin-pro's dictionary (about 140 kB gzip) stays out of code that only
 * filters, and out of every desktop.
 */
export const loadTextSortKey = (): Promise<(text: string) => string> => (loadingSortKey ??= import('./textSortKey.ts').then((m) => m.textSortKey));
// Asked for on every record write: a second import() of the loaded module still goes through the module loader.
let loadingSortKey: Promise<(text: string) => string> | undefined;

/**
 * `nameSortKey(text)`, loaded as `loadTextSortKey`: the key of a person's name, its first character read as a surname
 * (曾 zeng, 单 shan), or null when that is its `textSortKey` anyway. The registry sorts a form's `personName` fields by it.
 */
export const loadNameSortKey = (): Promise<(text: string) => string | null> => (loadingNameKey ??= import('./textSortKey.ts').then((m) => m.nameSortKey));
let loadingNameKey: Promise<(text: string) => string | null> | undefined;
