import type { DataRecord, RecordFilter, RecordQuery } from '../types.ts';
import { asciiLower, type RecordValue, recordValues } from './recordValues.ts';

const NUMBER = /^-?\d+(\.\d+)?$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * What a filter's text value is compared with: an ISO date-time as its instant and a number as a number (stored
 * numbers; an equality also matches the same text), anything else as text. The server builds the same test in SQL.
 */
export function filterTarget(value: string): { num: number | null; text: string | null } {
  if (ISO_DATE_TIME.test(value)) {
    const instant = Date.parse(value);
    if (Number.isFinite(instant)) return { num: instant, text: null };
  }
  if (NUMBER.test(value)) return { num: Number(value), text: value };
  return { num: null, text: value };
}

/** Code point order: what SQLite (BINARY) and PostgreSQL (COLLATE "C", UTF-8) sort text by. */
export function compareText(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i] as string).codePointAt(0)! - (y[i] as string).codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

function compare<V extends string | number>(a: V, b: V, op: RecordFilter['op']): boolean {
  const d = typeof a === 'number' ? a - (b as number) : compareText(a as string, b as string);
  return op === 'eq' ? d === 0 : op === 'gt' ? d > 0 : op === 'gte' ? d >= 0 : op === 'lt' ? d < 0 : d <= 0;
}

function matchesFilter(values: RecordValue[], filter: RecordFilter): boolean {
  const target = filterTarget(String(filter.value));
  // A number is compared as a number; only equality also takes the same text (a room 201, a code 007).
  return values.some(
    (v) =>
      v.field === filter.field &&
      ((target.num !== null && v.num !== null && compare(v.num, target.num, filter.op)) ||
        (target.text !== null && v.text !== null && (target.num === null || filter.op === 'eq') && compare(v.text, target.text, filter.op))),
  );
}

type Key = { num: number | null; text: string | null };

function compareKeys(a: Key, b: Key, sign: number): number {
  for (const part of ['num', 'text'] as const) {
    const x = a[part];
    const y = b[part];
    if (x === null && y === null) continue;
    // Empty values stay last in both directions.
    if (x === null) return 1;
    if (y === null) return -1;
    const d = typeof x === 'number' ? x - (y as number) : compareText(x, y as string);
    if (d !== 0) return d * sign;
  }
  return 0;
}

/**
 * Filters, searches, sorts and pages `records` as the registry's list route does: the SDK's test double runs this, and
 * a shared test holds the two to the same answers. Without a sort, newest first; ties keep the newest first. Text is
 * sorted by `sortKey(text)` in code point order: the registry's order is that of `textSortKey` (`loadTextSortKey`);
 * without one, by the text itself.
 */
export function matchRecords<T>(
  records: readonly DataRecord<T>[],
  query: RecordQuery,
  sortKey: (text: string) => string = (text) => text,
): { items: DataRecord<T>[]; total: number } {
  const needle = query.search ? asciiLower(query.search.text) : '';
  const searchIn = new Set(query.search?.fields ?? []);
  const rows = records
    .map((record, index) => ({ record, index, values: recordValues(record.data as Record<string, unknown>) }))
    .filter(({ values }) => {
      if (!(query.filters ?? []).every((f) => matchesFilter(values, f))) return false;
      return needle === '' || values.some((v) => searchIn.has(v.field) && v.text !== null && asciiLower(v.text).includes(needle));
    });
  const sort = query.sort;
  const keyOf = (values: RecordValue[]): Key => {
    const value = values.find((v) => v.field === sort?.field && v.pos === 0);
    return { num: value?.num ?? null, text: value?.text == null ? null : sortKey(value.text) };
  };
  const keyed = rows.map((row) => ({ ...row, key: keyOf(row.values) }));
  keyed.sort((a, b) => {
    const bySort = sort ? compareKeys(a.key, b.key, sort.direction === 'desc' ? -1 : 1) : 0;
    if (bySort !== 0) return bySort;
    return a.record.createdAt !== b.record.createdAt ? (a.record.createdAt < b.record.createdAt ? 1 : -1) : b.index - a.index;
  });
  const offset = query.offset ?? 0;
  const page = keyed.slice(offset, query.limit === undefined ? undefined : offset + query.limit);
  return { items: page.map((r) => r.record), total: keyed.length };
}
