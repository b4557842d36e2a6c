// Text in a form app's list sorted by code point put Chinese names in no order a person knows. Each text value now
// keeps the key it sorts by (`textSortKey` of the SDK: pinyin, numbers by value), written with the value in the
// record's transaction (data/recordStore.ts); this migration fills it in for the values already stored.
import { sql } from 'kysely';
import { loadTextSortKey } from '@toolbox/sdk/data';
import type { Db } from '../createDatabase.ts';
import type { Engine } from '../dialect.ts';

const BATCH = 500;

export async function up(db: Db, engine: Engine): Promise<void> {
  // Byte order on PostgreSQL as on SQLite, as text_value (migration 012): the key is built to be compared so.
  await db.schema
    .alterTable('record_values')
    .addColumn('sort_key', engine === 'postgres' ? sql`text collate "C"` : 'text')
    .execute();
  const textSortKey = await loadTextSortKey();
  let after = { record_id: '', field: '', pos: -1 };
  for (;;) {
    const rows = await db
      .selectFrom('record_values')
      .select(['record_id', 'field', 'pos', 'text_value'])
      .where((eb) =>
        eb.or([
          eb('record_id', '>', after.record_id),
          eb.and([eb('record_id', '=', after.record_id), eb('field', '>', after.field)]),
          eb.and([eb('record_id', '=', after.record_id), eb('field', '=', after.field), eb('pos', '>', after.pos)]),
        ]),
      )
      .orderBy('record_id')
      .orderBy('field')
      .orderBy('pos')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) break;
    // A batch in one transaction (PostgreSQL runs the whole migration in one; SQLite would otherwise commit each row).
    const write = async (trx: Db) => {
      for (const row of rows) {
        if (row.text_value === null) continue;
        await trx
          .updateTable('record_values')
          .set({ sort_key: textSortKey(row.text_value) })
          .where('record_id', '=', row.record_id)
          .where('field', '=', row.field)
          .where('pos', '=', row.pos)
          .execute();
      }
    };
    await (db.isTransaction ? write(db) : db.transaction().execute(write));
    const last = rows[rows.length - 1]!;
    after = { record_id: last.record_id, field: last.field, pos: last.pos };
  }
}
