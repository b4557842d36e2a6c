import { FORM_COLLECTION, type FormDefinition, formFields, isEmptyValue } from '@toolbox/sdk/forms';
import type { Db } from '../db/createDatabase.ts';
import { replaceRecordData } from '../data/recordStore.ts';

/**
 * What a form version whose `retired` names `movedTo` does when it goes live (approved, or published by a trusted
 * unit): each record's old value is copied into the target field, in the transaction that makes the version current.
 * The old value stays under its retired key (read-only), so nothing is lost, and a target that already holds a value
 * keeps it: staff may have filled it in since. Only fields that `previous` (the version live until now) still had are
 * moved: a move an earlier version recorded was made when that version went live, and is not repeated over values
 * staff have changed since. Records in the bin (已删除的记录) are moved alike. Returns how many records changed.
 */
export async function moveRetiredValues(trx: Db, appId: string, previous: FormDefinition, next: FormDefinition, now: Date): Promise<number> {
  const wasLive = new Set(formFields(previous).map((f) => f.key));
  const live = new Set(formFields(next).map((f) => f.key));
  const moves = (next.retired ?? [])
    .filter((f) => f.movedTo !== undefined && wasLive.has(f.key) && live.has(f.movedTo))
    .map((f) => ({ from: f.key, to: f.movedTo as string }));
  if (moves.length === 0) return 0;
  /** The record's data with the moves made, or undefined when none applies (no old value, or the target is filled). */
  const moved = (json: string) => {
    const data = JSON.parse(json) as Record<string, unknown>;
    let touched = false;
    for (const { from, to } of moves) {
      if (isEmptyValue(data[from]) || !isEmptyValue(data[to])) continue;
      data[to] = structuredClone(data[from]);
      touched = true;
    }
    return touched ? data : undefined;
  };
  const rows = await trx.selectFrom('records').selectAll().where('app_id', '=', appId).where('collection', '=', FORM_COLLECTION).execute();
  let changed = 0;
  for (const read of rows) {
    let row: typeof read | undefined = read;
    // A clerk's write can land between this read and the move (PostgreSQL lets it; on SQLite the publish holds the
    // writer lock): the record is read again and moved from what it holds now, rather than the publish failing on it.
    // One deleted meanwhile is in the bin, read below.
    while (row) {
      const data = moved(row.data);
      if (!data) break;
      try {
        await replaceRecordData(trx, row, data, now);
        changed++;
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== 'TOOLBOX_RECORD_CHANGED') throw error;
        row = await trx.selectFrom('records').selectAll().where('id', '=', row.id).executeTakeFirst();
      }
    }
  }
  // Records in the bin move too: one restored later comes back as if it had been live, with its value in the new field.
  const binned = await trx.selectFrom('deleted_records').select(['id', 'data', 'revision']).where('app_id', '=', appId).where('collection', '=', FORM_COLLECTION).execute();
  for (const row of binned) {
    const data = moved(row.data);
    if (!data) continue;
    await trx.updateTable('deleted_records').set({ data: JSON.stringify(data), revision: row.revision + 1 }).where('id', '=', row.id).execute();
    changed++;
  }
  return changed;
}
