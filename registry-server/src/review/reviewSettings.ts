import type { ReviewSettings } from '@toolbox/sdk/api';
/** How much each part weighs in an app's score (0–100); they are normalised, so only their ratios matter. */
export interface ScoreWeights {
  usage: number;
  coverage: number;
  reliability: number;
  satisfaction: number;
  trend: number;
}

/** The thresholds of the annual review (the contract documents each). One object, read and changed with GET/PUT /api/review-settings. */
export type { ReviewSettings };

export const DEFAULT_REVIEW_SETTINGS: ReviewSettings = {
  minMonthlyActiveUsers: 10,
  lookbackMonths: 6,
  maxLoadErrorRate: 0.05,
  minRating: 3,
  minRatings: 5,
  minCoverage: 0.3,
  mergeOverlap: 0.6,
  maxDecline: 0.5,
  maxCostPerActiveUser: null,
  noticeDays: 30,
  rawRetentionDays: 90,
  weights: { usage: 40, coverage: 20, reliability: 15, satisfaction: 15, trend: 10 },
};
