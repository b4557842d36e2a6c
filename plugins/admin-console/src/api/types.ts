// The registry server's API as the admin console reads it.
import type { LocalizedText } from '@toolbox/sdk';
import type { getTrustedUnits, ReviewQueueItem, RouteReply, StaffUser, TokenDto } from '@toolbox/sdk/api';

// Wire types the contract (`@toolbox/sdk/api`) declares are its derived types, under the console's names; the rest
// below are still written here until the contract has them in the shape the console reads.
export type { ReviewQueueItem, StaffUser, UnitKind } from '@toolbox/sdk/api';
export type VersionKind = ReviewQueueItem['kind'];
export type StaffRole = StaffUser['role'];
/** A unit named in the trusted-units list. */
export type UnitRef = RouteReply<typeof getTrustedUnits>['units'][number];
/** An API token as `GET /api/tokens?all=1` lists it: never the secret itself. */
export type ApiToken = TokenDto;

export type AppStatus = 'active' | 'deprecated' | 'retired';
export type Recommendation = 'keep' | 'improve' | 'merge' | 'retire';

/** Thresholds and weights of the review. Keys come from the server: the editor renders whatever it gets. */
export type ReviewSettings = Record<string, unknown>;

export interface ReviewRow {
  id: string;
  name: LocalizedText;
  category: string;
  scenario: string;
  status: AppStatus;
  owner: { unit: string; unitName: string; contact: string };
  versionsPublished: number;
  daysLive: number;
  opens: number;
  activeUsers: number;
  avgMonthlyActiveUsers: number;
  activeDays: number;
  coverage: { used: number; eligible: number; ratio: number };
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
  apps: string[];
  overlap: number;
}

export interface Review {
  year: number;
  generatedAt: string;
  settings: ReviewSettings;
  apps: ReviewRow[];
  mergeCandidates: MergeCandidate[];
}

export interface MonthPoint {
  month: string;
  /** null when the month's count is suppressed (fewer than 3 users), and then its opens and load errors too. */
  activeUsers: number | null;
  opens: number | null;
  loadErrors: number | null;
}

export interface StreetCell {
  unitId: string;
  unitName: string;
  /** null: fewer than 3 users, suppressed so that nobody can be singled out. */
  activeUsers: number | null;
  opens: number | null;
}

export interface RatingItem {
  score: number;
  comment?: string | null;
  at: string;
}

export interface AppReview {
  row: ReviewRow;
  monthly: MonthPoint[];
  byStreet: StreetCell[];
  ratings: { average: number | null; count: number; items: RatingItem[] };
}

// Review before live (issue 12). The server owns these shapes; the console mirrors the contract's wire form.

/** Who may open an app, as the manifest says. */
export interface Visibility {
  units?: string[];
  roles?: string[];
}

export interface EntryPoint {
  kind: VersionKind;
  entry: string;
  /** The origin of the entry URL for an app deployed elsewhere; null for a bundle on our own origin. */
  origin: string | null;
}

/** A side of a change: `from` is null where the app has no current version. */
export interface Change<T> {
  from: T | null;
  to: T;
}

export interface CollectionRef {
  name: string;
  schema: Record<string, unknown>;
}

/** `GET /api/apps/:id/versions/:version/diff`: the version against the app's current one. */
export interface VersionDiff {
  base: string | null;
  version: string;
  name: Change<LocalizedText>;
  description: Change<LocalizedText | null>;
  visibility: Change<Visibility | null>;
  entry: Change<EntryPoint>;
  collections: {
    added: CollectionRef[];
    removed: CollectionRef[];
    changed: { name: string; from: Record<string, unknown>; to: Record<string, unknown> }[];
  };
  files: {
    added: { path: string; size: number }[];
    removed: { path: string; size: number }[];
    changed: { path: string; fromSize: number; toSize: number }[];
    unchanged: number;
  };
}

/** A unit of the org tree, as `GET /api/org/units` lists it (in tree order). */
export interface OrgUnit {
  id: string;
  name: string;
  kind: string;
  parentId: string | null;
  /** Issue 15: disabled units stay listed, flagged; `path` is the names from the district down. */
  nameEn?: string | null;
  disabled?: boolean;
  path?: string[];
}

export interface UserQuery {
  unit?: string;
  subunits?: boolean;
  q?: string;
  includeDisabled?: boolean;
  limit?: number;
}
