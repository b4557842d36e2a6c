// 已删除的记录: a deleted record is kept here for DELETED_RECORD_DAYS (`@toolbox/sdk/api`), with its photos, so that a
// clerk who deleted the wrong family can restore it (data/recordBin.ts); then it and its photos are purged. A table of
// its own rather than a mark on `records`, so no query of live records has to leave the deleted ones out.
import type { Db } from '../createDatabase.ts';

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('deleted_records')
    // The record as it was (the columns of `records`), so that restoring it gives back the same id, unit and creator.
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('app_id', 'text', (c) => c.notNull())
    .addColumn('collection', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    // Who deleted it (by the name they had then) and when; it is purged DELETED_RECORD_DAYS later.
    .addColumn('deleted_at', 'text', (c) => c.notNull())
    .addColumn('deleted_by', 'text', (c) => c.notNull())
    .addColumn('deleted_by_name', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('deleted_records_list').on('deleted_records').columns(['app_id', 'collection', 'deleted_at']).execute();
  await db.schema.createIndex('deleted_records_purge').on('deleted_records').column('deleted_at').execute();
}
