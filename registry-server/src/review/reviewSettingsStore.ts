import { readLifecycleSettings, writeLifecycleSettings } from '../apps/lifecycleSettings.ts';
import { readSetting, writeSetting } from '../db/settingsStore.ts';
import { SETTINGS_KEYS } from '../usage/settingsKeys.ts';
import type { UsageDb } from '../usage/usageDb.ts';
import { DEFAULT_REVIEW_SETTINGS, type ReviewSettings } from './reviewSettings.ts';

/**
 * The stored thresholds over the defaults, so a setting added in a later release gets its default.
 * `noticeDays` is the lifecycle's own setting (what deprecate checks): it is read from and written to there,
 * so the review and the retirement workflow can never disagree.
 */
export async function loadReviewSettings(db: UsageDb): Promise<ReviewSettings> {
  const [row, lifecycle] = await Promise.all([readSetting<Partial<ReviewSettings>>(db, SETTINGS_KEYS.review), readLifecycleSettings(db)]);
  const stored = row ?? {};
  return {
    ...DEFAULT_REVIEW_SETTINGS,
    ...stored,
    weights: { ...DEFAULT_REVIEW_SETTINGS.weights, ...stored.weights },
    noticeDays: lifecycle.noticeDays,
  };
}

export async function saveReviewSettings(db: UsageDb, settings: ReviewSettings): Promise<void> {
  const { noticeDays, ...rest } = settings;
  await db.transaction().execute(async (trx) => {
    await writeSetting(trx, SETTINGS_KEYS.review, rest);
    const lifecycle = await readLifecycleSettings(trx);
    if (lifecycle.noticeDays !== noticeDays) await writeLifecycleSettings(trx, { ...lifecycle, noticeDays });
  });
}
