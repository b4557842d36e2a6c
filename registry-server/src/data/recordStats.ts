import { type RecordStats, shanghaiMonth } from '@toolbox/sdk';
import { sortStats } from '@toolbox/sdk/data';
import type { Db } from '../db/createDatabase.ts';
import type { RecordScope } from './recordStore.ts';

/**
 * Counts of the records in `scope`: in all, by the values of `field` (record_values' index) and by Shanghai month of
 * creation, or with `monthBy` by the month of that date field (its YYYY-MM-DD text; records without one are not counted
 * by month). Months are grouped by the UTC hour in SQL (substr works alike on both engines) and shifted here, so a
 * record made at 01:00 on the 1st in Shanghai counts in its Shanghai month: at most 24 × days groups, never records.
 */
export async function recordStats(db: Db, scope: RecordScope, field?: string, monthBy?: string): Promise<RecordStats> {
  let records = db.selectFrom('records as r').where('r.app_id', '=', scope.appId).where('r.collection', '=', scope.collection);
  if (scope.unit) records = records.where('r.unit_id', '=', scope.unit);
  const hours = records
    .select((eb) => [eb.fn<string>('substr', ['r.created_at', eb.val(1), eb.val(13)]).as('hour'), eb.fn.countAll().as('n')])
    .groupBy('hour')
    .execute();
  /** The indexed text values of `key` in scope. */
  const valuesOf = (key: string) => {
    const query = db
      .selectFrom('record_values as v')
      .where('v.app_id', '=', scope.appId)
      .where('v.collection', '=', scope.collection)
      .where('v.field', '=', key)
      .where('v.text_value', 'is not', null);
    return scope.unit ? query.innerJoin('records as r', 'r.id', 'v.record_id').where('r.unit_id', '=', scope.unit) : query;
  };
  const values = async () =>
    field === undefined ? [] : valuesOf(field).select((eb) => ['v.text_value', eb.fn.countAll().as('n')]).groupBy('v.text_value').execute();
  // By a date field's month: its text's first 7 characters (dates are stored as YYYY-MM-DD).
  const dates = async () =>
    monthBy === undefined
      ? []
      : valuesOf(monthBy)
          .where('v.pos', '=', 0)
          .select((eb) => [eb.fn<string>('substr', ['v.text_value', eb.val(1), eb.val(7)]).as('month'), eb.fn.countAll().as('n')])
          .groupBy('month')
          .execute();
  const [byHour, byText, byDate] = await Promise.all([hours, values(), dates()]);
  const byMonth = new Map<string, number>();
  let total = 0;
  for (const { hour, n } of byHour) {
    total += Number(n);
    if (monthBy !== undefined) continue;
    const month = shanghaiMonth(`${hour}:00:00Z`);
    byMonth.set(month, (byMonth.get(month) ?? 0) + Number(n));
  }
  for (const { month, n } of byDate) if (/^\d{4}-\d{2}$/.test(month)) byMonth.set(month, (byMonth.get(month) ?? 0) + Number(n));
  const byValue = new Map(byText.map((r) => [r.text_value as string, Number(r.n)]));
  return sortStats(byValue, byMonth, total, monthBy);
}
