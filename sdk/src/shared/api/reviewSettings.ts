/* The thresholds and score weights of the annual review (admins). */
import { type Static, Type } from '@sinclair/typebox';
import { routesOf } from './routesOf.ts';

const reviewRoute = routesOf('review');

export const ScoreWeightsSchema = Type.Object(
  { usage: Type.Number(), coverage: Type.Number(), reliability: Type.Number(), satisfaction: Type.Number(), trend: Type.Number() },
  { description: 'How much each part weighs in an app’s score (0–100); only their ratios matter' },
);

export const ReviewSettingsSchema = Type.Object(
  {
    minMonthlyActiveUsers: Type.Number(),
    lookbackMonths: Type.Integer(),
    maxLoadErrorRate: Type.Number(),
    minRating: Type.Number(),
    minRatings: Type.Integer(),
    minCoverage: Type.Number(),
    mergeOverlap: Type.Number(),
    maxDecline: Type.Number(),
    maxCostPerActiveUser: Type.Union([Type.Number(), Type.Null()]),
    noticeDays: Type.Integer(),
    rawRetentionDays: Type.Integer(),
    weights: ScoreWeightsSchema,
  },
  { title: 'ReviewSettings' },
);

/** A change: the whole object or some fields, at the top level or as `{settings: {...}}`; ranges are checked by the route. */
export const ReviewSettingsChangeSchema = Type.Unsafe<Partial<Static<typeof ReviewSettingsSchema>> | { settings: Partial<Static<typeof ReviewSettingsSchema>> }>({
  description: 'The whole settings object or only some fields, as `{settings: {...}}` or at the top level',
});

export const getReviewSettings = reviewRoute('GET', '/api/review-settings', 'The thresholds and score weights of the annual review', {}, { 200: Type.Object({ settings: ReviewSettingsSchema }) });

export const putReviewSettings = reviewRoute('PUT', '/api/review-settings',
  'Change thresholds: the whole object or only some fields, as `{settings: {...}}` or at the top level',
  { body: ReviewSettingsChangeSchema },
  { 200: Type.Object({ settings: ReviewSettingsSchema }) },
);

export type ReviewSettings = Static<typeof ReviewSettingsSchema>;
