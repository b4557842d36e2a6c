import type { Scenario } from '@toolbox/sdk';
import type { Review, ReviewRow } from '@toolbox/sdk/api';
import type { ReviewSettings } from './reviewSettings.ts';

/** The review's wire types are the contract's; `Recommendation`, `MergeCandidate` and `RefusedEvents` are parts of them. */
export type { Review, ReviewRow };
export type Recommendation = ReviewRow['recommendation'];
export type MergeCandidate = Review['mergeCandidates'][number];
/**
 * Usage events of the year that were not counted, and why (docs/metrics.md): counts per reason and per app, never per
 * person. `byApp` lists only apps with refusals, and in each only the reasons that occurred.
 */
export type RefusedEvents = Review['refusedEvents'];

/** What the registry knows about an app, apart from usage: the identifying fields of its review row, and more. */
export interface AppFacts extends Pick<ReviewRow, 'id' | 'name' | 'category' | 'status' | 'owner' | 'annualCost' | 'versionsPublished'> {
  scenario: Scenario;
  /** Units (committees and streets) whose staff may open the app; empty for an app staff cannot see. */
  eligibleUnitIds: ReadonlySet<string>;
  /** False for a tool only admins or developers see (the admin console): few users by design, so not retired for it. */
  forStaff: boolean;
  /**
   * How many apps not retired run on it (their current version is a form, and this app its runtime): retiring it would
   * take them all off the desktop, and its own opens say nothing of their use.
   */
  runs: number;
  /** Shanghai day it went live (first version published), or null if never published. */
  liveFrom: string | null;
  /** Shanghai day it was retired, or null. */
  retiredOn: string | null;
}

/** One app's rollups for the year. */
export interface AppUsage {
  /** Per month `YYYY-MM`: opens, load errors, days with an open. */
  months: Map<string, { opens: number; loadErrors: number; activeDays: number }>;
  /** Distinct users per month `YYYY-MM`. */
  monthlyActive: Map<string, number>;
  /** Distinct users over the year. */
  yearActive: number;
  /** Per unit: bitmask of the months (bit 0 = January) with at least one open from that unit. */
  unitMonths: Map<string, number>;
}

/** Users shared by two apps of one category over the year. */
export interface SharedUsers {
  a: string;
  b: string;
  shared: number;
}

export interface ReviewInput {
  year: number;
  now: Date;
  settings: ReviewSettings;
  apps: AppFacts[];
  usage: Map<string, AppUsage>;
  ratings: Map<string, { average: number | null; count: number }>;
  shared: SharedUsers[];
}
