import { appFigures } from './appFigures.ts';
import { findMergeCandidates } from './findMergeCandidates.ts';
import { recommendApp } from './recommendApp.ts';
import { lookbackMonths, reviewPeriod } from './reviewPeriod.ts';
import type { Review, ReviewInput, ReviewRow } from './reviewTypes.ts';
import { scoreApp } from './scoreApp.ts';
import { shanghaiDayStart } from '@toolbox/sdk';

const NO_RATING = { average: null, count: 0 };

/**
 * The annual review from rollups: pure, so its rules are tested without a database, and its cost is in
 * proportion to apps × months, whatever the number of events. Rows come lowest score first: the weak apps lead.
 */
export function computeReview(input: ReviewInput): Omit<Review, 'refusedEvents'> {
  const { year, now, settings } = input;
  const period = reviewPeriod(year, now);
  // A past year is judged on its own last months; the current year on the latest complete ones, which may reach back
  // into last year: an app is not spared in January because the year has just begun.
  const nextYear = shanghaiDayStart(`${year + 1}-01-01`);
  const lookback = lookbackMonths(now < nextYear ? now : nextYear, settings.lookbackMonths);
  const usersByApp = new Map(input.apps.map((a) => [a.id, input.usage.get(a.id)?.yearActive ?? 0]));
  const { candidates, hints } = findMergeCandidates(input.apps, usersByApp, input.shared, settings.mergeOverlap);

  const rows: ReviewRow[] = input.apps.map((app) => {
    const rating = input.ratings.get(app.id) ?? NO_RATING;
    const figures = appFigures(app, input.usage.get(app.id), rating, period, lookback);
    const { recommendation, reasons } = recommendApp(figures, settings, hints.get(app.id), app);
    return { ...figures, score: scoreApp(figures, settings), recommendation, reasons };
  });
  rows.sort((a, b) => a.score - b.score || a.id.localeCompare(b.id));
  return {
    year,
    generatedAt: now.toISOString(),
    asOf: period.lastDay,
    settings,
    apps: rows,
    mergeCandidates: candidates,
  };
}
