import type { AppFigures } from './appFigures.ts';
import type { ReviewSettings, ScoreWeights } from './reviewSettings.ts';

/**
 * The score, 0–100: a weighted mean of five parts, each 0–1 and each exactly 0.5 at its threshold, so an app that
 * just meets every threshold scores 50. Parts are defined in docs/metrics.md.
 */
export function scoreParts(f: AppFigures, s: ReviewSettings): Record<keyof ScoreWeights, number> {
  const mau = f.lookbackMonthlyActiveUsers ?? f.avgMonthlyActiveUsers;
  return {
    usage: towards(mau, s.minMonthlyActiveUsers),
    coverage: towards(f.coverage.ratio, s.minCoverage),
    reliability: s.maxLoadErrorRate === 0 ? (f.loadErrorRate > 0 ? 0 : 1) : clamp01(1 - f.loadErrorRate / (2 * s.maxLoadErrorRate)),
    satisfaction: satisfaction(f.rating, s),
    trend: f.trend.change === null ? 0.5 : clamp01(0.5 + (0.5 * f.trend.change) / s.maxDecline),
  };
}

export function scoreApp(f: AppFigures, s: ReviewSettings): number {
  const parts = scoreParts(f, s);
  let sum = 0;
  let weight = 0;
  for (const key of Object.keys(parts) as (keyof ScoreWeights)[]) {
    sum += parts[key] * s.weights[key];
    weight += s.weights[key];
  }
  return weight === 0 ? 0 : Math.round((100 * sum) / weight);
}

/** 0 at nothing, 0.5 at the threshold, 1 at twice the threshold or more. */
function towards(value: number, threshold: number): number {
  if (threshold <= 0) return 1;
  return clamp01(value / (2 * threshold));
}

/** Too few ratings say nothing either way (0.5); otherwise 1★ → 0, the threshold → 0.5, 5★ → 1. */
function satisfaction(rating: { average: number | null; count: number }, s: ReviewSettings): number {
  if (rating.average === null || rating.count < s.minRatings) return 0.5;
  if (rating.average >= s.minRating) {
    return s.minRating >= 5 ? 1 : 0.5 + (0.5 * (rating.average - s.minRating)) / (5 - s.minRating);
  }
  return s.minRating <= 1 ? 0 : (0.5 * (rating.average - 1)) / (s.minRating - 1);
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}
