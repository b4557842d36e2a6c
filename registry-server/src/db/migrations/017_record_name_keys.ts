// A person's name sorts with its first character read as a surname: 曾志伟 under zeng, not ceng (a form's
// `personName` fields; data/queryRecordRows.ts). Each text value keeps that key too, where it differs from its
// sort_key (`nameSortKey` of the SDK), written with the value (data/recordStore.ts); this fills it in for the values
// already stored. Kept for every text field, so a field marked a name in a later version sorts so at once.
import { loadNameSortKey } from '@toolbox/sdk/data';
import type { Db } from '../createDatabase.ts';
import { byteOrderText, type Engine } from '../dialect.ts';
import { setTextKeys } from '../setTextKeys.ts';

export async function up(db: Db, engine: Engine): Promise<void> {
  await db.schema.alterTable('record_values').addColumn('name_key', byteOrderText(engine)).execute();
  await setTextKeys(db, 'name_key', await loadNameSortKey());
}
