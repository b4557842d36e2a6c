/* The thresholds and score weights of the annual review (admins). */
import { type Static, Type } from '@sinclair/typebox';
import { ErrorResponses } from './errors.ts';
import { defineRoute } from './route.ts';

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

export const getReviewSettings = defineRoute('GET', '/api/review-settings', {
  tags: ['review'],
  summary: 'The thresholds and score weights of the annual review',
  response: { 200: Type.Object({ settings: ReviewSettingsSchema }), ...ErrorResponses },
});

export const putReviewSettings = defineRoute('PUT', '/api/review-settings', {
  tags: ['review'],
  summary: 'Change thresholds: the whole object or only some fields, as `{settings: {...}}` or at the top level',
  body: ReviewSettingsChangeSchema,
  response: { 200: Type.Object({ settings: ReviewSettingsSchema }), ...ErrorResponses },
});

export type ReviewSettings = Static<typeof ReviewSettingsSchema>;
