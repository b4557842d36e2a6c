import type { Locale } from '@toolbox/sdk';
import type { ImportReport } from '@toolbox/sdk/api';
import { type FormDefinition, type FormField, formFields, matchField } from '@toolbox/sdk/forms';
import type { Db } from '../db/createDatabase.ts';
import type { ImportRead } from './readImportRows.ts';
import type { RecordScope } from './recordStore.ts';

type Warning = ImportReport['warnings'][number];

/** A value as the list shows it: a 身份证号 by its first 6 and last 4, anything else as it is. */
const shown = (field: FormField, value: string) => (field.kind === 'idcard' ? `${value.slice(0, 6)}********${value.slice(-4)}` : value);

/** The fields an import finds repeats by: the definition's `matchBy`, or else its 身份证号 fields. */
const repeatFields = (definition: FormDefinition): FormField[] => {
  const field = matchField(definition);
  return field ? [field] : formFields(definition).filter((f) => f.kind === 'idcard');
};

/** What an import finds of its rows in the ledger, by `matchBy` or 身份证号. */
export interface ImportRepeats {
  /** Each row that may be in the ledger already, and why, by line. */
  warnings: Warning[];
  /**
   * The value that names a record for an update: the form's `matchBy`, or else its first 身份证号 field, with a
   * column (null: none). For each line, the records of the ledger with its value (`stored`, at most 2: more is as
   * ambiguous as 2), and the earlier line with the same value (`earlier`).
   */
  key: { field: string; header: string; label: string; stored: Map<number, string[]>; earlier: Map<number, number> } | null;
}

/**
 * The rows of an import that may be in the ledger already, by the field the form names a record by (`matchBy`: a
 * 车牌号, a 物资编号), or else by 身份证号 (the one kind that names a person for sure): a value a record in `scope`
 * has (read through record_values' (app, collection, field, text) index, 500 at a time), or one an earlier line has. Warnings, not problems: a visit log rightly lists a person more than once,
 * and the clerk decides (add them, skip them, or update the records they name). Worded in `locale`, by line.
 */
export async function importRepeats(db: Db, scope: RecordScope, definition: FormDefinition, read: ImportRead, locale: Locale): Promise<ImportRepeats> {
  const warnings: Warning[] = [];
  let key: ImportRepeats['key'] = null;
  const word = (zh: string, en: string) => (locale === 'en' ? en : zh);
  for (const field of repeatFields(definition)) {
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
          message: word(`${label} ${shown(field, value)} 已有记录，可能已经导入过`, `${label} ${shown(field, value)} has a record already: it may have been imported before`),
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
