/*
 * The thresholds and score weights of the annual review (admins), with `noticeDays`, the days of notice a retirement
 * needs: this is the one endpoint that reads and changes them. Each field's range is declared here, so the server
 * checks a change against this schema and the OpenAPI document shows the ranges.
 */
import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { routesOf } from './routesOf.ts';

const reviewRoute = routesOf('review');

const weight = Type.Number({ minimum: 0, maximum: 1000 });

export const ScoreWeightsSchema = Type.Object(
  { usage: weight, coverage: weight, reliability: weight, satisfaction: weight, trend: weight },
  { description: 'How much each part weighs in an app’s score (0–1000 each, not all 0); only their ratios matter' },
);

// Raw events must outlive the 7 days an event may be late, or a late resend would count twice (rawRetentionDays ≥ 8).
const fields = {
  minMonthlyActiveUsers: Type.Number({ minimum: 0, maximum: 1_000_000 }),
  lookbackMonths: Type.Integer({ minimum: 1, maximum: 12 }),
  maxLoadErrorRate: Type.Number({ minimum: 0, maximum: 1 }),
  minRating: Type.Number({ minimum: 1, maximum: 5 }),
  minRatings: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
  minCoverage: Type.Number({ minimum: 0, maximum: 1 }),
  mergeOverlap: Type.Number({ minimum: 0.01, maximum: 1 }),
  maxDecline: Type.Number({ minimum: 0.01, maximum: 1 }),
  // One schema with two types, not a union: with Fastify's type coercion the first branch of a union would turn null into 0.
  maxCostPerActiveUser: Type.Unsafe<number | null>({ type: ['number', 'null'], minimum: 0, maximum: 1e12, description: 'Yuan per active user a year; null: not judged' }),
  noticeDays: Type.Integer({ minimum: 0, maximum: 365, description: 'Days between announcing a retirement and the retirement' }),
  rawRetentionDays: Type.Integer({ minimum: 8, maximum: 3650 }),
};

export const ReviewSettingsSchema = Type.Object({ ...fields, weights: ScoreWeightsSchema }, { title: 'ReviewSettings' });

// `propertyNames`, not `additionalProperties: false`: Fastify's ajv removes additional properties silently, and an
// unknown setting is to be refused, not dropped.
const only = (keys: readonly string[]) => ({ propertyNames: { enum: [...keys] } });
const FIELD_KEYS = [...Object.keys(fields), 'weights'];

const SettingsChangeFieldsSchema = Type.Partial(
  Type.Object({ ...fields, weights: Type.Partial(ScoreWeightsSchema, only(Object.keys(ScoreWeightsSchema.properties))) }),
);

/** Some fields of the settings; the rest keep their values. */
export const ReviewSettingsPatchSchema = Type.Unsafe<Partial<Static<typeof SettingsChangeFieldsSchema>>>({
  ...SettingsChangeFieldsSchema,
  ...only(FIELD_KEYS),
} as TSchema);

/** A change: some fields at the top level, or wrapped as `{settings: {...}}`. */
export const ReviewSettingsChangeSchema = Type.Unsafe<Static<typeof ReviewSettingsPatchSchema> & { settings?: Static<typeof ReviewSettingsPatchSchema> }>({
  ...Type.Object({ ...SettingsChangeFieldsSchema.properties, settings: Type.Optional(ReviewSettingsPatchSchema) }),
  ...only([...FIELD_KEYS, 'settings']),
  description: 'The whole settings object or only some fields, as `{settings: {...}}` or at the top level',
} as TSchema);

export const getReviewSettings = reviewRoute('GET', '/api/review-settings', 'The thresholds and score weights of the annual review, and the days of notice a retirement needs', {}, { 200: Type.Object({ settings: ReviewSettingsSchema }) });

export const putReviewSettings = reviewRoute('PUT', '/api/review-settings',
  'Change thresholds or the days of notice: the whole object or only some fields, as `{settings: {...}}` or at the top level',
  { body: ReviewSettingsChangeSchema },
  { 200: Type.Object({ settings: ReviewSettingsSchema }) },
);

export type ReviewSettings = Static<typeof ReviewSettingsSchema>;
export type ReviewSettingsChange = Static<typeof ReviewSettingsChangeSchema>;
