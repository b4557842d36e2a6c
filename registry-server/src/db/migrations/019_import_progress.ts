// How far each running record import is (data/importProgress.ts), for `getImportProgress`. On PostgreSQL several
// instances serve one district behind a load balancer, and the desktop's once-a-second question may reach any of
// them: the import's instance writes its progress here, a row per running import, deleted when the import answers.
// (SQLite is one process: it keeps the same in memory and leaves this table empty.)
import type { Db } from '../createDatabase.ts';

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('import_progress')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('app_id', 'text', (c) => c.notNull())
    .addColumn('collection', 'text', (c) => c.notNull())
    .addColumn('token', 'text', (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('photos', 'integer', (c) => c.notNull())
    .addColumn('photos_done', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('import_progress_pk', ['user_id', 'app_id', 'collection', 'token'])
    .execute();
  await db.schema.createIndex('import_progress_updated').on('import_progress').column('updated_at').execute();
}
