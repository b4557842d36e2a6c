import type { LocalizedText, Scenario } from '@toolbox/sdk';
import type { RefusalReason } from '../usage/refusalReasons.ts';
import type { ReviewSettings } from './reviewSettings.ts';

export type Recommendation = 'keep' | 'improve' | 'merge' | 'retire';

/** One app's line of the annual review. Figures are defined in docs/metrics.md. */
export interface ReviewRow {
  id: string;
  name: LocalizedText;
  category: string;
  scenario: Scenario;
  status: string;
  owner: { unit: string; unitName: string; contact: string };
  versionsPublished: number;
  daysLive: number;
  opens: number;
  activeUsers: number;
  avgMonthlyActiveUsers: number;
  /** Average monthly active users over the lookback months (what the retire rule reads); null when none applies. */
  lookbackMonthlyActiveUsers: number | null;
  activeDays: number;
  /** Units of its visibility that used it, on average per live month (`used`), out of `eligible`. */
  coverage: { used: number; eligible: number; ratio: number };
  loadErrors: number;
  loadErrorRate: number;
  rating: { average: number | null; count: number };
  annualCost: number | null;
  costPerActiveUser: number | null;
  trend: { h1Opens: number; h2Opens: number; change: number | null };
  score: number;
  recommendation: Recommendation;
  reasons: string[];
}

export interface MergeCandidate {
  category: string;
  apps: [string, string];
  /** Users of both apps over users of either (Jaccard), over the year. */
  overlap: number;
}

/**
 * Usage events of the year that were not counted, and why (docs/metrics.md): counts per reason and per app, never per
 * person. `byApp` lists only apps with refusals, and in each only the reasons that occurred.
 */
export interface RefusedEvents {
  total: number;
  byReason: Record<RefusalReason, number>;
  byApp: Record<string, { total: number; byReason: Partial<Record<RefusalReason, number>> }>;
}

export interface Review {
  year: number;
  generatedAt: string;
  /** The instant the figures run to: the end of the year, or now for the current year. */
  asOf: string;
  settings: ReviewSettings;
  apps: ReviewRow[];
  mergeCandidates: MergeCandidate[];
  /** Events refused in the year (received that year), so a reader knows what the figures leave out. */
  refusedEvents: RefusedEvents;
}

/** What the registry knows about an app, apart from usage. */
export interface AppFacts {
  id: string;
  name: LocalizedText;
  category: string;
  scenario: Scenario;
  status: string;
  owner: { unit: string; unitName: string; contact: string };
  annualCost: number | null;
  /** Units (committees and streets) whose staff may open the app; empty for an app staff cannot see. */
  eligibleUnitIds: ReadonlySet<string>;
  /** False for a tool only admins or developers see (the admin console): few users by design, so not retired for it. */
  forStaff: boolean;
  /** Shanghai day it went live (first version published), or null if never published. */
  liveFrom: string | null;
  /** Shanghai day it was retired, or null. */
  retiredOn: string | null;
  versionsPublished: number;
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
