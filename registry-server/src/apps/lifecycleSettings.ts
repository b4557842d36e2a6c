import type { Db } from '../db/createDatabase.ts';

export interface LifecycleSettings {
  /** The least number of days between announcing a retirement and the retirement itself. */
  noticeDays: number;
}

export const DEFAULT_LIFECYCLE_SETTINGS: LifecycleSettings = { noticeDays: 30 };
const KEY = 'lifecycle';

export async function readLifecycleSettings(db: Db): Promise<LifecycleSettings> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst();
  return { ...DEFAULT_LIFECYCLE_SETTINGS, ...(row ? (JSON.parse(row.value) as Partial<LifecycleSettings>) : {}) };
}

export async function writeLifecycleSettings(db: Db, settings: LifecycleSettings): Promise<void> {
  const value = JSON.stringify(settings);
  await db
    .insertInto('settings')
    .values({ key: KEY, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}
