import type { Locale } from '@toolbox/sdk';
import type { ImportReport } from '@toolbox/sdk/api';
import { type FormDefinition, type FormField, fieldLabels, formFields, matchFields, matchText, nameField } from '@toolbox/sdk/forms';
import type { Db } from '../db/createDatabase.ts';
import type { ImportRead } from './readImportRows.ts';
import type { RecordScope } from './recordStore.ts';

type Warning = ImportReport['warnings'][number];

/** A value as the list shows it: a 身份证号 by its first 6 and last 4, anything else as it is searched by. */
const shown = (field: FormField, text: string) => (field.kind === 'idcard' ? `${text.slice(0, 6)}********${text.slice(-4)}` : text);

/**
 * The keys an import finds repeats by: the definition's `matchBy` (one field, or several taken together: 姓名 + 住址),
 * or else each of its 身份证号 fields.
 */
const repeatKeys = (definition: FormDefinition): FormField[][] => {
  const fields = matchFields(definition);
  return fields.length > 0 ? [fields] : formFields(definition).filter((f) => f.kind === 'idcard').map((f) => [f]);
};

/** What an import finds of its rows in the ledger, by `matchBy` or 身份证号. */
export interface ImportRepeats {
  /** Each row that may be in the ledger already, and why, by line. */
  warnings: Warning[];
  /**
   * What names a record for an update: the form's `matchBy`, or else its first 身份证号 field, with a column (null:
   * none). `field` and `header` are its first field's, `label` names them all. For each line, the records of the ledger
   * with its value (`stored`, at most 2: more is as ambiguous as 2), and the earlier line with the same value (`earlier`).
   */
  key: { field: string; header: string; label: string; stored: Map<number, string[]>; earlier: Map<number, number> } | null;
}

/**
 * The records in `scope` whose values of `fields` are, together, one of `wanted` (each the fields' matchText, in
 * order, as JSON), at most 2 a value: read through record_values' (app, collection, field, text) index, 500 values at a
 * time for the first field, then the other fields of the records found.
 */
async function storedWith(db: Db, scope: RecordScope, fields: FormField[], wanted: Map<string, string[]>): Promise<Map<string, string[]>> {
  const [first, ...rest] = fields;
  const texts = new Map<string, string[]>();
  const firstValues = [...new Set([...wanted.values()].map((v) => v[0]!))];
  for (let i = 0; i < firstValues.length; i += 500) {
    let query = db
      .selectFrom('record_values as v')
      .innerJoin('records as r', 'r.id', 'v.record_id')
      .select(['v.text_value', 'r.id'])
      .distinct()
      .where('v.app_id', '=', scope.appId)
      .where('v.collection', '=', scope.collection)
      .where('v.field', '=', first!.key)
      .where('v.text_value', 'in', firstValues.slice(i, i + 500));
    if (scope.unit !== null) query = query.where('r.unit_id', '=', scope.unit);
    for (const row of await query.execute()) if (row.text_value !== null) texts.set(row.id, [row.text_value]);
  }
  for (const [n, field] of rest.entries()) {
    const ids = [...texts.keys()];
    const found = new Map<string, string>();
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await db
        .selectFrom('record_values')
        .select(['record_id', 'text_value'])
        .where('field', '=', field.key)
        .where('pos', '=', 0)
        .where('record_id', 'in', ids.slice(i, i + 500))
        .execute();
      for (const row of rows) if (row.text_value !== null) found.set(row.record_id, row.text_value);
    }
    for (const [id, values] of texts) {
      const text = found.get(id);
      if (text === undefined) texts.delete(id);
      else values[n + 1] = text;
    }
  }
  const records = new Map<string, string[]>();
  for (const [id, values] of texts) {
    const value = JSON.stringify(values);
    if (!wanted.has(value)) continue;
    const ids = records.get(value) ?? [];
    if (ids.length < 2) records.set(value, [...ids, id]);
  }
  return records;
}

/**
 * The rows of an import that may be in the ledger already, by what the form names a record by (`matchBy`: a 车牌号, a
 * 物资编号, or 姓名 + 住址 together), or else by 身份证号 (the one kind that names a person for sure): a value a record
 * in `scope` has, or one an earlier line has. A row lacking one of the values is not looked for. Warnings, not
 * problems: a visit log rightly lists a person more than once, and the clerk decides (add them, skip them, or update
 * the records they name). Worded in `locale`, by line.
 */
export async function importRepeats(db: Db, scope: RecordScope, definition: FormDefinition, read: ImportRead, locale: Locale): Promise<ImportRepeats> {
  const warnings: Warning[] = [];
  let key: ImportRepeats['key'] = null;
  const word = (zh: string, en: string) => (locale === 'en' ? en : zh);
  for (const fields of repeatKeys(definition)) {
    const columns = fields.map((field) => read.columns.find((c) => c.field === field.key && c.ignored === null));
    if (columns.some((c) => c === undefined)) continue;
    const header = columns[0]!.header;
    const label = fieldLabels(fields, locale);
    const firstLine = new Map<string, number>();
    const earlier = new Map<number, number>();
    const lineValues: [number, string][] = [];
    const wanted = new Map<string, string[]>();
    for (const { line, data } of read.records) {
      const texts = fields.map((f) => matchText(data[f.key]));
      if (texts.some((text) => text === undefined)) continue;
      const value = JSON.stringify(texts);
      wanted.set(value, texts as string[]);
      lineValues.push([line, value]);
      const first = firstLine.get(value);
      if (first === undefined) firstLine.set(value, line);
      else {
        earlier.set(line, first);
        warnings.push({ line, column: header, field: fields[0]!.key, message: word(`${label}与第 ${first} 行相同`, `${label} ${fields.length > 1 ? 'are' : 'is'} the same as on line ${first}`) });
      }
    }
    const records = await storedWith(db, scope, fields, wanted);
    for (const [value, line] of firstLine) {
      if (!records.has(value)) continue;
      const text = fields.map((f, i) => shown(f, wanted.get(value)![i]!)).join(locale === 'en' ? ', ' : '、');
      warnings.push({
        line,
        column: header,
        field: fields[0]!.key,
        message: word(`${label} ${text} 已有记录，可能已经导入过`, `${label} ${text} ${fields.length > 1 ? 'have' : 'has'} a record already: it may have been imported before`),
      });
    }
    if (!key) {
      const stored = new Map(lineValues.flatMap(([line, value]) => (records.has(value) ? [[line, records.get(value)!] as const] : [])));
      key = { field: fields[0]!.key, header, label, stored, earlier };
    }
  }
  // Each with what names its row to a person (户主姓名), so that a clerk deciding row by row need not count lines in Excel.
  const names = nameField(definition);
  const dataOf = new Map(read.records.map((r) => [r.line, r.data]));
  const named = warnings.map((w) => {
    const text = names ? matchText(dataOf.get(w.line)?.[names.key]) : undefined;
    return text === undefined || !names ? w : { ...w, name: shown(names, text) };
  });
  return { warnings: named.sort((a, b) => a.line - b.line), key };
}
