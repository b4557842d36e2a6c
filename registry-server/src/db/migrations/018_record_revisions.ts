// A record's revision: 1 when made, one more at every write (data/recordStore.ts). A write may name the revision it
// was based on (`If-Match`), so that two clerks editing the same household, or one step taken on a list read minutes
// ago, cannot silently overwrite a change neither saw: the registry refuses it with 412 TOOLBOX_RECORD_CHANGED. A
// deleted record keeps its revision in the bin; restoring it is a write like any other, so it takes the next one.
import type { Db } from '../createDatabase.ts';

export async function up(db: Db): Promise<void> {
  for (const table of ['records', 'deleted_records']) {
    await db.schema
      .alterTable(table)
      .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
  }
}
