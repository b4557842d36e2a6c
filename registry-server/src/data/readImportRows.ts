import type { Locale, LocalizedText, Role } from '@toolbox/sdk';
import { IMPORT_LIMITS, type ImportReport } from '@toolbox/sdk/api';
import {
  checkFormRecord,
  EXPORT_STAMP_COLUMNS,
  type FormDefinition,
  type FormField,
  fieldByKey,
  formFields,
  initialValues,
  type RecordMaker,
  reachableStates,
  readCell,
} from '@toolbox/sdk/forms';
import { Errors } from '../errors.ts';
import type { SheetReading, SheetTable } from '../sheets/SheetTable.ts';

/** How a record import is read: the workbook's first sheet (where an export writes), refused with the import's codes. */
export const IMPORT_READING: SheetReading = {
  limits: IMPORT_LIMITS,
  invalid: (message) => new Errors.IMPORT_FILE_INVALID(message),
  tooLarge: (message) => new Errors.IMPORT_TOO_LARGE(message),
  sheetNames: [],
  headerExample: { 'zh-CN': '户主姓名, 联系电话, …：表单字段的名称', en: '户主姓名, 联系电话, …: the labels of the form’s fields' },
};

type Column = ImportReport['columns'][number];
type Problem = ImportReport['problems'][number];

/**
 * A header as it is compared: NFKC (full-width letters and brackets), no spaces, no required-mark *, lower case. Cut
 * first: a header cell may be megabytes, and a label is at most 60 characters.
 */
const headerKey = (text: string) => text.slice(0, 200).normalize('NFKC').replace(/\s+/g, '').replace(/\*+$/, '').replace(/^\*+/, '').toLowerCase();

/** The columns an export adds after the fields (exportColumns.ts), in either language: read back, they are skipped. */
const STAMPS = new Set(Object.values(EXPORT_STAMP_COLUMNS).flatMap((c) => [headerKey(c['zh-CN']), headerKey(c.en)]));

const en = (label: LocalizedText) => label.en ?? label['zh-CN'];
const say = (zh: string, enText: string): LocalizedText => ({ 'zh-CN': zh, en: enText });

/** Matches each header to the field whose label (Chinese or English) it is; what it cannot use says why. */
export function matchImportColumns(definition: FormDefinition, headers: string[]): Column[] {
  const byHeader = new Map<string, FormField>();
  for (const field of formFields(definition)) {
    for (const label of [field.label['zh-CN'], field.label.en]) {
      if (!label) continue;
      byHeader.set(headerKey(label), field);
      // An export heads a photo field 现场照片（张）: its count, not photos.
      if (field.kind === 'photo') byHeader.set(headerKey(`${label}（张）`), field).set(headerKey(`${label} (photos)`), field);
    }
  }
  const taken = new Set<string>();
  return headers.map((header) => {
    const field = byHeader.get(headerKey(header));
    if (!field) return { header, field: null, ignored: STAMPS.has(headerKey(header)) ? 'stamp' : 'unknown' };
    if (field.kind === 'photo') return { header, field: field.key, ignored: field.kind };
    if (taken.has(field.key)) return { header, field: field.key, ignored: 'duplicate' };
    taken.add(field.key);
    return { header, field: field.key, ignored: null };
  });
}

/** What an import reads from a table: the columns, the records to create with their lines, and every problem found. */
export interface ImportRead {
  columns: Column[];
  /** The fields the file has no column for that every record takes the default of (the form's 今天, 我, 本单位…). */
  defaulted: string[];
  records: { line: number; data: Record<string, unknown> }[];
  problems: Problem[];
}

/**
 * A 状态 cell as the state it names (by its name in either language, or its key), if `role` could bring a new record
 * there (reachableStates): an imported ledger's records are mid-flow, but never where the importer could not have
 * moved them step by step. A retired state is refused.
 */
function readState(definition: FormDefinition, field: FormField, text: string, role: Role): { value: string } | { problem: LocalizedText } {
  const fold = (t: string) => t.slice(0, 200).normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  const wanted = fold(text);
  const states = definition.flow?.states ?? [];
  const state = states.find((s) => [s.key, s.label['zh-CN'], s.label.en].some((name) => name !== undefined && fold(name) === wanted));
  const reachable = reachableStates(definition, role).filter((s) => !s.retired);
  const quoted = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  if (state && reachable.includes(state)) return { value: state.key };
  const zhNames = reachable.map((s) => s.label['zh-CN']).join('、');
  const enNames = reachable.map((s) => en(s.label)).join(', ');
  if (!state || state.retired) {
    return { problem: say(`${field.label['zh-CN']}只能是：${zhNames}；读到“${quoted}”`, `${en(field.label)} must be one of: ${enNames}; read "${quoted}"`) };
  }
  return {
    problem: say(
      `不能把记录导入为“${state.label['zh-CN']}”：按流程，您只能把记录办理到 ${zhNames}`,
      `A record cannot be imported as "${en(state.label)}": by the flow, you can take a record only as far as ${enNames}`,
    ),
  };
}

/**
 * Reads every row of `table` as a new record of `definition`, as the form checks a record a clerk saves: each cell by
 * its column's field, then the whole record by `checkFormRecord` (required fields, check digits, lengths, ranges). A
 * 状态 column places each record in the state it names (readState, for `role`); without one, or with an empty cell, a
 * record starts in the flow's first state. A field the file has no column for takes its default as the form would
 * fill it for `maker` at `now` (a column with an empty cell stays empty: the clerk left it so). `validate`, the
 * collection's JSON Schema, is checked last as the data API checks every record. Problems are worded in `locale`.
 */
export function readImportRows(
  definition: FormDefinition,
  table: SheetTable,
  validate: (data: unknown) => boolean,
  locale: Locale,
  maker: RecordMaker & { role: Role },
  now: Date,
): ImportRead {
  const word = (text: LocalizedText) => (locale === 'en' ? en(text) : text['zh-CN']);
  const columns = matchImportColumns(definition, table.headers);
  const problems: Problem[] = [];
  const used = columns.flatMap((c, index) => (c.ignored === null && c.field ? [{ index, header: c.header, field: fieldByKey(definition, c.field)! }] : []));
  const headerOf = new Map(used.map((u) => [u.field.key, u.header]));
  // The status among them, when the file has no 状态 column: a new record starts in the flow's first state.
  const defaults = Object.entries(initialValues(definition, maker, now)).filter(([key]) => !headerOf.has(key));
  const initial = definition.flow?.initial;
  const defaultedKeys = new Set(defaults.map(([key]) => key));

  // A required field the file has no column for fails every row: said once, on the header line.
  const missingColumns = new Set<string>();
  for (const field of formFields(definition)) {
    if (!field.required || field.kind === 'status' || headerOf.has(field.key) || defaultedKeys.has(field.key)) continue;
    const message =
      field.kind === 'photo'
        ? say(`“${field.label['zh-CN']}”是必填的照片，照片无法从表格导入：请先在搭建器里把它改为选填，或逐条登记`, `"${en(field.label)}" is a required photo, and photos cannot be imported from a table: make it optional in the designer first, or add the records one by one`)
        : say(`缺少必填的“${field.label['zh-CN']}”一列（第一行写字段名称）`, `The required column "${en(field.label)}" is missing (the first row holds the field names)`);
    problems.push({ line: 1, column: null, field: field.key, message: word(message) });
    missingColumns.add(field.key);
  }
  if (used.length === 0) {
    problems.push({
      line: 1,
      column: null,
      field: null,
      message: word(say('第一行没有一个表单字段的名称：请用导出的文件作模板，第一行写字段名称', 'The first row names none of the form’s fields: start from an export, whose first row holds the field names')),
    });
  }

  const fileProblems = problems.length;
  const records: ImportRead['records'] = [];
  for (const row of table.rows) {
    const data: Record<string, unknown> = Object.fromEntries(defaults.map(([key, value]) => [key, structuredClone(value)]));
    const failed = new Set<string>();
    for (const { index, header, field } of used) {
      const text = (row.cells[index] ?? '').trim();
      if (text === '') {
        // An empty 状态 is the first state, as a record made on the desktop starts.
        if (field.kind === 'status' && initial !== undefined) data[field.key] = initial;
        continue;
      }
      const parsed = field.kind === 'status' ? readState(definition, field, text, maker.role) : readCell(field, text);
      if ('problem' in parsed) {
        failed.add(field.key);
        problems.push({ line: row.line, column: header, field: field.key, message: word(parsed.problem) });
      } else if (parsed.value !== undefined) data[field.key] = parsed.value;
    }
    const before = problems.length;
    for (const p of checkFormRecord(definition, data)) {
      // A missing required column is said once above; a cell that did not parse, once for its cell.
      if (failed.has(p.field) || missingColumns.has(p.field)) continue;
      problems.push({ line: row.line, column: headerOf.get(p.field) ?? null, field: p.field, message: word(p.message) });
    }
    if (fileProblems === 0 && failed.size === 0 && problems.length === before && !validate(data)) {
      problems.push({ line: row.line, column: null, field: null, message: word(say('这一行不符合表单的数据格式', 'This row does not fit the form’s data schema')) });
    }
    records.push({ line: row.line, data });
  }
  if (table.rows.length === 0) {
    problems.push({ line: 2, column: null, field: null, message: word(say('表格里没有数据行：第一行是字段名称，从第二行起每行一条记录', 'The table has no rows of data: the first row names the fields, each row after it is one record')) });
  }
  // By line, then left to right as the clerk reads the row; a problem of the whole row last.
  const columnIndex = new Map(used.map((u) => [u.header, u.index]));
  const position = (p: Problem) => (p.column === null ? Number.MAX_SAFE_INTEGER : (columnIndex.get(p.column) ?? Number.MAX_SAFE_INTEGER));
  problems.sort((a, b) => a.line - b.line || position(a) - position(b));
  const defaulted = defaults.flatMap(([key]) => (fieldByKey(definition, key)?.kind === 'status' ? [] : [key]));
  return { columns, defaulted, records, problems };
}
