import { type RecordStats, shanghaiMonth } from '@toolbox/sdk';
import { sortStats } from '@toolbox/sdk/data';
import type { Db } from '../db/createDatabase.ts';
import type { RecordScope } from './recordStore.ts';

/**
 * Counts of the records in `scope`: in all, by the values of `field` (record_values' index) and by Shanghai month of
 * creation. Months are grouped by the UTC hour in SQL (substr works alike on both engines) and shifted here, so a
 * record made at 01:00 on the 1st in Shanghai counts in its Shanghai month: at most 24 × days groups, never records.
 */
export async function recordStats(db: Db, scope: RecordScope, field?: string): Promise<RecordStats> {
  let records = db.selectFrom('records as r').where('r.app_id', '=', scope.appId).where('r.collection', '=', scope.collection);
  if (scope.unit) records = records.where('r.unit_id', '=', scope.unit);
  const hours = records
    .select((eb) => [eb.fn<string>('substr', ['r.created_at', eb.val(1), eb.val(13)]).as('hour'), eb.fn.countAll().as('n')])
    .groupBy('hour')
    .execute();
  const values = async () => {
    if (field === undefined) return [];
    let query = db
      .selectFrom('record_values as v')
      .where('v.app_id', '=', scope.appId)
      .where('v.collection', '=', scope.collection)
      .where('v.field', '=', field)
      .where('v.text_value', 'is not', null);
    if (scope.unit) query = query.innerJoin('records as r', 'r.id', 'v.record_id').where('r.unit_id', '=', scope.unit);
    return query.select((eb) => ['v.text_value', eb.fn.countAll().as('n')]).groupBy('v.text_value').execute();
  };
  const [byHour, byText] = await Promise.all([hours, values()]);
  const byMonth = new Map<string, number>();
  let total = 0;
  for (const { hour, n } of byHour) {
    const month = shanghaiMonth(`${hour}:00:00Z`);
    byMonth.set(month, (byMonth.get(month) ?? 0) + Number(n));
    total += Number(n);
  }
  const byValue = new Map(byText.map((r) => [r.text_value as string, Number(r.n)]));
  return sortStats(byValue, byMonth, total);
}
