import { randomUUID } from 'node:crypto';
import { type DataRecord } from '@toolbox/sdk';
import { loadTextSortKey, recordValues } from '@toolbox/sdk/data';
import type { Db } from '../db/createDatabase.ts';
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
  };
}

export async function findRecordRow(db: Db, scope: RecordScope, id: string): Promise<RecordsTable | undefined> {
  let query = db.selectFrom('records').selectAll().where('id', '=', id).where('app_id', '=', scope.appId).where('collection', '=', scope.collection);
  if (scope.unit) query = query.where('unit_id', '=', scope.unit);
  return query.executeTakeFirst();
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

/** Replaces the indexed values of a record (record_values, migrations 012 and 014) with those of `data`. */
async function writeValues(trx: Db, row: Pick<RecordsTable, 'id' | 'app_id' | 'collection'>, data: Record<string, unknown>, fresh: boolean): Promise<void> {
  if (!fresh) await trx.deleteFrom('record_values').where('record_id', '=', row.id).execute();
  const sortKey = await loadTextSortKey();
  const values = recordValues(data).map((v) => ({
    app_id: row.app_id,
    collection: row.collection,
    record_id: row.id,
    field: v.field,
    pos: v.pos,
    text_value: v.text,
    sort_key: v.text === null ? null : sortKey(v.text),
    num_value: v.num,
  }));
  // A record's values are bounded by its schema (a form has at most 200 fields, 50 elements a list); 500 a statement.
  for (let i = 0; i < values.length; i += 500) await trx.insertInto('record_values').values(values.slice(i, i + 500)).execute();
}

/** Stores a new record in the unit of the user who creates it. */
export async function insertRecord(
  db: Db,
  input: { appId: string; collection: string; unitId: string; userId: string; data: Record<string, unknown>; now: Date },
): Promise<DataRecord> {
  const at = input.now.toISOString();
  const row: RecordsTable = {
    id: randomUUID(),
    app_id: input.appId,
    collection: input.collection,
    unit_id: input.unitId,
    created_by: input.userId,
    data: JSON.stringify(input.data),
    created_at: at,
    updated_at: at,
  };
  await inTransaction(db, async (trx) => {
    await trx.insertInto('records').values(row).execute();
    await writeValues(trx, row, input.data, true);
  });
  return toDataRecord(row);
}

export async function replaceRecordData(db: Db, row: RecordsTable, data: Record<string, unknown>, now: Date): Promise<DataRecord> {
  const updated = { ...row, data: JSON.stringify(data), updated_at: now.toISOString() };
  await inTransaction(db, async (trx) => {
    await trx.updateTable('records').set({ data: updated.data, updated_at: updated.updated_at }).where('id', '=', row.id).execute();
    await writeValues(trx, row, data, false);
  });
  return toDataRecord(updated);
}

/** Deletes a record; its indexed values go with it (ON DELETE CASCADE). */
export async function deleteRecordRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('records').where('id', '=', id).execute();
}
