/** How much each part weighs in an app's score (0–100); they are normalised, so only their ratios matter. */
export interface ScoreWeights {
  usage: number;
  coverage: number;
  reliability: number;
  satisfaction: number;
  trend: number;
}

/** The thresholds of the annual review. One object, read and changed with GET/PUT /api/review-settings. */
export interface ReviewSettings {
  /** Below this average of monthly active users over the lookback months, an app is a candidate to retire. */
  minMonthlyActiveUsers: number;
  /** How many recent complete months the usage rule looks at; an app live for less is not retired. */
  lookbackMonths: number;
  /** Above this share of load errors among open attempts, an app needs improving. */
  maxLoadErrorRate: number;
  /** Below this average rating, given at least `minRatings` ratings, an app needs improving. */
  minRating: number;
  minRatings: number;
  /** Below this share of units in its visibility using it every month, an app needs improving. */
  minCoverage: number;
  /** Two apps of one category whose users overlap this much (share of the smaller app's users) are merge candidates. */
  mergeOverlap: number;
  /** A drop of opens from H1 to H2 beyond this share is a reason to improve. */
  maxDecline: number;
  /** Above this yearly cost per active user (yuan), an app needs improving; null = no cost rule. */
  maxCostPerActiveUser: number | null;
  /** Days between deprecating an app and retiring it, at least. */
  noticeDays: number;
  /** Days raw usage events are kept before pruning; rollups are kept for ever. */
  rawRetentionDays: number;
  weights: ScoreWeights;
}

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
