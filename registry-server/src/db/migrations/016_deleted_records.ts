// 已删除的记录: a deleted record is kept here for DELETED_RECORD_DAYS (`@toolbox/sdk/api`), with its photos, so that a
// clerk who deleted the wrong family can restore it (data/recordBin.ts); then it and its photos are purged. A table of
// its own rather than a mark on `records`, so no query of live records has to leave the deleted ones out.
import type { Db } from '../createDatabase.ts';
import { requiredText } from '../requiredText.ts';

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('deleted_records')
    // The record as it was (the columns of `records`), so that restoring it gives back the same id, unit and creator.
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(requiredText(['app_id', 'collection', 'unit_id', 'created_by', 'data', 'created_at', 'updated_at']))
    // Who deleted it (by the name they had then) and when; it is purged DELETED_RECORD_DAYS later.
    .$call(requiredText(['deleted_at', 'deleted_by', 'deleted_by_name']))
    .execute();
  await db.schema.createIndex('deleted_records_list').on('deleted_records').columns(['app_id', 'collection', 'deleted_at']).execute();
  await db.schema.createIndex('deleted_records_purge').on('deleted_records').column('deleted_at').execute();
}
