/* The annual efficiency review (admins): every app's figures, score, recommendation and reasons. */
import { type Static, Type } from '@sinclair/typebox';
import { AppStatusSchema } from './apps.ts';
import { LocalizedTextSchema, StringEnum } from './common.ts';
import { RatingListSchema } from './ratings.ts';
import { ReviewSettingsSchema } from './reviewSettings.ts';
import { routesOf } from './routesOf.ts';

const reviewRoute = routesOf('review');

const Nullable = <T extends ReturnType<typeof Type.Number>>(schema: T) => Type.Union([schema, Type.Null()]);

export const RecommendationSchema = StringEnum(['keep', 'improve', 'merge', 'retire'] as const);

/** One app's line of the annual review; figures are defined in docs/metrics.md. */
export const ReviewRowSchema = Type.Object(
  {
    id: Type.String(),
    name: LocalizedTextSchema,
    category: Type.String(),
    scenario: Type.String(),
    status: AppStatusSchema,
    owner: Type.Object({ unit: Type.String(), unitName: Type.String(), contact: Type.String() }),
    versionsPublished: Type.Number(),
    daysLive: Type.Number(),
    opens: Type.Number(),
    activeUsers: Type.Number(),
    avgMonthlyActiveUsers: Type.Number(),
    lookbackMonthlyActiveUsers: Nullable(Type.Number({ description: 'Average monthly active users over the lookback months; null when none applies' })),
    activeDays: Type.Number(),
    coverage: Type.Object({ used: Type.Number(), eligible: Type.Number(), ratio: Type.Number() }),
    loadErrors: Type.Number(),
    loadErrorRate: Type.Number(),
    rating: Type.Object({ average: Nullable(Type.Number()), count: Type.Number() }),
    annualCost: Nullable(Type.Number()),
    costPerActiveUser: Nullable(Type.Number()),
    trend: Type.Object({ h1Opens: Type.Number(), h2Opens: Type.Number(), change: Nullable(Type.Number()) }),
    score: Type.Number(),
    recommendation: RecommendationSchema,
    reasons: Type.Array(Type.String()),
  },
  { title: 'ReviewRow' },
);

export const MergeCandidateSchema = Type.Object({
  category: Type.String(),
  apps: Type.Tuple([Type.String(), Type.String()]),
  overlap: Type.Number({ description: 'Users of both apps over users of either (Jaccard), over the year' }),
});

/** Counts keyed by refusal reason (`notVisible`, `retired`, `duplicate`…, docs/metrics.md). */
const ByReasonSchema = Type.Record(Type.String(), Type.Number());

export const RefusedEventsSchema = Type.Object({
  total: Type.Number(),
  byReason: ByReasonSchema,
  byApp: Type.Record(Type.String(), Type.Object({ total: Type.Number(), byReason: ByReasonSchema })),
});

export const ReviewSchema = Type.Object(
  {
    year: Type.Integer(),
    generatedAt: Type.String(),
    asOf: Type.String({ description: 'The instant the figures run to: the end of the year, or now for the current year' }),
    settings: ReviewSettingsSchema,
    apps: Type.Array(ReviewRowSchema),
    mergeCandidates: Type.Array(MergeCandidateSchema),
    refusedEvents: RefusedEventsSchema,
  },
  { title: 'Review' },
);

const suppressed = (description: string) => Type.Union([Type.Number(), Type.Null()], { description });

export const AppReviewDetailSchema = Type.Object(
  {
    row: ReviewRowSchema,
    monthly: Type.Array(
      Type.Object({
        month: Type.String(),
        activeUsers: suppressed('null where fewer than 3 users'),
        opens: suppressed('null where fewer than 3 users'),
        loadErrors: suppressed('null where fewer than 3 users'),
      }),
    ),
    byStreet: Type.Array(
      Type.Object({ unitId: Type.String(), unitName: Type.String(), activeUsers: suppressed('null where fewer than 3 users'), opens: suppressed('null where fewer than 3 users') }),
    ),
    ratings: RatingListSchema,
  },
  { title: 'AppReviewDetail' },
);

export const getReview = reviewRoute('GET', '/api/reviews/:year',
  'The annual efficiency review: every app with its figures, score, recommendation and reasons',
  {
  description:
    '`?format=csv` gives the review as CSV (UTF-8 with BOM; a block of `#` lines prints the thresholds, then one row ' +
    'per app). `?format=csv&part=audit` gives the audit log of the year as CSV. The 200 schema is the JSON form.',
  params: Type.Object({ year: Type.String() }),
  querystring: Type.Object({ format: Type.Optional(StringEnum(['json', 'csv'] as const)), part: Type.Optional(StringEnum(['apps', 'audit'] as const)) }),
  produces: ['application/json', 'text/csv'],
  },
  { 200: ReviewSchema },
);

export const getAppReview = reviewRoute('GET', '/api/reviews/:year/apps/:id',
  "One app's review row, its months, its streets (cells under 3 users suppressed) and its ratings",
  { params: Type.Object({ year: Type.String(), id: Type.String() }) },
  { 200: AppReviewDetailSchema },
);

export type Review = Static<typeof ReviewSchema>;
export type ReviewRow = Static<typeof ReviewRowSchema>;
export type AppReviewDetail = Static<typeof AppReviewDetailSchema>;
