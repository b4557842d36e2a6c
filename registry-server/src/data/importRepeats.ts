import type { Locale } from '@toolbox/sdk';
import type { ImportReport } from '@toolbox/sdk/api';
import { type FormDefinition, formFields } from '@toolbox/sdk/forms';
import type { Db } from '../db/createDatabase.ts';
import type { ImportRead } from './readImportRows.ts';
import type { RecordScope } from './recordStore.ts';

type Warning = ImportReport['warnings'][number];

/** As the list shows a 身份证号: the first 6 and the last 4. */
const masked = (id: string) => `${id.slice(0, 6)}********${id.slice(-4)}`;

/** What an import finds of its rows in the ledger, by 身份证号. */
export interface ImportRepeats {
  /** Each row that may be in the ledger already, and why, by line. */
  warnings: Warning[];
  /**
   * The number that names a person for an update: the form's first 身份证号 field with a column (null: none). For each
   * line, the records of the ledger with its number (`stored`, at most 2: more is as ambiguous as 2), and the earlier
   * line with the same number (`earlier`).
   */
  key: { field: string; header: string; label: string; stored: Map<number, string[]>; earlier: Map<number, number> } | null;
}

/**
 * The rows of an import that may be in the ledger already, by 身份证号 (the one field that names a person for sure): a
 * number a record in `scope` has (read through record_values' (app, collection, field, text) index, 500 at a time),
 * or one an earlier line of the file has. Warnings, not problems: a visit log rightly lists a person more than once,
 * and the clerk decides (add them, skip them, or update the records they name). Worded in `locale`, by line.
 */
export async function importRepeats(db: Db, scope: RecordScope, definition: FormDefinition, read: ImportRead, locale: Locale): Promise<ImportRepeats> {
  const warnings: Warning[] = [];
  let key: ImportRepeats['key'] = null;
  const word = (zh: string, en: string) => (locale === 'en' ? en : zh);
  for (const field of formFields(definition).filter((f) => f.kind === 'idcard')) {
    const column = read.columns.find((c) => c.field === field.key && c.ignored === null);
    if (!column) continue;
    const label = locale === 'en' ? (field.label.en ?? field.label['zh-CN']) : field.label['zh-CN'];
    const firstLine = new Map<string, number>();
    const earlier = new Map<number, number>();
    const lineValues: [number, string][] = [];
    for (const { line, data } of read.records) {
      const value = data[field.key];
      if (typeof value !== 'string') continue;
      lineValues.push([line, value]);
      const first = firstLine.get(value);
      if (first === undefined) firstLine.set(value, line);
      else {
        earlier.set(line, first);
        warnings.push({ line, column: column.header, field: field.key, message: word(`${label}与第 ${first} 行相同`, `${label} is the same as on line ${first}`) });
      }
    }
    const values = [...firstLine.keys()];
    const records = new Map<string, string[]>();
    for (let i = 0; i < values.length; i += 500) {
      let query = db
        .selectFrom('record_values as v')
        .innerJoin('records as r', 'r.id', 'v.record_id')
        .select(['v.text_value', 'r.id'])
        .distinct()
        .where('v.app_id', '=', scope.appId)
        .where('v.collection', '=', scope.collection)
        .where('v.field', '=', field.key)
        .where('v.text_value', 'in', values.slice(i, i + 500));
      if (scope.unit !== null) query = query.where('r.unit_id', '=', scope.unit);
      for (const row of await query.execute()) {
        if (row.text_value === null) continue;
        const ids = records.get(row.text_value) ?? [];
        if (ids.length < 2) records.set(row.text_value, [...ids, row.id]);
      }
    }
    for (const [value, line] of firstLine) {
      if (records.has(value)) {
        warnings.push({
          line,
          column: column.header,
          field: field.key,
          message: word(`${label} ${masked(value)} 已有记录，可能已经导入过`, `${label} ${masked(value)} has a record already: it may have been imported before`),
        });
      }
    }
    if (!key) {
      const stored = new Map(lineValues.flatMap(([line, value]) => (records.has(value) ? [[line, records.get(value)!] as const] : [])));
      key = { field: field.key, header: column.header, label, stored, earlier };
    }
  }
  return { warnings: warnings.sort((a, b) => a.line - b.line), key };
}
