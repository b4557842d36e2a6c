// The files a bundle version's ./app needs at once (manifest.preload), so the catalogue can list their URLs.
import type { Db } from '../createDatabase.ts';

export async function up(db: Db): Promise<void> {
  // JSON array of paths inside the bundle; null for versions published without the list and for external apps.
  await db.schema.alterTable('versions').addColumn('preload', 'text').execute();
}
