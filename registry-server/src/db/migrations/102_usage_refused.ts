// Refused usage events, counted per day, app and reason (issue 12), so the review can say how many events it did not
// count and why. Counts only: no user or unit is stored, so the table says nothing about any person.
import type { Db } from '../createDatabase.ts';

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('usage_refused')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('app_id', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('usage_refused_pk', ['day', 'app_id', 'reason'])
    .execute();
}
