import type { Db } from './createDatabase.ts';

const BATCH = 500;

/**
 * Fills `column` of record_values for the text values already stored with `keyOf(text)` (left null where it gives
 * null): what a migration that adds a key does (014 sort_key, 017 name_key). Rows are read 500 at a time in key
 * order, and each batch is written in one transaction (PostgreSQL runs the whole migration in one; SQLite would
 * otherwise commit each row).
 */
export async function setTextKeys(db: Db, column: 'sort_key' | 'name_key', keyOf: (text: string) => string | null): Promise<void> {
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
    if (rows.length === 0) return;
    const write = async (trx: Db) => {
      for (const row of rows) {
        const key = row.text_value === null ? null : keyOf(row.text_value);
        if (key === null) continue;
        await trx.updateTable('record_values').set({ [column]: key }).where('record_id', '=', row.record_id).where('field', '=', row.field).where('pos', '=', row.pos).execute();
      }
    };
    await (db.isTransaction ? write(db) : db.transaction().execute(write));
    const last = rows[rows.length - 1]!;
    after = { record_id: last.record_id, field: last.field, pos: last.pos };
  }
}
