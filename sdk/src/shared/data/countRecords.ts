import type { RecordStats } from '../api/data.ts';
import { shanghaiMonth } from '../time.ts';
import type { DataRecord } from '../types.ts';
import { compareText } from './matchRecords.ts';
import { recordValues } from './recordValues.ts';

/** Values most counted first, ties in text order; months oldest first: the order the server answers in. */
export function sortStats(byValue: Map<string, number>, byMonth: Map<string, number>, total: number, monthBy?: string): RecordStats {
  return {
    total,
    byValue: [...byValue].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || compareText(a.value, b.value)),
    byMonth: [...byMonth].map(([month, count]) => ({ month, count })).sort((a, b) => compareText(a.month, b.month)),
    ...(monthBy === undefined ? {} : { monthBy }),
  };
}

/** A date's month (`YYYY-MM-DD` or a date-time's first 7 characters), as the registry reads it; undefined for anything else. */
const monthOf = (value: unknown) => (typeof value === 'string' && /^\d{4}-\d{2}(-|$)/.test(value) ? value.slice(0, 7) : undefined);

/**
 * What the stats route answers for these records: counts by the text values of `field` and by Shanghai month of
 * creation, or with `monthBy` by the month of that date field (records without one are left out of `byMonth`).
 */
export function countRecords(records: readonly DataRecord<unknown>[], field?: string, monthBy?: string): RecordStats {
  const byValue = new Map<string, number>();
  const byMonth = new Map<string, number>();
  for (const record of records) {
    if (field !== undefined) {
      for (const v of recordValues(record.data as Record<string, unknown>)) {
        if (v.field === field && v.text !== null) byValue.set(v.text, (byValue.get(v.text) ?? 0) + 1);
      }
    }
    const month = monthBy === undefined ? shanghaiMonth(record.createdAt) : monthOf((record.data as Record<string, unknown>)[monthBy]);
    if (month !== undefined) byMonth.set(month, (byMonth.get(month) ?? 0) + 1);
  }
  return sortStats(byValue, byMonth, records.length, monthBy);
}
