import { readLifecycleSettings, writeLifecycleSettings } from '../apps/lifecycleSettings.ts';
import { SETTINGS_KEYS } from '../usage/settingsKeys.ts';
import type { UsageDb } from '../usage/usageDb.ts';
import { DEFAULT_REVIEW_SETTINGS, type ReviewSettings } from './reviewSettings.ts';

/**
 * The stored thresholds over the defaults, so a setting added in a later release gets its default.
 * `noticeDays` is the lifecycle's own setting (what deprecate checks): it is read from and written to there,
 * so the review and the retirement workflow can never disagree.
 */
export async function loadReviewSettings(db: UsageDb): Promise<ReviewSettings> {
  const [row, lifecycle] = await Promise.all([
    db.selectFrom('settings').select('value').where('key', '=', SETTINGS_KEYS.review).executeTakeFirst(),
    readLifecycleSettings(db),
  ]);
  const stored = row ? (JSON.parse(row.value) as Partial<ReviewSettings>) : {};
  return {
    ...DEFAULT_REVIEW_SETTINGS,
    ...stored,
    weights: { ...DEFAULT_REVIEW_SETTINGS.weights, ...stored.weights },
    noticeDays: lifecycle.noticeDays,
  };
}

export async function saveReviewSettings(db: UsageDb, settings: ReviewSettings): Promise<void> {
  const { noticeDays, ...rest } = settings;
  const value = JSON.stringify(rest);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('settings')
      .values({ key: SETTINGS_KEYS.review, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
    const lifecycle = await readLifecycleSettings(trx);
    if (lifecycle.noticeDays !== noticeDays) await writeLifecycleSettings(trx, { ...lifecycle, noticeDays });
  });
}
