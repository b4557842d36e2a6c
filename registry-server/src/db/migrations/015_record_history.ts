// Who made and changed each record, when, and which fields (data/recordHistory.ts): a ledger of people's needs is
// kept accountable, as paper ledgers are signed. The values themselves are not copied here (they stay in the record
// only), and rows outlive the record: a deleted record's history stays for the district to account for it.
import type { Db } from '../createDatabase.ts';
import { autoIncrementKey, autoIncrementType, type Engine } from '../dialect.ts';
import { requiredText } from '../requiredText.ts';

export async function up(db: Db, engine: Engine): Promise<void> {
  await db.schema
    .createTable('record_history')
    // The order of changes: several may share a millisecond (an import writes them all at once).
    .addColumn('id', autoIncrementType(engine), autoIncrementKey(engine))
    // Which record, what happened to it, then who did it and when.
    .$call(requiredText(['app_id', 'collection', 'record_id', 'action']))
    // A JSON array of the top-level keys that changed.
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('from_state', 'text')
    .addColumn('to_state', 'text')
    .$call(requiredText(['at', 'actor_id', 'actor_name']))
    .execute();
  await db.schema.createIndex('record_history_record').on('record_history').columns(['record_id', 'id']).execute();
}
