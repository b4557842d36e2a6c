import type { AppReviewDetail } from '@toolbox/sdk/api';
import type { OrgUnit } from '../org/OrgTree.ts';
import type { UsageDb } from '../usage/usageDb.ts';
import { Errors } from '../errors.ts';
import { buildReview } from './buildReview.ts';
import { loadAppUsage } from './loadAppUsage.ts';
import { loadRatings } from './loadRatings.ts';
import { streetOf } from './orgScope.ts';
import { reviewPeriod } from './reviewPeriod.ts';
import { suppressUsers } from './smallCells.ts';

export type { AppReviewDetail };

/**
 * One app's review row with its months and its streets. Cells of one or two users are suppressed (null), and so is
 * every other figure of a suppressed cell (a month's opens and load errors, a street's opens), which would otherwise
 * show what those one or two people did.
 */
export async function buildAppDetail(db: UsageDb, units: readonly OrgUnit[], year: number, appId: string, now: Date): Promise<AppReviewDetail> {
  const review = await buildReview(db, units, year, now);
  const row = review.apps.find((r) => r.id === appId);
  if (!row) throw new Errors.APP_NOT_FOUND(appId);
  const period = reviewPeriod(year, now);
  const [usage, presence, ratings] = await Promise.all([
    loadAppUsage(db, year, [], appId),
    db
      .selectFrom('usage_period_users')
      .select(['user_hash', 'unit_id'])
      .where('app_id', '=', appId)
      .where('period', '=', String(year))
      .execute(),
    loadRatings(db, appId),
  ]);
  const u = usage.get(appId);

  const monthly = period.startedMonths.map((month) => {
    const m = u?.months.get(month);
    const activeUsers = suppressUsers(u?.monthlyActive.get(month) ?? 0);
    if (activeUsers === null) return { month, activeUsers, opens: null, loadErrors: null };
    return { month, activeUsers, opens: m?.opens ?? 0, loadErrors: m?.loadErrors ?? 0 };
  });

  const streets = streetOf(units);
  const users = new Map<string, Set<string>>();
  for (const p of presence) {
    const street = streets.get(p.unit_id)?.id ?? p.unit_id;
    let set = users.get(street);
    if (!set) {
      set = new Set();
      users.set(street, set);
    }
    set.add(p.user_hash);
  }
  const opens = new Map<string, number>();
  const unitOpens = await db
    .selectFrom('usage_unit_years')
    .select(['unit_id', 'opens'])
    .where('app_id', '=', appId)
    .where('year', '=', String(year))
    .execute();
  for (const r of unitOpens) {
    const street = streets.get(r.unit_id)?.id ?? r.unit_id;
    opens.set(street, (opens.get(street) ?? 0) + Number(r.opens));
  }
  // Every street is listed, used or not; other top-level units (the operations centre) only when they used the app.
  const listed = [...new Map([...streets.values()].map((s) => [s.id, s])).values()].filter(
    (s) => s.kind === 'street' || users.has(s.id) || opens.has(s.id),
  );
  const byStreet = listed.map((s) => {
    const active = suppressUsers(users.get(s.id)?.size ?? 0);
    return { unitId: s.id, unitName: s.name, activeUsers: active, opens: active === null ? null : (opens.get(s.id) ?? 0) };
  });
  return { row, monthly, byStreet, ratings };
}
