// The registry server's API as the admin console reads it.
import type { AppReviewDetail, Review, getTrustedUnits, ReviewQueueItem, ReviewRow, RouteReply, StaffUser, TokenDto, UnitDto, VersionDiff } from '@toolbox/sdk/api';

// Wire types are the contract's (`@toolbox/sdk/api`) derived types, under the console's names; only the query of the
// users list and the review settings (read as a record, below) are the console's own.
export type { ReviewQueueItem, StaffUser, UnitKind } from '@toolbox/sdk/api';
export type VersionKind = ReviewQueueItem['kind'];
export type StaffRole = StaffUser['role'];
/** A unit named in the trusted-units list. */
export type UnitRef = RouteReply<typeof getTrustedUnits>['units'][number];
/** An API token as `GET /api/tokens?all=1` lists it: never the secret itself. */
export type ApiToken = TokenDto;

export type { AppStatus } from '@toolbox/sdk/api';
export type Recommendation = ReviewRow['recommendation'];

/**
 * Thresholds and weights of the review. The editor renders whatever keys the server sends (a new threshold needs no
 * console release), so it reads them as a record; the contract's `ReviewSettings` names today's keys.
 */
export type ReviewSettings = Record<string, unknown>;
export type { Review, ReviewRow } from '@toolbox/sdk/api';
export type MergeCandidate = Review['mergeCandidates'][number];
/** `GET /api/reviews/:year/apps/:id`: one app's row, months, streets and ratings. */
export type AppReview = AppReviewDetail;
export type MonthPoint = AppReviewDetail['monthly'][number];
export type StreetCell = AppReviewDetail['byStreet'][number];
export type RatingItem = AppReviewDetail['ratings']['items'][number];

/** `GET /api/apps/:id/versions/:version/diff`: the version against the app's current one. */
export type { VersionDiff } from '@toolbox/sdk/api';
/** Who may open an app, as the manifest says. */
export type Visibility = NonNullable<VersionDiff['visibility']['to']>;
export type EntryPoint = VersionDiff['entry']['to'];
export type CollectionRef = VersionDiff['collections']['added'][number];

/** A unit of the org tree, as `GET /api/org/units` lists it (in tree order). */
export type OrgUnit = UnitDto;

export interface UserQuery {
  unit?: string;
  subunits?: boolean;
  q?: string;
  includeDisabled?: boolean;
  /** Only users of these roles. */
  roles?: readonly string[];
  limit?: number;
}
