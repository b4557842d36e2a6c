import { sql } from 'kysely';
import type { UsageDb } from '../usage/usageDb.ts';
import type { AppUsage, SharedUsers } from './reviewTypes.ts';

/**
 * Every app's rollups for a year, in four grouped queries whose cost grows with apps × days (or × units), never
 * with events: opens, load errors and active days per month; distinct users per month and for the year (counters);
 * the months each unit opened each app. `extraMonths` adds monthly active users of the lookback before the year.
 */
export async function loadAppUsage(db: UsageDb, year: number, extraMonths: readonly string[], appId?: string): Promise<Map<string, AppUsage>> {
  const y = String(year);
  const month = sql<string>`substr(day, 1, 7)`;
  let days = db
    .selectFrom('usage_app_days')
    .select(['app_id', 'type', month.as('month'), sql<number>`sum(count)`.as('n'), sql<number>`count(*)`.as('days')])
    .where('day', '>=', `${y}-01-01`)
    .where('day', '<=', `${y}-12-31`)
    .where('type', 'in', ['open', 'load_error'])
    .groupBy(['app_id', month, 'type']);
  const periods = [...new Set([y, ...Array.from({ length: 12 }, (_, i) => `${y}-${String(i + 1).padStart(2, '0')}`), ...extraMonths])];
  let active = db.selectFrom('usage_period_active').select(['app_id', 'period', 'users']).where('period', 'in', periods);
  let units = db.selectFrom('usage_unit_years').select(['app_id', 'unit_id', 'months']).where('year', '=', y);
  if (appId !== undefined) {
    days = days.where('app_id', '=', appId);
    active = active.where('app_id', '=', appId);
    units = units.where('app_id', '=', appId);
  }
  const [dayRows, activeRows, unitRows] = await Promise.all([days.execute(), active.execute(), units.execute()]);

  const out = new Map<string, AppUsage>();
  const of = (id: string): AppUsage => {
    let u = out.get(id);
    if (!u) out.set(id, (u = { months: new Map(), monthlyActive: new Map(), yearActive: 0, unitMonths: new Map() }));
    return u;
  };
  for (const r of dayRows) {
    const months = of(r.app_id).months;
    const m = months.get(r.month) ?? { opens: 0, loadErrors: 0, activeDays: 0 };
    // PostgreSQL returns sums and counts as strings (bigint).
    if (r.type === 'open') {
      m.opens = Number(r.n);
      m.activeDays = Number(r.days);
    } else m.loadErrors = Number(r.n);
    months.set(r.month, m);
  }
  for (const r of activeRows) {
    if (r.period === y) of(r.app_id).yearActive = Number(r.users);
    else of(r.app_id).monthlyActive.set(r.period, Number(r.users));
  }
  for (const r of unitRows) of(r.app_id).unitMonths.set(r.unit_id, Number(r.months));
  return out;
}

/** Users shared by each pair of apps of one category over the year (a self-join of yearly presence). */
export async function loadSharedUsers(db: UsageDb, year: number): Promise<SharedUsers[]> {
  const rows = await db
    .selectFrom('usage_period_users as a')
    .innerJoin('usage_period_users as b', (j) =>
      j.onRef('b.period', '=', 'a.period').onRef('b.user_hash', '=', 'a.user_hash').onRef('b.app_id', '>', 'a.app_id'),
    )
    .innerJoin('apps as pa', 'pa.id', 'a.app_id')
    .innerJoin('apps as pb', (j) => j.onRef('pb.id', '=', 'b.app_id').onRef('pb.category', '=', 'pa.category'))
    .select(['a.app_id as a', 'b.app_id as b', sql<number>`count(*)`.as('shared')])
    .where('a.period', '=', String(year))
    .groupBy(['a.app_id', 'b.app_id'])
    .execute();
  return rows.map((r) => ({ a: r.a, b: r.b, shared: Number(r.shared) }));
}

/** Average and count of the current ratings of every app. */
export async function loadRatingSummaries(db: UsageDb): Promise<Map<string, { average: number | null; count: number }>> {
  const rows = await db
    .selectFrom('app_ratings')
    .select(['app_id', sql<number>`avg(score)`.as('average'), sql<number>`count(*)`.as('count')])
    .groupBy('app_id')
    .execute();
  return new Map(rows.map((r) => [r.app_id, { average: Math.round(Number(r.average) * 10) / 10, count: Number(r.count) }]));
}
