import { SETTINGS_KEYS } from '../usage/settingsKeys.ts';
import type { UsageDb } from '../usage/usageDb.ts';
import { DEFAULT_REVIEW_SETTINGS, type ReviewSettings } from './reviewSettings.ts';

/** The stored thresholds over the defaults, so a setting added in a later release gets its default. */
export async function loadReviewSettings(db: UsageDb): Promise<ReviewSettings> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', SETTINGS_KEYS.review).executeTakeFirst();
  if (!row) return structuredClone(DEFAULT_REVIEW_SETTINGS);
  const stored = JSON.parse(row.value) as Partial<ReviewSettings>;
  return {
    ...DEFAULT_REVIEW_SETTINGS,
    ...stored,
    weights: { ...DEFAULT_REVIEW_SETTINGS.weights, ...stored.weights },
  };
}

export async function saveReviewSettings(db: UsageDb, settings: ReviewSettings): Promise<void> {
  const value = JSON.stringify(settings);
  await db
    .insertInto('settings')
    .values({ key: SETTINGS_KEYS.review, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}
