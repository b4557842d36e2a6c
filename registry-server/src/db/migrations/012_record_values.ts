// Issue 16, form apps at scale: a list of 10,000 records filtered by 状态 or a date range, sorted by a column, in a
// first page under 200 ms on SQLite and PostgreSQL. Records are JSON text, which neither engine indexes alike, so each
// record's values are kept beside it, one row per field (per element of a list), indexed by field and value. Rows are
// written with the record, in its transaction (data/recordStore.ts); this migration fills them in for existing records.
import { recordValues } from '@toolbox/sdk/data';
import type { Db } from '../createDatabase.ts';
import { byteOrderText, type Engine } from '../dialect.ts';

const BATCH = 500;

export async function up(db: Db, engine: Engine): Promise<void> {
  await db.schema
    .createTable('record_values')
    .addColumn('app_id', 'text', (c) => c.notNull())
    .addColumn('collection', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull().references('records.id').onDelete('cascade'))
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('pos', 'integer', (c) => c.notNull())
    // Byte order on PostgreSQL as on SQLite: the same sort and ranges on both, whatever the cluster's locale.
    .addColumn('text_value', byteOrderText(engine))
    .addColumn('num_value', engine === 'postgres' ? 'double precision' : 'real')
    .addPrimaryKeyConstraint('record_values_pk', ['record_id', 'field', 'pos'])
    .execute();
  await db.schema.createIndex('record_values_text').on('record_values').columns(['app_id', 'collection', 'field', 'text_value']).execute();
  await db.schema.createIndex('record_values_num').on('record_values').columns(['app_id', 'collection', 'field', 'num_value']).execute();

  let after = '';
  for (;;) {
    const rows = await db.selectFrom('records').select(['id', 'app_id', 'collection', 'data']).where('id', '>', after).orderBy('id').limit(BATCH).execute();
    if (rows.length === 0) break;
    const values = rows.flatMap((r) =>
      recordValues(JSON.parse(r.data) as Record<string, unknown>).map((v) => ({
        app_id: r.app_id,
        collection: r.collection,
        record_id: r.id,
        field: v.field,
        pos: v.pos,
        text_value: v.text,
        num_value: v.num,
      })),
    );
    for (let i = 0; i < values.length; i += BATCH) await db.insertInto('record_values').values(values.slice(i, i + BATCH)).execute();
    after = rows[rows.length - 1]!.id;
  }
}
