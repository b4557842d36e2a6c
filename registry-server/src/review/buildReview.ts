import type { OrgUnit } from '../org/OrgTree.ts';
import { shanghaiDay, shanghaiDayStart } from '@toolbox/sdk';
import type { UsageDb } from '../usage/usageDb.ts';
import { computeReview } from './computeReview.ts';
import { loadAppFacts } from './loadAppFacts.ts';
import { loadRefusedEvents } from './loadRefusedEvents.ts';
import { loadAppUsage, loadRatingSummaries, loadSharedUsers } from './loadAppUsage.ts';
import { lookbackMonths, reviewPeriod } from './reviewPeriod.ts';
import { loadReviewSettings } from './reviewSettingsStore.ts';
import type { Review } from './reviewTypes.ts';

/** Reads the rollups of `year` and computes its review. */
export async function buildReview(db: UsageDb, units: readonly OrgUnit[], year: number, now: Date): Promise<Review> {
  const settings = await loadReviewSettings(db);
  const period = reviewPeriod(year, now);
  const nextYear = shanghaiDayStart(`${year + 1}-01-01`);
  const lookback = lookbackMonths(now < nextYear ? now : nextYear, settings.lookbackMonths);
  const apps = await loadAppFacts(db, units, year, period.lastDay, shanghaiDay(now));
  const [usage, ratings, shared, refusedEvents] = await Promise.all([
    loadAppUsage(db, year, lookback.filter((m) => !m.startsWith(`${year}-`))),
    loadRatingSummaries(db),
    loadSharedUsers(db, year, new Map(apps.map((a) => [a.id, a.category]))),
    loadRefusedEvents(db, year),
  ]);
  return { ...computeReview({ year, now, settings, apps, usage, ratings, shared }), refusedEvents };
}
