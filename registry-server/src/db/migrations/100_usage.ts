// Usage events, their rollups and ratings (issue 5). Tables are described in src/usage/tables.ts.
// Plain text and integer columns only, so the same migration runs on SQLite and PostgreSQL. The HMAC secret and the
// review's thresholds live in the catalogue's `settings` table (keys in src/usage/settingsKeys.ts).
import type { Db } from '../createDatabase.ts';
import { createRollupTable } from '../createRollupTable.ts';
import { requiredText } from '../requiredText.ts';

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('usage_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(requiredText(['app_id', 'type', 'at', 'day', 'unit_id', 'user_hash', 'received_at']))
    .execute();
  // Pruning deletes by age.
  await db.schema.createIndex('usage_events_at').on('usage_events').column('at').execute();

  await createRollupTable(db, 'usage_daily', { key: ['app_id', 'day', 'unit_id', 'type'], counts: ['count'] });

  // Keyed by day first: the review reads one year of every app at once.
  await createRollupTable(db, 'usage_app_days', { key: ['day', 'app_id', 'type'], counts: ['count'] });

  await createRollupTable(db, 'usage_daily_users', { key: ['app_id', 'day', 'user_hash'], text: ['unit_id'], counts: [] });

  await createRollupTable(db, 'usage_period_users', { key: ['app_id', 'period', 'user_hash'], text: ['unit_id'], counts: [] });
  // Merge candidates join apps on shared users within a period.
  await db.schema
    .createIndex('usage_period_users_by_user')
    .on('usage_period_users')
    .columns(['period', 'user_hash', 'app_id'])
    .execute();

  await createRollupTable(db, 'usage_period_active', { key: ['app_id', 'period'], counts: ['users'] });

  await createRollupTable(db, 'usage_unit_years', { key: ['app_id', 'year', 'unit_id'], counts: ['months', 'opens'] });

  await db.schema
    .createTable('app_ratings')
    .addColumn('app_id', 'text', (c) => c.notNull())
    .addColumn('user_hash', 'text', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('app_ratings_pk', ['app_id', 'user_hash'])
    .execute();
}

