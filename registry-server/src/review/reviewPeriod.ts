import { daysBetween, daysInMonth, monthsOfYear, shanghaiDay } from '@toolbox/sdk';

/** The span a review covers: a past year whole, the current year up to today. */
export interface ReviewPeriod {
  year: number;
  /** The last Shanghai day counted (today, or 31 December). */
  lastDay: string;
  /** Months of the year that have ended. */
  completeMonths: string[];
  /** Months of the year that have begun. */
  startedMonths: string[];
}

export function reviewPeriod(year: number, now: Date): ReviewPeriod {
  const today = shanghaiDay(now);
  const yearEnd = `${year}-12-31`;
  const lastDay = today < yearEnd ? today : yearEnd;
  const months = monthsOfYear(year);
  return {
    year,
    lastDay,
    completeMonths: months.filter((m) => `${m}-${String(daysInMonth(m)).padStart(2, '0')}` < today),
    startedMonths: months.filter((m) => `${m}-01` <= lastDay),
  };
}

/** The `n` complete months before `now`, oldest first; they may reach into the previous year. */
export function lookbackMonths(now: Date, n: number): string[] {
  const [y, m] = shanghaiDay(now).split('-').map(Number) as [number, number];
  const out: string[] = [];
  for (let i = n; i >= 1; i--) {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    out.push(d.toISOString().slice(0, 7));
  }
  return out;
}

/** The days of the period an app was live: from its first publication (or 1 January) to its retirement (or the last day). */
export function liveWindow(
  period: ReviewPeriod,
  liveFrom: string | null,
  retiredOn: string | null,
): { from: string; to: string; days: number } | null {
  if (!liveFrom) return null;
  const yearStart = `${period.year}-01-01`;
  const from = liveFrom > yearStart ? liveFrom : yearStart;
  let to = period.lastDay;
  if (retiredOn) {
    const dayBefore = previousDay(retiredOn);
    if (dayBefore < to) to = dayBefore;
  }
  if (to < from) return null;
  return { from, to, days: daysBetween(from, to) + 1 };
}

/** Months the app was live in, complete ones if any, else the started ones (an app launched this month). */
export function liveMonths(period: ReviewPeriod, window: { from: string; to: string } | null): string[] {
  if (!window) return [];
  const overlaps = (m: string) =>
    `${m}-01` <= window.to && `${m}-${String(daysInMonth(m)).padStart(2, '0')}` >= window.from;
  const complete = period.completeMonths.filter(overlaps);
  return complete.length > 0 ? complete : period.startedMonths.filter(overlaps);
}

function previousDay(day: string): string {
  const d = new Date(Date.parse(`${day}T00:00:00.000Z`) - 86_400_000);
  return d.toISOString().slice(0, 10);
}
