import type { Db } from '../db/createDatabase.ts';
import { Errors } from '../errors.ts';
import type { AttachmentsTable } from './tables.ts';

export async function insertAttachment(db: Db, row: AttachmentsTable): Promise<void> {
  await db.insertInto('attachments').values(row).execute();
}

export async function findAttachment(db: Db, appId: string, id: string): Promise<AttachmentsTable | undefined> {
  return db.selectFrom('attachments').selectAll().where('id', '=', id).where('app_id', '=', appId).executeTakeFirst();
}

/** Who writes the record, and which record. */
export interface PhotoOwner {
  appId: string;
  recordId: string;
  /** The record's unit: a photo named by a record is seen by that unit. */
  unitId: string;
  userId: string;
}

/**
 * Makes the photos a record names (field → ids) its own, inside the record's write transaction, and drops the photos
 * it held and no longer names. A photo may be named when it is of the same app and field, and either this record's
 * already or the caller's own unsaved upload: never another user's upload, another record's photo, or an id that
 * does not exist (each is 400 TOOLBOX_ATTACHMENT_REFUSED naming the field, and the transaction rolls back).
 * Returns the ids removed, whose bytes the caller drops once the transaction has committed.
 */
export async function bindRecordPhotos(trx: Db, owner: PhotoOwner, named: ReadonlyMap<string, readonly string[]>): Promise<string[]> {
  const all = [...named.values()].flat();
  if (new Set(all).size !== all.length) {
    const field = [...named].find(([, ids]) => ids.some((id) => all.indexOf(id) !== all.lastIndexOf(id)))?.[0] ?? '';
    throw new Errors.ATTACHMENT_REFUSED(field, 'the same photo is named twice');
  }
  for (const [field, ids] of named) {
    if (ids.length === 0) continue;
    const updated = await trx
      .updateTable('attachments')
      .set({ record_id: owner.recordId, unit_id: owner.unitId })
      .where('app_id', '=', owner.appId)
      .where('field', '=', field)
      .where('id', 'in', ids)
      .where((eb) => eb.or([eb('record_id', '=', owner.recordId), eb.and([eb('record_id', 'is', null), eb('uploaded_by', '=', owner.userId)])]))
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== ids.length) {
      throw new Errors.ATTACHMENT_REFUSED(field, `${ids.length - Number(updated.numUpdatedRows)} of the photos do not exist or are not yours to use here (upload them again)`);
    }
  }
  let stale = trx.selectFrom('attachments').select('id').where('record_id', '=', owner.recordId);
  if (all.length > 0) stale = stale.where('id', 'not in', all);
  const gone = (await stale.execute()).map((r) => r.id);
  if (gone.length > 0) await trx.deleteFrom('attachments').where('id', 'in', gone).execute();
  return gone;
}

/** Deletes the photos of records being purged (in their transaction); returns their ids. */
export async function deleteRecordPhotos(trx: Db, recordIds: readonly string[]): Promise<string[]> {
  if (recordIds.length === 0) return [];
  const rows = await trx.deleteFrom('attachments').where('record_id', 'in', recordIds).returning('id').execute();
  return rows.map((r) => r.id);
}

/** Deletes up to `limit` uploads that no record named before `before`; returns their ids. */
export async function deleteStaleUploads(db: Db, before: Date, limit = 100): Promise<string[]> {
  const rows = await db.selectFrom('attachments').select('id').where('record_id', 'is', null).where('created_at', '<', before.toISOString()).limit(limit).execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  await db.deleteFrom('attachments').where('id', 'in', ids).where('record_id', 'is', null).execute();
  return ids;
}
