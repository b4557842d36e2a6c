/* Ratings of an app: one current rating per user, read back without any identity. */
import { type Static, Type } from '@sinclair/typebox';
import { routesOf } from './routesOf.ts';

const usageRoute = routesOf('usage');

const RatingsParamsSchema = Type.Object({ id: Type.String() });

/** Checked by the route itself (TOOLBOX_RATING_INVALID names the field), so any JSON reaches it. */
export const RatingBodySchema = Type.Unsafe<{ score: number; comment?: string | null }>({
  description: '{score: integer 1–5, comment?: string ≤ 500 characters or null}',
});

export const RatingSchema = Type.Object(
  { score: Type.Integer(), comment: Type.Union([Type.String(), Type.Null()]), updatedAt: Type.String() },
  { title: 'Rating' },
);

export const RatingListSchema = Type.Object(
  {
    average: Type.Union([Type.Number(), Type.Null()]),
    count: Type.Integer(),
    items: Type.Array(Type.Object({ score: Type.Integer(), comment: Type.Union([Type.String(), Type.Null()]), at: Type.String() }), {
      description: 'Newest first, without anything that identifies who rated',
    }),
  },
  { title: 'RatingList' },
);

export const rateApp = usageRoute('POST', '/api/apps/:id/ratings',
  'Rate an app you can open (1–5, optional comment ≤ 500 characters); rating again replaces your rating',
  { params: RatingsParamsSchema, body: RatingBodySchema },
  { 200: RatingSchema },
);

export const listRatings = usageRoute('GET', '/api/apps/:id/ratings',
  "An app's ratings: average, count and each score with its comment, never who gave it (owner, admin)",
  { params: RatingsParamsSchema },
  { 200: RatingListSchema },
);

export type RatingDto = Static<typeof RatingSchema>;
export type RatingList = Static<typeof RatingListSchema>;
