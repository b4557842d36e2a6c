import { daysBetween } from '@toolbox/sdk';
import { liveMonths, liveWindow, type ReviewPeriod } from './reviewPeriod.ts';
import type { AppFacts, AppUsage, ReviewRow } from './reviewTypes.ts';
import { round } from './round.ts';

/** The measured part of a review row: everything but score, recommendation and reasons. */
export type AppFigures = Omit<ReviewRow, 'score' | 'recommendation' | 'reasons'>;

const EMPTY_USAGE: AppUsage = { months: new Map(), monthlyActive: new Map(), yearActive: 0, unitMonths: new Map() };

/**
 * Computes one app's figures for the year from its rollups. Pure; definitions are in docs/metrics.md.
 * `lookbackMonths` are the recent complete months the retire rule reads.
 */
export function appFigures(
  app: AppFacts,
  usage: AppUsage | undefined,
  rating: { average: number | null; count: number },
  period: ReviewPeriod,
  lookback: string[],
): AppFigures {
  const u = usage ?? EMPTY_USAGE;
  const window = liveWindow(period, app.liveFrom, app.retiredOn);
  const months = liveMonths(period, window);

  let opens = 0;
  let loadErrors = 0;
  let activeDays = 0;
  let h1Opens = 0;
  let h2Opens = 0;
  for (const [month, m] of u.months) {
    opens += m.opens;
    loadErrors += m.loadErrors;
    activeDays += m.activeDays;
    if (Number(month.slice(5, 7)) <= 6) h1Opens += m.opens;
    else h2Opens += m.opens;
  }

  const avgMonthlyActiveUsers =
    months.length === 0 ? 0 : round(months.reduce((s, m) => s + (u.monthlyActive.get(m) ?? 0), 0) / months.length, 1);
  // The retire rule is fair only to an app that was live through every lookback month.
  const lookbackApplies =
    lookback.length > 0 && app.liveFrom !== null && app.liveFrom <= `${lookback[0]}-01` && app.retiredOn === null;
  const lookbackMonthlyActiveUsers = lookbackApplies
    ? round(lookback.reduce((s, m) => s + (u.monthlyActive.get(m) ?? 0), 0) / lookback.length, 1)
    : null;

  // Coverage is monthly: the units that opened the app in a month, averaged over the months it was live, so a
  // seasonal app (flood season) is not judged as if every unit needed it every month.
  const needed = months.reduce((mask, m) => mask | (1 << (Number(m.slice(5, 7)) - 1)), 0);
  let unitMonths = 0;
  if (needed !== 0) {
    for (const unitId of app.eligibleUnitIds) unitMonths += popcount((u.unitMonths.get(unitId) ?? 0) & needed);
  }
  const eligible = app.eligibleUnitIds.size;
  // Two decimals, and the ratio derived from the figure shown, so that "0.08/2个单位（4%）" reads right: with one
  // decimal, 1 unit-month in 12 showed as "0.1/2（4.2%）".
  const used = months.length === 0 ? 0 : round(unitMonths / months.length, 2);

  const attempts = opens + loadErrors;
  const activeUsers = u.yearActive;
  return {
    id: app.id,
    name: app.name,
    category: app.category,
    scenario: app.scenario,
    status: app.status,
    owner: app.owner,
    versionsPublished: app.versionsPublished,
    daysLive: window?.days ?? 0,
    opens,
    activeUsers,
    avgMonthlyActiveUsers,
    lookbackMonthlyActiveUsers,
    activeDays,
    coverage: { used, eligible, ratio: eligible === 0 ? 0 : round(used / eligible, 3) },
    loadErrors,
    loadErrorRate: attempts === 0 ? 0 : round(loadErrors / attempts, 4),
    rating,
    annualCost: app.annualCost,
    costPerActiveUser: app.annualCost !== null && activeUsers > 0 ? round(app.annualCost / activeUsers, 2) : null,
    trend: { h1Opens, h2Opens, change: trendChange(period, window, h1Opens, h2Opens) },
  };
}

/**
 * H2 against H1, compared per live day so that a half not yet over (the current year) or an app launched in
 * spring is compared fairly. Null when H1 had no opens or one half had no live day.
 */
function trendChange(
  period: ReviewPeriod,
  window: { from: string; to: string } | null,
  h1Opens: number,
  h2Opens: number,
): number | null {
  if (!window || h1Opens === 0) return null;
  const h1Days = overlapDays(window, `${period.year}-01-01`, `${period.year}-06-30`);
  const h2Days = overlapDays(window, `${period.year}-07-01`, `${period.year}-12-31`);
  if (h1Days === 0 || h2Days === 0) return null;
  return round((h2Opens / h2Days - h1Opens / h1Days) / (h1Opens / h1Days), 3);
}

function overlapDays(window: { from: string; to: string }, from: string, to: string): number {
  const a = window.from > from ? window.from : from;
  const b = window.to < to ? window.to : to;
  return b < a ? 0 : daysBetween(a, b) + 1;
}

function popcount(mask: number): number {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n++;
  return n;
}
