import { DELETED_RECORD_DAYS, type DeletedRecords } from '@toolbox/sdk/api';
import type { Db } from '../db/createDatabase.ts';
import type { RecordsTable } from '../db/schema.ts';
import type { Actor } from './recordHistory.ts';
import { type RecordScope, toDataRecord } from './recordStore.ts';
import type { DeletedRecordsTable } from './tables.ts';

/*
 * 已删除的记录 (migration 016): a deleted record waits here DELETED_RECORD_DAYS, with its photos, to be restored
 * (recordStore.restoreRecordRow); from then on it is not listed or restorable, and the next purge removes it.
 */

const DAY_MS = 86_400_000;

/** The moment before which a deletion is past restoring. */
const cutoff = (now: Date) => new Date(now.getTime() - DELETED_RECORD_DAYS * DAY_MS).toISOString();

/** Keeps a record being deleted, in the deletion's transaction: as it was, and who deleted it when. */
export async function binRecord(trx: Db, row: RecordsTable, actor: Actor, now: Date): Promise<void> {
  await trx
    .insertInto('deleted_records')
    .values({ ...row, deleted_at: now.toISOString(), deleted_by: actor.id, deleted_by_name: actor.name })
    .execute();
}

function inScope(db: Db, scope: RecordScope, now: Date) {
  let query = db.selectFrom('deleted_records').where('app_id', '=', scope.appId).where('collection', '=', scope.collection).where('deleted_at', '>=', cutoff(now));
  if (scope.unit) query = query.where('unit_id', '=', scope.unit);
  return query;
}

/** A page of the records deleted within DELETED_RECORD_DAYS in the scope, last deleted first, and how many in all. */
export async function listDeletedRows(db: Db, scope: RecordScope, now: Date, page: { limit: number; offset: number }): Promise<DeletedRecords> {
  const [rows, count] = await Promise.all([
    inScope(db, scope, now).selectAll().orderBy('deleted_at', 'desc').orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute(),
    inScope(db, scope, now).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((row) => ({
      ...toDataRecord(row),
      deletedAt: row.deleted_at,
      deletedBy: { id: row.deleted_by, name: row.deleted_by_name },
      purgeAt: new Date(Date.parse(row.deleted_at) + DELETED_RECORD_DAYS * DAY_MS).toISOString(),
    })),
    total: Number(count.n),
  };
}

/** A deleted record in the scope that can still be restored. */
export async function findDeletedRow(db: Db, scope: RecordScope, id: string, now: Date): Promise<DeletedRecordsTable | undefined> {
  return inScope(db, scope, now).selectAll().where('id', '=', id).executeTakeFirst();
}

/** Takes a deleted record out of the bin (restoring or erasing it, in that transaction); false when it is no longer there. */
export async function unbinRecord(trx: Db, id: string): Promise<boolean> {
  const gone = await trx.deleteFrom('deleted_records').where('id', '=', id).executeTakeFirst();
  return Number(gone.numDeletedRows) === 1;
}

/** Removes up to `limit` records deleted more than DELETED_RECORD_DAYS ago, in the caller's transaction; returns their ids. */
export async function purgeExpired(trx: Db, now: Date, limit = 100): Promise<string[]> {
  const rows = await trx.selectFrom('deleted_records').select('id').where('deleted_at', '<', cutoff(now)).limit(limit).execute();
  const ids = rows.map((r) => r.id);
  if (ids.length > 0) await trx.deleteFrom('deleted_records').where('id', 'in', ids).execute();
  return ids;
}
