// Text in a form app's list sorted by code point put Chinese names in no order a person knows. Each text value now
// keeps the key it sorts by (`textSortKey` of the SDK: pinyin, numbers by value), written with the value in the
// record's transaction (data/recordStore.ts); this migration fills it in for the values already stored.
import { loadTextSortKey } from '@toolbox/sdk/data';
import type { Db } from '../createDatabase.ts';
import { byteOrderText, type Engine } from '../dialect.ts';
import { setTextKeys } from '../setTextKeys.ts';

export async function up(db: Db, engine: Engine): Promise<void> {
  // Byte order on PostgreSQL as on SQLite, as text_value (migration 012): the key is built to be compared so.
  await db.schema.alterTable('record_values').addColumn('sort_key', byteOrderText(engine)).execute();
  await setTextKeys(db, 'sort_key', await loadTextSortKey());
}
