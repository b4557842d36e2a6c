import type { ReviewSettings } from '@toolbox/sdk/api';
import type { Db } from '../db/createDatabase.ts';
import { readSetting, writeSetting } from '../db/settingsStore.ts';

/**
 * `noticeDays`: the least number of days between announcing a retirement and the retirement itself. Stored here, read
 * by deprecate, and read and changed through `/api/review-settings` (reviewSettingsStore.ts), its one endpoint.
 */
export type LifecycleSettings = Pick<ReviewSettings, 'noticeDays'>;

export const DEFAULT_LIFECYCLE_SETTINGS: LifecycleSettings = { noticeDays: 30 };
const KEY = 'lifecycle';

export async function readLifecycleSettings(db: Db): Promise<LifecycleSettings> {
  return { ...DEFAULT_LIFECYCLE_SETTINGS, ...(await readSetting<Partial<LifecycleSettings>>(db, KEY)) };
}

export async function writeLifecycleSettings(db: Db, settings: LifecycleSettings): Promise<void> {
  await writeSetting(db, KEY, settings);
}
