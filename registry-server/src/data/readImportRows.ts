import type { Locale, LocalizedText } from '@toolbox/sdk';
import { IMPORT_LIMITS, type ImportReport } from '@toolbox/sdk/api';
import { checkFormRecord, type FormDefinition, type FormField, formFields, statusField } from '@toolbox/sdk/forms';
import { Errors } from '../errors.ts';
import type { SheetReading, SheetTable } from '../sheets/SheetTable.ts';

/** How a record import is read: the sheet an export writes (named after the app) or the first, refused with its codes. */
export const IMPORT_READING: SheetReading = {
  limits: IMPORT_LIMITS,
  invalid: (message) => new Errors.IMPORT_FILE_INVALID(message),
  tooLarge: (message) => new Errors.IMPORT_TOO_LARGE(message),
  sheetNames: [],
  headerExample: '户主姓名, 联系电话, …: the labels of the form’s fields',
};

type Column = ImportReport['columns'][number];
type Problem = ImportReport['problems'][number];
type Parsed = { value: unknown } | { problem: LocalizedText };


/** A header as it is compared: NFKC (full-width letters and brackets), no spaces, no required-mark *, lower case. */
const headerKey = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').replace(/\*+$/, '').replace(/^\*+/, '').toLowerCase();

/** The columns an export adds after the fields (exportColumns.ts), in either language: read back, they are skipped. */
const STAMPS = new Set(['所属单位', '登记时间', '最后修改', 'Unit', 'Created', 'Last changed'].map((h) => headerKey(h)));

const en = (label: LocalizedText) => label.en ?? label['zh-CN'];
const say = (zh: string, enText: string): LocalizedText => ({ 'zh-CN': zh, en: enText });
const pad = (n: string | number) => String(n).padStart(2, '0');

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
    if (field.kind === 'photo' || field.kind === 'status') return { header, field: field.key, ignored: field.kind };
    if (taken.has(field.key)) return { header, field: field.key, ignored: 'duplicate' };
    taken.add(field.key);
    return { header, field: field.key, ignored: null };
  });
}

const DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/;
const TIME = /^[\sT]*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2})(?:\.\d+)?)?\s*[分秒]?\s*$/;

/** A date as clerks write it (2026-3-5, 2026/03/05, 2026.3.5, 2026年3月5日, 20260305), as `YYYY-MM-DD`; the rest of the text after it. */
function readDate(text: string): { day: string; rest: string } | undefined {
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (compact) return { day: `${compact[1]}-${compact[2]}-${compact[3]}`, rest: '' };
  const m = DATE.exec(text);
  return m ? { day: `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`, rest: text.slice(m[0].length) } : undefined;
}

/** A wall-clock time in Asia/Shanghai (UTC+8 all year: China keeps no summer time) as an ISO instant. */
function shanghaiInstant(day: string, h: number, m: number, s: number): string | undefined {
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  if (h > 23 || m > 59 || s > 59) return undefined;
  return new Date(Date.UTC(y, mo - 1, d, h - 8, m, s)).toISOString();
}

const YES = new Set(['是', 'y', 'yes', 'true', '1', '√', '✓', '✔', '有', '对']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '×', '✗', '✘', '无', '没有', '不是']);

/** Folds what a clerk may type differently from the option: full-width letters and digits, case, spaces at the ends. */
const fold = (text: string) => text.normalize('NFKC').trim().toLowerCase();

function option(field: FormField & { options: string[] }, text: string): string | undefined {
  return field.options.find((o) => o === text) ?? field.options.find((o) => fold(o) === fold(text));
}

/**
 * One cell's text as the value `field` stores, read as the export writes it and as clerks type it in Excel; or what is
 * wrong with it, naming the field and quoting what was read. Values that parse are checked by the form's own rules later.
 */
export function parseImportCell(field: FormField, text: string): Parsed {
  const zh = field.label['zh-CN'];
  const name = en(field.label);
  const quoted = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  switch (field.kind) {
    case 'text':
    case 'textarea':
      return { value: text };
    case 'number': {
      let t = text.normalize('NFKC').replace(/[,\s]/g, '');
      if (field.unit && t.endsWith(field.unit)) t = t.slice(0, -field.unit.length);
      const n = /^[-+]?(\d+\.?\d*|\.\d+)$/.test(t) ? Number(t) : Number.NaN;
      return Number.isFinite(n) ? { value: n } : { problem: say(`${zh}应为数字，读到“${quoted}”`, `${name} must be a number, read "${quoted}"`) };
    }
    case 'date': {
      const read = readDate(text.normalize('NFKC'));
      // A date cell with a time of day (2026-03-05 14:30) keeps its day.
      if (read && (read.rest === '' || TIME.test(read.rest))) return { value: read.day };
      return { problem: say(`${zh}应为日期，如 2026-03-05，读到“${quoted}”`, `${name} must be a date such as 2026-03-05, read "${quoted}"`) };
    }
    case 'datetime': {
      const read = readDate(text.normalize('NFKC'));
      const time = read ? (read.rest === '' ? ['', '0', '0'] : TIME.exec(read.rest)) : null;
      const instant = read && time ? shanghaiInstant(read.day, Number(time[1]), Number(time[2]), Number(time[3] ?? 0)) : undefined;
      if (instant) return { value: instant };
      return { problem: say(`${zh}应为日期时间，如 2026-03-05 14:30（上海时间），读到“${quoted}”`, `${name} must be a date and time such as 2026-03-05 14:30 (Shanghai), read "${quoted}"`) };
    }
    case 'choice': {
      const chosen = option(field, text);
      if (chosen !== undefined) return { value: chosen };
      return { problem: say(`${zh}只能是：${field.options.join('、')}；读到“${quoted}”`, `${name} must be one of: ${field.options.join(', ')}; read "${quoted}"`) };
    }
    case 'multichoice': {
      const parts = text.split(/[、,，;；/\n]+/).map((p) => p.trim()).filter(Boolean);
      const chosen: string[] = [];
      for (const part of parts) {
        const o = option(field, part);
        if (o === undefined) {
          return { problem: say(`${zh}只能从这些选项中选：${field.options.join('、')}；“${part}”不在其中`, `${name} takes only: ${field.options.join(', ')}; "${part}" is not one of them`) };
        }
        if (!chosen.includes(o)) chosen.push(o);
      }
      return { value: chosen };
    }
    case 'yesno': {
      const t = fold(text);
      if (YES.has(t)) return { value: true };
      if (NO.has(t)) return { value: false };
      return { problem: say(`${zh}应为“是”或“否”，读到“${quoted}”`, `${name} must be yes or no, read "${quoted}"`) };
    }
    case 'phone':
      return { value: text.normalize('NFKC').replace(/\s+/g, '') };
    case 'idcard': {
      // An ID number typed into a number cell keeps 15 significant digits: Excel shows 1.10101E+17 and the rest is lost.
      if (/e\+/i.test(text)) {
        return {
          problem: say(
            `${zh}在 Excel 里存成了数字，后几位已经丢失：请把这一列设为“文本”格式，重新填写后再导入`,
            `${name} was stored by Excel as a number and its last digits are lost: format the column as Text, type the numbers again and re-import`,
          ),
        };
      }
      return { value: text.normalize('NFKC').replace(/\s+/g, '').toUpperCase() };
    }
    case 'address': {
      // The export writes 8号楼 201室; clerks also write 8号楼201室 or 8栋201.
      const t = text.normalize('NFKC').trim();
      const spaced = /^(\S+)\s+(.+)$/.exec(t);
      // Written together, the room must hold a digit: 五号楼 is a building alone, not 五号 and 楼.
      const joined = /^(.+?(?:号楼|栋|幢|座|楼|号))(.*\d.*)$/.exec(t);
      const [building, room] = spaced ? [spaced[1]!, spaced[2]!.trim()] : joined ? [joined[1]!, joined[2]!] : [];
      if (building && room) return { value: { building, room } };
      return { problem: say(`${zh}应写成“楼号 室号”，如“8号楼 201室”，读到“${quoted}”`, `${name} must read "building room", such as "8号楼 201室", read "${quoted}"`) };
    }
    case 'person':
    case 'unit':
      return { value: { name: text } };
    case 'photo':
    case 'status':
      return { value: undefined };
  }
}

/** What an import reads from a table: the columns, the records to create with their lines, and every problem found. */
export interface ImportRead {
  columns: Column[];
  records: { line: number; data: Record<string, unknown> }[];
  problems: Problem[];
}

/**
 * Reads every row of `table` as a new record of `definition`, as the form checks a record a clerk saves: each cell by
 * its column's field, then the whole record by `checkFormRecord` (required fields, check digits, lengths, ranges). A
 * new record starts in the flow's first state. `validate`, the collection's JSON Schema, is checked last as the data
 * API checks every record. Problems are worded in `locale`.
 */
export function readImportRows(
  definition: FormDefinition,
  table: SheetTable,
  validate: (data: unknown) => boolean,
  locale: Locale,
): ImportRead {
  const word = (text: LocalizedText) => (locale === 'en' ? en(text) : text['zh-CN']);
  const columns = matchImportColumns(definition, table.headers);
  const problems: Problem[] = [];
  const used = columns.flatMap((c, index) => (c.ignored === null && c.field ? [{ index, header: c.header, field: formFields(definition).find((f) => f.key === c.field)! }] : []));
  const headerOf = new Map(used.map((u) => [u.field.key, u.header]));

  // A required field the file has no column for fails every row: said once, on the header line.
  for (const field of formFields(definition)) {
    if (!field.required || field.kind === 'status' || headerOf.has(field.key)) continue;
    const message =
      field.kind === 'photo'
        ? say(`“${field.label['zh-CN']}”是必填的照片，照片无法从表格导入：请先在搭建器里把它改为选填，或逐条登记`, `"${en(field.label)}" is a required photo, and photos cannot be imported from a table: make it optional in the designer first, or add the records one by one`)
        : say(`缺少必填的“${field.label['zh-CN']}”一列（第一行写字段名称）`, `The required column "${en(field.label)}" is missing (the first row holds the field names)`);
    problems.push({ line: 1, column: null, field: field.key, message: word(message) });
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
  const status = statusField(definition);
  const records: ImportRead['records'] = [];
  for (const row of table.rows) {
    const data: Record<string, unknown> = {};
    const failed = new Set<string>();
    for (const { index, header, field } of used) {
      const text = (row.cells[index] ?? '').trim();
      if (text === '') continue;
      const parsed = parseImportCell(field, text);
      if ('problem' in parsed) {
        failed.add(field.key);
        problems.push({ line: row.line, column: header, field: field.key, message: word(parsed.problem) });
      } else if (parsed.value !== undefined) data[field.key] = parsed.value;
    }
    if (status && definition.flow) data[status.key] = definition.flow.initial;
    const before = problems.length;
    for (const p of checkFormRecord(definition, data)) {
      // A missing required column is said once above; a cell that did not parse, once for its cell.
      if (failed.has(p.field) || (!headerOf.has(p.field) && problems.some((q) => q.line === 1 && q.field === p.field))) continue;
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
  const position = (p: Problem) => (p.column === null ? Number.MAX_SAFE_INTEGER : table.headers.indexOf(p.column));
  problems.sort((a, b) => a.line - b.line || position(a) - position(b));
  return { columns, records, problems };
}
