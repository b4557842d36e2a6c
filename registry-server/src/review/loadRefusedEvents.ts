import { REFUSAL_REASONS, zeroByReason, type RefusalReason } from '../usage/refusalReasons.ts';
import type { UsageDb } from '../usage/usageDb.ts';
import type { RefusedEvents } from './reviewTypes.ts';

/**
 * The usage events refused in `year` (by the Shanghai day they were received), per reason and per app, from the
 * `usage_refused` rollup: counts only, never per person. Events refused before an app could be named (unknown app,
 * the rate limit) count in the total and their reason, not under any app.
 */
export async function loadRefusedEvents(db: UsageDb, year: number): Promise<RefusedEvents> {
  const rows = await db
    .selectFrom('usage_refused')
    .select(['app_id', 'reason', (eb) => eb.fn.sum<number | string>('count').as('count')])
    .where('day', '>=', `${year}-01-01`)
    .where('day', '<=', `${year}-12-31`)
    .groupBy(['app_id', 'reason'])
    .execute();
  const known = new Set<string>(REFUSAL_REASONS);
  const out: RefusedEvents = { total: 0, byReason: zeroByReason(), byApp: {} };
  for (const r of rows) {
    // A reason this version does not know (a newer instance wrote it) still counts in the total.
    const count = Number(r.count);
    out.total += count;
    if (!known.has(r.reason)) continue;
    const reason = r.reason as RefusalReason;
    out.byReason[reason] = (out.byReason[reason] ?? 0) + count;
    if (r.app_id === '') continue;
    const app = out.byApp[r.app_id] ?? { total: 0, byReason: {} };
    out.byApp[r.app_id] = app;
    app.total += count;
    app.byReason[reason] = (app.byReason[reason] ?? 0) + count;
  }
  return out;
}
