import type { FieldErrorBody } from '@toolbox/sdk/api';
import { compatibility, FORM_COLLECTION, type FormChange, type FormDefinition, isEmptyValue, statusField } from '@toolbox/sdk/forms';
import type { Db } from '../db/createDatabase.ts';
import { countRecordsWhere } from '../data/recordStore.ts';
import { Errors } from '../errors.ts';

const nameOf = (change: FormChange) => (change.field !== undefined ? `field "${change.field}"` : `state "${change.state}"`);

/**
 * Refuses a form version that would strand stored records: `compatibility(current, next)` must leave nothing pending,
 * i.e. every field the current version holds values in is still a field, or is retired in `next.retired` (kept
 * read-only or moved), and every state is kept. Otherwise TOOLBOX_FORM_CHANGE_NEEDS_DECISION (409), whose message and
 * `details` name each change with the choices the designer offers and how many records (every unit's) it affects.
 * Returns the safe changes, for the audit.
 */
export async function checkFormChange(db: Db, appId: string, current: FormDefinition, next: FormDefinition): Promise<FormChange[]> {
  const report = compatibility(current, next);
  if (report.pending.length === 0) return report.changes;
  const status = statusField(current)?.key;
  const tests = new Map<string, (data: Record<string, unknown>) => boolean>();
  for (const change of report.pending) {
    if (change.field !== undefined) {
      const key = change.field;
      tests.set(nameOf(change), (data) => !isEmptyValue(data[key]));
    } else if (change.state !== undefined && status !== undefined) {
      const state = change.state;
      tests.set(nameOf(change), (data) => data[status] === state);
    }
  }
  const counts = await countRecordsWhere(db, appId, FORM_COLLECTION, tests);
  const details: FieldErrorBody[] = report.pending.map((change) => {
    const records = counts.get(nameOf(change)) ?? 0;
    return {
      path: change.field !== undefined ? `/form/retired` : '/form/flow/states',
      message: `${nameOf(change)}: ${change.message.en ?? change.message['zh-CN']} (${records} record${records === 1 ? '' : 's'} affected)`,
      keyword: change.kind,
      params: { ...(change.field !== undefined ? { field: change.field } : { state: change.state }), records, choices: change.choices ?? [], messageZh: change.message['zh-CN'] },
    };
  });
  const summary = details.map((d) => `${String(d.params?.field ?? d.params?.state)} (${String(d.params?.records)} records)`).join(', ');
  throw Object.assign(
    new Errors.FORM_CHANGE_NEEDS_DECISION(
      `form: ${report.pending.length} change${report.pending.length === 1 ? '' : 's'} to the current version need a decision, recorded in form/retired (keep the old values read-only, or move them into another field): ${summary}`,
    ),
    { details },
  );
}
