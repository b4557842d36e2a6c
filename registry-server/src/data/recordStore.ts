import { randomUUID } from 'node:crypto';
import type { DataRecordDto as DataRecord } from '@toolbox/sdk/api';
import { loadNameSortKey, loadTextSortKey, recordValues } from '@toolbox/sdk/data';
import type { Db } from '../db/createDatabase.ts';
import { binRecord, unbinRecord } from './recordBin.ts';
import { type HistoryNote, historyRow, writeHistory } from './recordHistory.ts';
import type { DeletedRecordsTable } from './tables.ts';
import { Errors } from '../errors.ts';
import type { RecordsTable } from '../db/schema.ts';

/** Where a record lives: an app's collection, seen by one unit (or by every unit: `unit` null, the owner and admins). */
export interface RecordScope {
  appId: string;
  collection: string;
  unit: string | null;
}

export function toDataRecord(row: RecordsTable): DataRecord {
  return {
    id: row.id,
    data: JSON.parse(row.data) as Record<string, unknown>,
    unitId: row.unit_id,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
  };
}

export async function findRecordRow(db: Db, scope: RecordScope, id: string): Promise<RecordsTable | undefined> {
  let query = db.selectFrom('records').selectAll().where('id', '=', id).where('app_id', '=', scope.appId).where('collection', '=', scope.collection);
  if (scope.unit) query = query.where('unit_id', '=', scope.unit);
  return query.executeTakeFirst();
}

/** Whether a record is there (not deleted): a deleted record's photos wait with it in the bin, unseen. */
export async function recordExists(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom('records').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/**
 * How many records of the collection (every unit's) each test holds for: what a form change that drops a field or a
 * state would affect. Read in JS rather than with each engine's JSON operators: a form app's records are bounded by
 * its staff's work (thousands), and this runs only when a form version changes fields.
 */
export async function countRecordsWhere(db: Db, appId: string, collection: string, tests: ReadonlyMap<string, (data: Record<string, unknown>) => boolean>): Promise<Map<string, number>> {
  const counts = new Map([...tests.keys()].map((k) => [k, 0]));
  if (tests.size === 0) return counts;
  const rows = await db.selectFrom('records').select('data').where('app_id', '=', appId).where('collection', '=', collection).execute();
  for (const row of rows) {
    const data = JSON.parse(row.data) as Record<string, unknown>;
    for (const [name, test] of tests) if (test(data)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

/** A page of records, newest first, and how many there are in all. */
export async function listRecordRows(db: Db, scope: RecordScope, page: { limit: number; offset: number }): Promise<{ items: DataRecord[]; total: number }> {
  let base = db.selectFrom('records').where('app_id', '=', scope.appId).where('collection', '=', scope.collection);
  if (scope.unit) base = base.where('unit_id', '=', scope.unit);
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute(),
    base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toDataRecord), total: Number(count.n) };
}

/** Runs `work` in the caller's transaction, or in a new one: a record and its indexed values change together. */
async function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

/** The indexed values of records (record_values, migrations 012 and 014): one row per field, or per element of a list. */
async function valueRows(rows: Pick<RecordsTable, 'id' | 'app_id' | 'collection'>[], data: Record<string, unknown>[]) {
  // Every text gets both keys, whatever its field: a field can become a `personName` in a later version.
  const [sortKey, nameKey] = await Promise.all([loadTextSortKey(), loadNameSortKey()]);
  return rows.flatMap((row, i) =>
    recordValues(data[i]!).map((v) => ({
      app_id: row.app_id,
      collection: row.collection,
      record_id: row.id,
      field: v.field,
      pos: v.pos,
      text_value: v.text,
      sort_key: v.text === null ? null : sortKey(v.text),
      name_key: v.text === null ? null : nameKey(v.text),
      num_value: v.num,
    })),
  );
}

/** Replaces the indexed values of a record with those of `data`. */
async function writeValues(trx: Db, row: Pick<RecordsTable, 'id' | 'app_id' | 'collection'>, data: Record<string, unknown>, fresh: boolean): Promise<void> {
  if (!fresh) await trx.deleteFrom('record_values').where('record_id', '=', row.id).execute();
  const values = await valueRows([row], [data]);
  // A record's values are bounded by its schema (a form has at most 200 fields, 50 elements a list); 500 a statement.
  for (let i = 0; i < values.length; i += 500) await trx.insertInto('record_values').values(values.slice(i, i + 500)).execute();
}

export interface NewRecord {
  /** Given when something written with the record must name it first (an import's photos); else a new UUID. */
  id?: string;
  appId: string;
  collection: string;
  unitId: string;
  userId: string;
  data: Record<string, unknown>;
  now: Date;
}

const newRow = (input: NewRecord): RecordsTable => ({
  id: input.id ?? randomUUID(),
  app_id: input.appId,
  collection: input.collection,
  unit_id: input.unitId,
  created_by: input.userId,
  data: JSON.stringify(input.data),
  created_at: input.now.toISOString(),
  updated_at: input.now.toISOString(),
  revision: 1,
});

/** Stores a new record in the unit of the user who creates it; with `note`, its history says who made it. */
export async function insertRecord(db: Db, input: NewRecord, note?: HistoryNote): Promise<DataRecord> {
  const row = newRow(input);
  await inTransaction(db, async (trx) => {
    await trx.insertInto('records').values(row).execute();
    await writeValues(trx, row, input.data, true);
    if (note) await writeHistory(trx, [historyRow(row, 'create', note, input.now, undefined, input.data)]);
  });
  return toDataRecord(row);
}

/**
 * Stores many new records in one transaction (an import): the same rows as `insertRecord`, written a few hundred to a
 * statement, since a statement each costs most of the time (5,000 records: 10,000 statements, ~4 s on SQLite, during
 * which SQLite's one connection serves nobody else). Statements stay under both engines' parameter limits.
 */
export async function insertRecords(db: Db, inputs: NewRecord[], note?: HistoryNote): Promise<number> {
  const rows = inputs.map(newRow);
  const values = await valueRows(rows, inputs.map((i) => i.data));
  await inTransaction(db, async (trx) => {
    for (let i = 0; i < rows.length; i += 200) await trx.insertInto('records').values(rows.slice(i, i + 200)).execute();
    for (let i = 0; i < values.length; i += 500) await trx.insertInto('record_values').values(values.slice(i, i + 500)).execute();
    if (note) await writeHistory(trx, rows.map((row, i) => historyRow(row, 'import', note, inputs[i]!.now, undefined, inputs[i]!.data)));
  });
  return rows.length;
}

/**
 * An import's writes in one transaction: the new records (as `insertRecords`) and the records it updates (as
 * `replaceRecordData`, their indexed values replaced a few hundred to a statement); with `note`, each one's history
 * says the import made or changed it, and which fields.
 */
export async function writeImport(
  db: Db,
  inserts: NewRecord[],
  updates: { row: RecordsTable; data: Record<string, unknown> }[],
  now: Date,
  note?: HistoryNote,
  /** Written in the same transaction, after the records (the new records' photos made theirs). */
  alsoWrite?: (trx: Db) => Promise<void>,
): Promise<void> {
  const values = await valueRows(updates.map((u) => u.row), updates.map((u) => u.data));
  await inTransaction(db, async (trx) => {
    await insertRecords(trx, inserts, note);
    for (const { row, data } of updates) {
      const done = await bumpRecord(trx, row, JSON.stringify(data), now);
      // Changed or deleted since the import read it: the whole import is refused (the transaction rolls back) and checked again.
      if (!done) throw new Errors.IMPORT_CONFLICT(`the record of ${row.id} was changed or deleted while the import ran`);
    }
    const ids = updates.map((u) => u.row.id);
    for (let i = 0; i < ids.length; i += 500) await trx.deleteFrom('record_values').where('record_id', 'in', ids.slice(i, i + 500)).execute();
    for (let i = 0; i < values.length; i += 500) await trx.insertInto('record_values').values(values.slice(i, i + 500)).execute();
    if (note) await writeHistory(trx, updates.map(({ row, data }) => historyRow(row, 'import-update', note, now, JSON.parse(row.data) as Record<string, unknown>, data)));
    await alsoWrite?.(trx);
  });
}

/**
 * Writes a record's new data and its next revision, if it is still at the revision `row` was read at: false when it was
 * changed or deleted meanwhile (the guard closes the window between a request's read and its write).
 */
async function bumpRecord(trx: Db, row: RecordsTable, data: string, now: Date): Promise<boolean> {
  const done = await trx
    .updateTable('records')
    .set({ data, updated_at: now.toISOString(), revision: row.revision + 1 })
    .where('id', '=', row.id)
    .where('revision', '=', row.revision)
    .executeTakeFirst();
  return Number(done.numUpdatedRows) === 1;
}

/**
 * Replaces a record's data, at its next revision; with `note`, its history says who changed which fields (and the
 * state it moved to). RECORD_CHANGED when another write took the record past `row`'s revision first.
 */
export async function replaceRecordData(db: Db, row: RecordsTable, data: Record<string, unknown>, now: Date, note?: HistoryNote): Promise<DataRecord> {
  const updated = { ...row, data: JSON.stringify(data), updated_at: now.toISOString(), revision: row.revision + 1 };
  await inTransaction(db, async (trx) => {
    if (!(await bumpRecord(trx, row, updated.data, now))) throw new Errors.RECORD_CHANGED(row.id, row.collection, row.revision);
    await writeValues(trx, row, data, false);
    if (note) await writeHistory(trx, [historyRow(row, 'update', note, now, JSON.parse(row.data) as Record<string, unknown>, data)]);
  });
  return toDataRecord(updated);
}

/**
 * Deletes a record: it waits in the bin (recordBin.ts) to be restored, and its indexed values go (ON DELETE CASCADE).
 * Its history stays (it has no foreign key), with `note`'s row saying who deleted it.
 */
export async function deleteRecordRow(db: Db, row: RecordsTable, now: Date, note: HistoryNote): Promise<void> {
  await inTransaction(db, async (trx) => {
    await binRecord(trx, row, note.actor, now);
    // At the revision read, as a write (bumpRecord): a change made meanwhile is not binned unseen (the bin row rolls back).
    const gone = await trx.deleteFrom('records').where('id', '=', row.id).where('revision', '=', row.revision).executeTakeFirst();
    if (Number(gone.numDeletedRows) !== 1) throw new Errors.RECORD_CHANGED(row.id, row.collection, row.revision);
    await writeHistory(trx, [historyRow(row, 'delete', note, now, JSON.parse(row.data) as Record<string, unknown>, undefined)]);
  });
}

/**
 * Puts a deleted record back as it was: the same id, unit, creator, times and data (at its next revision), its indexed values written again;
 * its history says who restored it (and the state it is in). RECORD_NOT_FOUND when another restore took it first.
 */
export async function restoreRecordRow(db: Db, deleted: DeletedRecordsTable, now: Date, note: HistoryNote): Promise<DataRecord> {
  const { deleted_at: _at, deleted_by: _by, deleted_by_name: _name, ...kept } = deleted;
  // Restoring is a write: a write based on the record before it was deleted is refused (If-Match) as after any other.
  const row = { ...kept, revision: kept.revision + 1 };
  const data = JSON.parse(row.data) as Record<string, unknown>;
  await inTransaction(db, async (trx) => {
    if (!(await unbinRecord(trx, row.id))) throw new Errors.RECORD_NOT_FOUND(row.id, row.collection);
    await trx.insertInto('records').values(row).execute();
    await writeValues(trx, row, data, true);
    await writeHistory(trx, [historyRow(row, 'restore', note, now, undefined, data)]);
  });
  return toDataRecord(row);
}
