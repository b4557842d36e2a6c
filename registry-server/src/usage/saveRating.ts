import type { UsageDb } from './usageDb.ts';

/** Stores a user's rating of an app, replacing their earlier one; the user is kept only as the salted hash. */
export async function saveRating(db: UsageDb, input: { appId: string; userHash: string; score: number; comment: string | null; at: string }): Promise<void> {
  const { score, comment, at } = input;
  await db
    .insertInto('app_ratings')
    .values({ app_id: input.appId, user_hash: input.userHash, score, comment, created_at: at, updated_at: at })
    .onConflict((oc) => oc.columns(['app_id', 'user_hash']).doUpdateSet({ score, comment, updated_at: at }))
    .execute();
}
