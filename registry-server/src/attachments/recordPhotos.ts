import { type FormDefinition, formFields } from '@toolbox/sdk/forms';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/createDatabase.ts';
import { attachmentContentOf } from './attachmentContentOf.ts';
import { purgeExpired, unbinRecord } from '../data/recordBin.ts';
import { type HistoryNote, historyRow, writeHistory } from '../data/recordHistory.ts';
import type { DeletedRecordsTable } from '../data/tables.ts';
import { Errors } from '../errors.ts';
import { bindRecordPhotos, deleteRecordPhotos } from './attachmentRows.ts';

/** The photo fields of a definition, live and retired (a retired field's photos stay the record's). */
function photoFields(form: FormDefinition): string[] {
  return [...formFields(form), ...(form.retired ?? [])].filter((f) => f.kind === 'photo').map((f) => f.key);
}

/** field → the attachment ids a record's data names (checkFormValues has checked the shape `[{id, name?}]`). */
function namedPhotos(fields: readonly string[], data: Record<string, unknown>): Map<string, string[]> {
  return new Map(fields.map((key) => [key, Array.isArray(data[key]) ? (data[key] as { id: string }[]).map((p) => p.id) : []]));
}

/**
 * Writes a form record (`write`, given the transaction) and makes the photos it names its own in the same
 * transaction (attachmentRows.bindRecordPhotos): a refused photo leaves the record as it was. Photos the record no
 * longer names are deleted, their bytes once the write has committed.
 */
export async function writeWithPhotos<R extends { id: string; unitId: string }>(
  app: FastifyInstance,
  target: { appId: string; userId: string; form: FormDefinition | undefined; data: Record<string, unknown> },
  write: (db: Db) => Promise<R>,
): Promise<R> {
  const fields = target.form ? photoFields(target.form) : [];
  if (fields.length === 0) return write(app.db);
  let gone: string[] = [];
  const record = await app.db.transaction().execute(async (trx) => {
    const written = await write(trx);
    gone = await bindRecordPhotos(trx, { appId: target.appId, recordId: written.id, unitId: written.unitId, userId: target.userId }, namedPhotos(fields, target.data));
    return written;
  });
  await attachmentContentOf(app).remove(gone);
  return record;
}

/**
 * Purges the records deleted more than DELETED_RECORD_DAYS ago (data/recordBin.ts), a hundred at a time, with their
 * photos, which wait with them in the bin until then; the photos' bytes go once the transaction has committed.
 */
export async function purgeDeletedRecords(app: FastifyInstance, now: Date): Promise<void> {
  const gone = await app.db.transaction().execute(async (trx) => deleteRecordPhotos(trx, await purgeExpired(trx, now)));
  await attachmentContentOf(app).remove(gone);
}

/**
 * Erases one deleted record now, before its days are up, with its photos; its history notes who did (`purge`).
 * RECORD_NOT_FOUND when another restore or erase took it first.
 */
export async function purgeDeletedRecord(app: FastifyInstance, deleted: DeletedRecordsTable, now: Date, note: HistoryNote): Promise<void> {
  const gone = await app.db.transaction().execute(async (trx) => {
    if (!(await unbinRecord(trx, deleted.id))) throw new Errors.RECORD_NOT_FOUND(deleted.id, deleted.collection);
    await writeHistory(trx, [historyRow(deleted, 'purge', note, now, undefined, undefined)]);
    return deleteRecordPhotos(trx, [deleted.id]);
  });
  await attachmentContentOf(app).remove(gone);
}
