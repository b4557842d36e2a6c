import { sql } from 'kysely';
import type { UsageDb } from '../usage/usageDb.ts';
import type { AppUsage, SharedUsers } from './reviewTypes.ts';

/**
 * Every app's rollups for a year, in three queries whose rows are apps × months (or × units), never events: opens,
 * load errors and active days per month; distinct users per month and for the year (counters); the months each
 * unit opened each app. `extraMonths` adds monthly active users of the lookback before the year.
 */
export async function loadAppUsage(db: UsageDb, year: number, extraMonths: readonly string[], appId?: string): Promise<Map<string, AppUsage>> {
  const y = String(year);
  let days = db
    .selectFrom('usage_app_months')
    .select(['app_id', 'type', 'month', 'count as n', 'days'])
    .where('month', '>=', `${y}-01`)
    .where('month', '<=', `${y}-12`)
    .where('type', 'in', ['open', 'load_error']);
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
    if (!u) {
      u = { months: new Map(), monthlyActive: new Map(), yearActive: 0, unitMonths: new Map() };
      out.set(id, u);
    }
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

/**
 * Users shared by each pair of apps of one category over the year. Counted here rather than by a self-join in SQL:
 * one index-only scan of the year's presence (apps × users rows), then pairs within each user's apps of a category.
 */
export async function loadSharedUsers(db: UsageDb, year: number, categoryOf: ReadonlyMap<string, string>): Promise<SharedUsers[]> {
  const rows = await db
    .selectFrom('usage_period_users')
    .select(['user_hash', 'app_id'])
    .where('period', '=', String(year))
    .orderBy('user_hash')
    .execute();
  const pairs = new Map<string, number>();
  let i = 0;
  while (i < rows.length) {
    const user = rows[i]!.user_hash;
    const byCategory = new Map<string, string[]>();
    for (; i < rows.length && rows[i]!.user_hash === user; i++) {
      const category = categoryOf.get(rows[i]!.app_id);
      if (category === undefined) continue;
      const list = byCategory.get(category);
      if (list) list.push(rows[i]!.app_id);
      else byCategory.set(category, [rows[i]!.app_id]);
    }
    for (const apps of byCategory.values()) {
      if (apps.length < 2) continue;
      apps.sort();
      for (let a = 0; a < apps.length; a++) {
        for (let b = a + 1; b < apps.length; b++) {
          const k = `${apps[a]}\u0000${apps[b]}`;
          pairs.set(k, (pairs.get(k) ?? 0) + 1);
        }
      }
    }
  }
  return [...pairs].map(([k, shared]) => {
    const [a, b] = k.split('\u0000') as [string, string];
    return { a, b, shared };
  });
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
