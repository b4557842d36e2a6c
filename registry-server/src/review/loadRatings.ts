import type { RatingList } from '@toolbox/sdk/api';
import type { UsageDb } from '../usage/usageDb.ts';
import { round } from './round.ts';

export type { RatingList };

/** An app's current ratings, for its owner and admins. */
export async function loadRatings(db: UsageDb, appId: string, limit = 500): Promise<RatingList> {
  const rows = await db
    .selectFrom('app_ratings')
    .select(['score', 'comment', 'updated_at'])
    .where('app_id', '=', appId)
    .orderBy('updated_at', 'desc')
    .execute();
  const sum = rows.reduce((s, r) => s + Number(r.score), 0);
  return {
    average: rows.length === 0 ? null : round(sum / rows.length, 1),
    count: rows.length,
    items: rows.slice(0, limit).map((r) => ({ score: Number(r.score), comment: r.comment, at: r.updated_at })),
  };
}
