// Monthly rollups per app (issue 5), so the review reads apps × months rows instead of apps × days.
import type { Db } from '../createDatabase.ts';

export async function up(db: Db): Promise<void> {
  // Events per (app, month, type), and on how many distinct days that type occurred (active days, for opens).
  await db.schema
    .createTable('usage_app_months')
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('app_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('days', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('usage_app_months_pk', ['month', 'app_id', 'type'])
    .execute();
}
