// Issue 16: photos of form records. One row per photo on both engines (so the schema is one); the re-encoded bytes
// are in `content` on PostgreSQL (instances share nothing else) and in the file store under TOOLBOX_DATA_DIR on SQLite,
// where `content` stays null. A photo is at most a few MB after re-encoding (≤ 2560 px a side), so one value holds it.
import type { Db } from '../createDatabase.ts';
import { bytesType, type Engine } from '../dialect.ts';
import { requiredText } from '../requiredText.ts';

export async function up(db: Db, engine: Engine): Promise<void> {
  await db.schema
    .createTable('attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // unit_id: the uploader's until a record names it, then the record's unit.
    .$call(requiredText(['app_id', 'field', 'unit_id', 'uploaded_by']))
    // Null while unsaved: only its uploader may see it or put it in a record, and the sweep removes it after a day.
    .addColumn('record_id', 'text')
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('content', bytesType(engine))
    .execute();
  await db.schema.createIndex('attachments_record').on('attachments').column('record_id').execute();
  await db.schema.createIndex('attachments_pending').on('attachments').columns(['record_id', 'created_at']).execute();
}
