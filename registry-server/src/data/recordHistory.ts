import { RECORD_HISTORY_LIMIT, type RecordChange } from '@toolbox/sdk/api';
import type { Db } from '../db/createDatabase.ts';
import type { RecordsTable } from '../db/schema.ts';
import { changedFields } from '@toolbox/sdk/data';

/** Who makes a change, by the name they have now (kept as it was, should they be renamed later). */
export interface Actor {
  id: string;
  name: string;
}

/** What a write notes in a record's history: who, and the field that holds a form app's state (to say its move). */
export interface HistoryNote {
  actor: Actor;
  stateKey?: string;
}

type Data = Record<string, unknown>;

const stateOf = (data: Data | undefined, key: string | undefined): string | null => {
  const value = key && data ? data[key] : undefined;
  return typeof value === 'string' ? value : null;
};

/** One row of record_history for a change of `row` from `before` to `after` (undefined: made, or deleted). */
export function historyRow(
  row: Pick<RecordsTable, 'id' | 'app_id' | 'collection'>,
  action: RecordChange['action'],
  note: HistoryNote,
  at: Date,
  before: Data | undefined,
  after: Data | undefined,
) {
  const from = stateOf(before, note.stateKey);
  const to = stateOf(after, note.stateKey);
  const moved = before && after && from !== to;
  return {
    app_id: row.app_id,
    collection: row.collection,
    record_id: row.id,
    at: at.toISOString(),
    actor_id: note.actor.id,
    actor_name: note.actor.name,
    action,
    fields: JSON.stringify(before && after ? changedFields(before, after) : []),
    // A new record names the state it starts in; a change, the move it made (if any); a deletion, none.
    from_state: moved ? from : null,
    to_state: moved || (!before && after) ? to : null,
  };
}

/** Appends rows to record_history, 300 to a statement (11 values a row: under both engines' parameter limits). */
export async function writeHistory(db: Db, rows: ReturnType<typeof historyRow>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 300) await db.insertInto('record_history').values(rows.slice(i, i + 300)).execute();
}

/** The last RECORD_HISTORY_LIMIT changes of a record, newest first, and how many there are. */
export async function readHistory(db: Db, row: Pick<RecordsTable, 'id'>, limit = RECORD_HISTORY_LIMIT): Promise<{ items: RecordChange[]; total: number }> {
  const [rows, count] = await Promise.all([
    db.selectFrom('record_history').selectAll().where('record_id', '=', row.id).orderBy('id', 'desc').limit(limit).execute(),
    db.selectFrom('record_history').select((eb) => eb.fn.countAll().as('n')).where('record_id', '=', row.id).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({
      at: r.at,
      by: { id: r.actor_id, name: r.actor_name },
      action: r.action as RecordChange['action'],
      fields: JSON.parse(r.fields) as string[],
      fromState: r.from_state,
      toState: r.to_state,
    })),
    total: Number(count.n),
  };
}

/** The newest change of a record's history, or null: who changed it last, when and which fields. */
export async function lastChange(db: Db, row: Pick<RecordsTable, 'id'>): Promise<RecordChange | null> {
  return (await readHistory(db, row, 1)).items[0] ?? null;
}
