import type { Locale, LocalizedText, Role } from '@toolbox/sdk';
import { IMPORT_LIMITS, type ImportReport } from '@toolbox/sdk/api';
import {
  checkFormRecord,
  EXPORT_STAMP_COLUMNS,
  FORM_LIMITS,
  type FormDefinition,
  type FormField,
  fieldByKey,
  formFields,
  initialValues,
  type RecordMaker,
  reachableStates,
  readCell,
} from '@toolbox/sdk/forms';
import { randomBytes } from 'node:crypto';
import { PHOTO_LIMITS } from '../attachments/photoLimits.ts';
import { sniffImage } from '../attachments/sniffImage.ts';
import { Errors } from '../errors.ts';
import type { SheetImage, SheetReading, SheetTable } from '../sheets/SheetTable.ts';

/** How a record import is read: the workbook's first sheet (where an export writes), refused with the import's codes. */
export const IMPORT_READING: SheetReading = {
  // An .xlsx's pictures too: those in a photo field's column become the records' photos.
  limits: { ...IMPORT_LIMITS, maxImages: IMPORT_LIMITS.maxPhotos },
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

/**
 * Matches each header to the field whose label (Chinese or English) it is; what it cannot use says why. A photo
 * field's column is read from an .xlsx (`photosReadable`: its pictures), not from a CSV.
 */
export function matchImportColumns(definition: FormDefinition, headers: string[], photosReadable = false): Column[] {
  const byHeader = new Map<string, FormField>();
  for (const field of formFields(definition)) {
    for (const label of [field.label['zh-CN'], field.label.en]) {
      if (!label) continue;
      byHeader.set(headerKey(label), field);
      // An export heads a photo field 现场照片（张） (its count), and the ZIP's workbook 现场照片（文件） (the files' names).
      if (field.kind === 'photo') {
        for (const suffix of ['（张）', ' (photos)', '（文件）', ' (files)']) byHeader.set(headerKey(`${label}${suffix}`), field);
      }
    }
  }
  const taken = new Set<string>();
  return headers.map((header) => {
    const field = byHeader.get(headerKey(header));
    if (!field) return { header, field: null, ignored: STAMPS.has(headerKey(header)) ? 'stamp' : 'unknown' };
    if (field.kind === 'photo' && !photosReadable) return { header, field: field.key, ignored: field.kind };
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
  /**
   * The pictures the records take (an .xlsx's, in a photo field's column on a record's row): each under the id its
   * record's data already names, stored under that id when the import is written.
   */
  photos: { line: number; field: string; id: string; bytes: Buffer }[];
  /** Pictures of the sheet that no record takes: outside every photo column, or on no row of data. */
  photosIgnored: number;
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
  const columns = matchImportColumns(definition, table.headers, table.format === 'xlsx');
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
      field.kind === 'photo' && table.format === 'csv'
        ? say(`“${field.label['zh-CN']}”是必填的照片，CSV 文件带不了照片：请用 Excel（.xlsx）文件，把每条记录的照片放在“${field.label['zh-CN']}”一列它那一行的单元格里`, `"${en(field.label)}" is a required photo, and a CSV cannot hold photos: use an .xlsx file, with each record's photos in the "${en(field.label)}" column on its row`)
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
  const photos: ImportRead['photos'] = [];
  const picturesAt = groupPictures(table);
  const taken = new Set<SheetImage>();
  for (const row of table.rows) {
    const data: Record<string, unknown> = Object.fromEntries(defaults.map(([key, value]) => [key, structuredClone(value)]));
    const failed = new Set<string>();
    for (const { index, header, field } of used) {
      if (field.kind === 'photo') {
        // The pictures in the cell, not its text (an export writes the photos' count there).
        const cell = readPhotoCell(picturesAt, row.line, index, field);
        for (const picture of cell.pictures) taken.add(picture);
        if ('problem' in cell) {
          failed.add(field.key);
          problems.push({ line: row.line, column: header, field: field.key, message: word(cell.problem) });
        } else if (cell.pictures.length > 0) {
          const ids = cell.pictures.map((picture) => {
            const id = randomBytes(16).toString('hex');
            photos.push({ line: row.line, field: field.key, id, bytes: picture.bytes });
            return { id };
          });
          data[field.key] = ids;
        }
        continue;
      }
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
  const photosIgnored = (table.images ?? []).filter((picture) => !taken.has(picture)).length;
  return { columns, defaulted, records, problems, photos, photosIgnored };
}

/** The sheet's pictures by cell (`line:column`), and the cells WPS placed a picture in (which cannot be read). */
function groupPictures(table: SheetTable): { images: Map<string, SheetImage[]>; wps: Set<string> } {
  const images = new Map<string, SheetImage[]>();
  for (const image of table.images ?? []) {
    const key = `${image.line}:${image.column}`;
    images.set(key, [...(images.get(key) ?? []), image]);
  }
  return { images, wps: new Set((table.cellImages ?? []).map((c) => `${c.line}:${c.column}`)) };
}

/**
 * The pictures of one photo cell, if each is a photo the form can keep: JPEG, PNG or WebP by its bytes, within the
 * upload's size. Whether it decodes is found when the import is written (reencodePhoto), which refuses it then.
 */
function readPhotoCell(
  at: ReturnType<typeof groupPictures>,
  line: number,
  column: number,
  field: FormField,
): { pictures: SheetImage[] } | { pictures: SheetImage[]; problem: LocalizedText } {
  const key = `${line}:${column}`;
  const pictures = at.images.get(key) ?? [];
  const label = field.label['zh-CN'];
  if (at.wps.has(key)) {
    return {
      pictures,
      problem: say(
        `这张照片是 WPS“嵌入单元格”的图片，读不出来：请在 WPS 里选中“${label}”一列的图片，右键选“切换为浮动图片”，保存后再导入`,
        `This photo was placed in the cell by WPS (嵌入单元格), which cannot be read: in WPS, select the pictures of the "${en(field.label)}" column, choose 切换为浮动图片 (make floating), save and import again`,
      ),
    };
  }
  const max = field.kind === 'photo' ? (field.maxPhotos ?? FORM_LIMITS.photosDefault) : 0;
  if (pictures.length > max) {
    return { pictures, problem: say(`这一格有 ${pictures.length} 张照片，“${label}”最多 ${max} 张`, `This cell holds ${pictures.length} photos; "${en(field.label)}" takes at most ${max}`) };
  }
  const notPhoto = pictures.findIndex((p) => sniffImage(p.bytes) === undefined);
  if (notPhoto >= 0) {
    return { pictures, problem: say(`第 ${notPhoto + 1} 张图片不是照片：只能导入 JPG、PNG 或 WebP 格式的图片`, `Picture ${notPhoto + 1} is not a photo: only JPG, PNG or WebP pictures can be imported`) };
  }
  const tooLarge = pictures.findIndex((p) => p.bytes.length > PHOTO_LIMITS.maxBytes);
  if (tooLarge >= 0) {
    return { pictures, problem: say(`第 ${tooLarge + 1} 张照片超过 ${PHOTO_LIMITS.maxBytes / 1024 / 1024} MB`, `Photo ${tooLarge + 1} is over ${PHOTO_LIMITS.maxBytes / 1024 / 1024} MB`) };
  }
  return { pictures };
}
