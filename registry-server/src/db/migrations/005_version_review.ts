// Review before live (上架审核): each version carries a review status. Versions published before this migration were
// live already, so they become `approved` (the column's default); new ones are written with an explicit status.
import type { Db } from '../createDatabase.ts';

export async function up(db: Db): Promise<void> {
  await db.schema.alterTable('versions').addColumn('status', 'text', (c) => c.notNull().defaultTo('approved')).execute();
  await db.schema.alterTable('versions').addColumn('reviewed_by', 'text').execute();
  await db.schema.alterTable('versions').addColumn('reviewed_at', 'text').execute();
  await db.schema.alterTable('versions').addColumn('review_reason', 'text').execute();
  // The review queue lists pending versions oldest first.
  await db.schema.createIndex('versions_status_published').on('versions').columns(['status', 'published_at']).execute();
}
