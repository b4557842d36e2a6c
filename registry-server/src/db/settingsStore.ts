import type { Db } from './createDatabase.ts';

/**
 * The `settings` table: one JSON value per key. Every setting an admin changes (lifecycle notice, session lifetimes,
 * trusted units, review thresholds) is read and written here; each owner keeps its own defaults and checks.
 */
export async function readSetting<T>(db: Db, key: string): Promise<T | undefined> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row ? (JSON.parse(row.value) as T) : undefined;
}

export async function writeSetting(db: Db, key: string, value: unknown): Promise<void> {
  const json = JSON.stringify(value);
  await db
    .insertInto('settings')
    .values({ key, value: json })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: json }))
    .execute();
}
