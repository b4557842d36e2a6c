// A small fixture year for the pure review tests: builds AppFacts and AppUsage as the loader would from rollups.
import { monthsOfYear } from '@toolbox/sdk';
import { DEFAULT_REVIEW_SETTINGS } from '../../src/review/reviewSettings.ts';
import type { AppFacts, AppUsage, ReviewInput } from '../../src/review/reviewTypes.ts';

export const UNITS = Array.from({ length: 10 }, (_, i) => `committee-${i}`);

export function facts(id: string, over: Partial<AppFacts> = {}): AppFacts {
  return {
    id,
    name: { 'zh-CN': `应用${id}` },
    category: '基层治理',
    scenario: 'general',
    status: 'active',
    owner: { unit: 'ops-centre', unitName: '区城运中心', contact: '李开发' },
    annualCost: null,
    eligibleUnitIds: new Set(UNITS),
    forStaff: true,
    runs: 0,
    liveFrom: '2024-03-01',
    retiredOn: null,
    versionsPublished: 1,
    ...over,
  };
}

/** Usage of a year: the same monthly active users, opens and errors every month, from the given units every month. */
export function steadyUsage(
  year: number,
  o: { mau: number; opensPerMonth: number; errorsPerMonth?: number; activeDays?: number; units?: number; yearActive?: number },
): AppUsage {
  const months = monthsOfYear(year);
  const usage: AppUsage = {
    months: new Map(months.map((m) => [m, { opens: o.opensPerMonth, loadErrors: o.errorsPerMonth ?? 0, activeDays: o.activeDays ?? 20 }])),
    monthlyActive: new Map(months.map((m) => [m, o.mau])),
    yearActive: o.yearActive ?? o.mau,
    unitMonths: new Map(UNITS.slice(0, o.units ?? 0).map((u) => [u, 0xfff])),
  };
  return usage;
}

export function input(year: number, now: string, apps: [AppFacts, AppUsage?][], over: Partial<ReviewInput> = {}): ReviewInput {
  return {
    year,
    now: new Date(now),
    settings: structuredClone(DEFAULT_REVIEW_SETTINGS),
    apps: apps.map(([a]) => a),
    usage: new Map(apps.filter(([, u]) => u).map(([a, u]) => [a.id, u as AppUsage])),
    ratings: new Map(),
    shared: [],
    ...over,
  };
}
