// The registry server's review and lifecycle API, as the admin console reads it. The shapes are fixed by issue 5;
// the server owns them, so this file only mirrors what the console uses.
import type { LocalizedText } from '@toolbox/sdk';

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

export type VersionKind = 'bundle' | 'external';

/** A pending version in `GET /api/review-queue`, oldest first. */
export interface ReviewQueueItem {
  appId: string;
  appName: LocalizedText;
  version: string;
  kind: VersionKind;
  publishedBy: { id: string; name: string };
  publishedAt: string;
  ownerUnit: { id: string; name: string };
  /** The version it would replace; null for an app that has none live yet. */
  currentVersion: string | null;
}

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

export interface UnitRef {
  id: string;
  name: string;
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

export type UnitKind = 'district' | 'street' | 'town' | 'committee' | 'department';
export type StaffRole = 'staff' | 'developer' | 'reviewer' | 'admin';

export interface UnitPathRef {
  id: string;
  name: string;
  path: string[];
}

/** A member of staff as `GET /api/users` lists them. */
export interface StaffUser {
  id: string;
  username: string;
  name: string;
  phone: string | null;
  role: StaffRole;
  unit: UnitPathRef;
  adminOf: UnitPathRef | null;
  disabled: boolean;
  mustChangePassword: boolean;
  createdAt: string;
}

export interface UserQuery {
  unit?: string;
  subunits?: boolean;
  q?: string;
  includeDisabled?: boolean;
  limit?: number;
}

/** An API token as `GET /api/tokens?all=1` lists it: never the secret itself. */
export interface ApiToken {
  id: string;
  name: string;
  scope: 'publish' | 'read';
  /** The apps a publish token is limited to; null (or empty) means every app its user may publish. */
  apps: string[] | null;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  expired: boolean;
  user: { id: string; username: string; name: string };
}
