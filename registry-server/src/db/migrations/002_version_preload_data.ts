// The collections a version's app lists as soon as it opens (manifest.preloadData), so the catalogue can tell the host
// which first pages to read while the code loads.
import type { Db } from '../createDatabase.ts';

export async function up(db: Db): Promise<void> {
  // JSON array of collection names; null when the manifest names none (or an empty list), for bundles and external apps alike.
  await db.schema.alterTable('versions').addColumn('preload_data', 'text').execute();
}
