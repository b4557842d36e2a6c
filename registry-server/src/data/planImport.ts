import type { Locale } from '@toolbox/sdk';
import type { ImportRepeatMode, ImportReport } from '@toolbox/sdk/api';
import { checkFormRecord, type FormDefinition, fieldByKey } from '@toolbox/sdk/forms';
import type { Db } from '../db/createDatabase.ts';
import type { RecordsTable } from '../db/schema.ts';
import type { ImportRepeats } from './importRepeats.ts';
import type { ImportRead } from './readImportRows.ts';

type Problem = ImportReport['problems'][number];


/** What an import writes: new records, records updated, how many rows it leaves out, and what stops it. */
export interface ImportPlan {
  inserts: ImportRead['records'];
  updates: { line: number; row: RecordsTable; data: Record<string, unknown> }[];
  /** Rows with a warning (by line): what `skip` leaves out. */
  repeatRows: number;
  skipped: number;
  problems: Problem[];
}

/** The rows decided one by one (`?choices=4:update,9:add`, shaped by the route's schema), by line. */
export function parseChoices(choices: string | undefined): Map<number, ImportRepeatMode> {
  const byLine = new Map<number, ImportRepeatMode>();
  for (const pair of choices ? choices.split(',') : []) {
    const [line, mode] = pair.split(':') as [string, ImportRepeatMode];
    byLine.set(Number(line), mode);
  }
  return byLine;
}

/**
 * Plans an import of `read` (a file with no problems). A row with a warning (`repeats.warnings`) is added, left out or
 * updates a record as its own choice says (`choices`), or else as `mode`; every other row is added. `update` finds
 * each row's record by the value of `repeats.key` (the form's `matchBy` fields, or else a 身份证号): a row whose value
 * one record of the ledger (in the caller's scope) has replaces that record's values in the file's columns (an empty
 * cell empties the field) and keeps the rest (its status even where the file has a 状态 column, its photos, unit, the fields the file has no column for: no
 * default overwrites them); a row whose value no record has is added. A value that two records have, or that an
 * earlier line not left out has, cannot say which record to update: a problem, and nothing is written. The updated
 * records are checked as the form checks a record.
 */
export async function planImport(
  db: Db,
  definition: FormDefinition,
  read: ImportRead,
  repeats: ImportRepeats,
  mode: ImportRepeatMode,
  choices: ReadonlyMap<number, ImportRepeatMode>,
  validate: (data: unknown) => boolean,
  locale: Locale,
): Promise<ImportPlan> {
  const repeatLines = new Set(repeats.warnings.map((w) => w.line));
  const plan: ImportPlan = { inserts: [], updates: [], repeatRows: repeatLines.size, skipped: 0, problems: [] };
  const { key } = repeats;
  const word = (zh: string, en: string) => (locale === 'en' ? en : zh);
  const targets = new Map<number, string>();
  const choiceOf = (line: number): ImportRepeatMode => (repeatLines.has(line) ? (choices.get(line) ?? mode) : 'add');
  for (const record of read.records) {
    const choice = choiceOf(record.line);
    if (choice === 'skip') {
      plan.skipped += 1;
      continue;
    }
    // A row without a warning has no record to update, nor an earlier line like it: it is added.
    if (choice === 'add' || !key) {
      plan.inserts.push(record);
      continue;
    }
    const earlier = key.earlier.get(record.line);
    const ids = key.stored.get(record.line) ?? [];
    if (earlier !== undefined && choiceOf(earlier) !== 'skip') {
      const message = word(`更新已有的记录时，同一个${key.label}只能有一行：与第 ${earlier} 行相同`, `To update records, each ${key.label} may be on one line only: this is the same as on line ${earlier}`);
      plan.problems.push({ line: record.line, column: key.header, field: key.field, message });
    } else if (ids.length > 1) {
      const message = word(`台账里不止一条记录是这个${key.label}，不知道更新哪一条：请逐条修改`, `More than one record of the ledger has this ${key.label}, so which to update is unclear: change them one by one`);
      plan.problems.push({ line: record.line, column: key.header, field: key.field, message });
    } else if (ids.length === 1) targets.set(record.line, ids[0]!);
    else plan.inserts.push(record);
  }

  const rows = new Map<string, RecordsTable>();
  const ids = [...new Set(targets.values())];
  for (let i = 0; i < ids.length; i += 500) {
    for (const row of await db.selectFrom('records').selectAll().where('id', 'in', ids.slice(i, i + 500)).execute()) rows.set(row.id, row);
  }
  // A 状态 column places new records only: an updated record keeps its state, which moves on by the flow's steps. So
  // do photos: an updated record keeps its own, and the row's pictures are not taken.
  const columns = read.columns.filter((c) => c.ignored === null && c.field !== null && !['status', 'photo'].includes(fieldByKey(definition, c.field)?.kind ?? ''));
  const headerOf = new Map(columns.map((c) => [c.field!, c.header]));
  for (const record of read.records) {
    const row = rows.get(targets.get(record.line) ?? '');
    if (!row) continue;
    const data = JSON.parse(row.data) as Record<string, unknown>;
    for (const field of headerOf.keys()) {
      if (field in record.data) data[field] = record.data[field];
      else delete data[field];
    }
    const before = plan.problems.length;
    for (const p of checkFormRecord(definition, data)) {
      plan.problems.push({ line: record.line, column: headerOf.get(p.field) ?? null, field: p.field, message: locale === 'en' ? (p.message.en ?? p.message['zh-CN']) : p.message['zh-CN'] });
    }
    if (plan.problems.length === before && !validate(data)) {
      plan.problems.push({ line: record.line, column: null, field: null, message: word('更新后的记录不符合表单的数据格式', 'The updated record does not fit the form’s data schema') });
    }
    plan.updates.push({ line: record.line, row, data });
  }
  plan.problems.sort((a, b) => a.line - b.line);
  return plan;
}
