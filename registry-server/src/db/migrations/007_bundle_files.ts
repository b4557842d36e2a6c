// Issue 13: with PostgreSQL, instances share nothing but the database, so published files live in it (the file store
// under TOOLBOX_DATA_DIR stays SQLite's). The table exists on both engines so that the schema is one; SQLite leaves it
// empty. A file is one row per part of at most 1 MiB (publish/DatabaseBundleStore.ts): a big file is never one huge
// parameter or value in memory, and a file small enough to serve from memory is a single row.
import type { Db } from '../createDatabase.ts';
import { bytesType, type Engine } from '../dialect.ts';
import { requiredText } from '../requiredText.ts';

export async function up(db: Db, engine: Engine): Promise<void> {
  await db.schema
    .createTable('bundle_files')
    .$call(requiredText(['app_id', 'version', 'path']))
    .addColumn('part', 'integer', (c) => c.notNull())
    // The whole file's size and sha256 (hex), the same on each of its parts.
    .addColumn('size', 'bigint', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('content', bytesType(engine), (c) => c.notNull())
    .addPrimaryKeyConstraint('bundle_files_pk', ['app_id', 'version', 'path', 'part'])
    // Written in the version's own transaction; an operator who deletes a version row takes its files with it.
    .addForeignKeyConstraint('bundle_files_version', ['app_id', 'version'], 'versions', ['app_id', 'version'], (c) => c.onDelete('cascade'))
    .execute();
}
