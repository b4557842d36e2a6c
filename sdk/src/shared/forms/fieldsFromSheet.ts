/*
 * The fields of a form proposed from a committee's own spreadsheet (台账): one field a column, labelled by its header,
 * of the kind its values read as. The designer starts a draft from them; the maker checks and changes each. A kind is
 * proposed only when every sample of the column reads as that kind (readCell, as the import reads it), so the form made
 * from a sheet imports that sheet's rows.
 */
import { checkFieldValue } from './checkFieldValue.ts';
import { EXPORT_STAMP_COLUMNS, FORM_LIMITS } from './limits.ts';
import { readCell } from './readCell.ts';
import type { FieldKind, FormField } from './types.ts';

/** A column as `POST /api/sheets/columns` describes it (`SheetColumn` in `@toolbox/sdk/api`). */
export interface SheetColumnSample {
  header: string;
  filled: number;
  distinct: number;
  samples: string[];
  /** Pictures placed over the column's cells (an .xlsx): a column of pictures and no text is a photo field. */
  pictures?: number;
}

export interface SheetFields {
  fields: FormField[];
  /** Headers not made into a field: blank, repeated, or past the form's limit of fields. */
  skipped: string[];
}

const STAMPS = new Set<string>(Object.values(EXPORT_STAMP_COLUMNS).map((c) => c['zh-CN']));

/** Choices a column may have and still be proposed as a choice: few values, each repeated, each short. */
const CHOICE = { maxOptions: 12, maxLength: 20 } as const;

const label = (header: string) => header.slice(0, 200).normalize('NFKC').replace(/\s+/g, ' ').replace(/^\*+|\*+$/g, '').trim().slice(0, FORM_LIMITS.labelLength);

function field(kind: FieldKind, key: string, text: string, extra: Record<string, unknown> = {}): FormField {
  return { key, kind, label: { 'zh-CN': text }, ...extra } as FormField;
}

/** Whether every sample reads as `candidate` and fits it. */
function fits(candidate: FormField, samples: string[]): boolean {
  return samples.every((s) => {
    const read = readCell(candidate, s);
    return !('problem' in read) && (read.value === undefined || checkFieldValue(candidate, read.value) === undefined);
  });
}

/** The unit a column of numbers is written with (4人, 1200元), when every sample has the same one. */
function commonUnit(samples: string[]): string | undefined {
  const units = new Set(samples.map((s) => /^[-+]?[\d,.\s]+([^\d\s,.]{1,4})$/.exec(s.normalize('NFKC').trim())?.[1] ?? ''));
  const [only] = [...units];
  return units.size === 1 && only ? only : undefined;
}

function decimals(samples: string[]): number {
  return Math.min(FORM_LIMITS.decimals, Math.max(0, ...samples.map((s) => /\.(\d+)/.exec(s)?.[1]?.length ?? 0)));
}

/** The kind a column's header names outright, whatever its values (a 身份证号 column is one, even with a wrong digit). */
function kindByHeader(text: string): FieldKind | undefined {
  if (/身份证/.test(text)) return 'idcard';
  if (/照片|图片|相片/.test(text)) return 'photo';
  if (/电话|手机|联系方式/.test(text)) return 'phone';
  return undefined;
}

/** The field for one column: by header where it says, else the narrowest kind all its samples read as. */
function propose(column: SheetColumnSample, key: (kind: FieldKind) => string, rows: number): FormField {
  const text = label(column.header);
  const samples = column.samples.map((s) => s.trim()).filter(Boolean);
  const required = rows >= 2 && column.filled === rows ? { required: true } : {};
  const make = (kind: FieldKind, extra: Record<string, unknown> = {}) => field(kind, key(kind), text, { ...required, ...extra });
  const named = kindByHeader(text);
  // A photo column, by its header or by the pictures on it and no text: proposed optional (not every record has one).
  if (named === 'photo' || ((column.pictures ?? 0) > 0 && samples.length === 0)) return field('photo', key('photo'), text);
  if (named) return make(named);
  if (samples.length === 0) return make('text');

  const probe = (kind: FieldKind, extra: Record<string, unknown> = {}) => {
    const candidate = field(kind, 'probe', text, extra);
    return fits(candidate, samples) ? make(kind, extra) : undefined;
  };
  const yesNo = samples.every((s) => /^(是|否)$/.test(s)) || (/^是否/.test(text) && samples.length <= 2) ? probe('yesno') : undefined;
  if (yesNo) return yesNo;
  // Dates before numbers where the header says so: 20260305 under 登记日期 is a day, not a number.
  const dated = () => (samples.some((s) => /\d{1,2}\s*[:：时]\s*\d{1,2}/.test(s)) ? probe('datetime') : probe('date'));
  const byName = /日期|时间|日$/.test(text) ? dated() : undefined;
  if (byName) return byName;
  const unit = commonUnit(samples);
  const number = probe('number', { decimals: decimals(samples), ...(unit ? { unit } : {}) });
  if (number) return number;
  const date = dated();
  if (date) return date;
  // An address field is a 楼号 and a 室号 within the committee: proposed only where every value names a building.
  if (/住址|地址|门牌|房号/.test(text) && samples.every((s) => /^\S*?(号楼|栋|幢|座|楼)\s*\S*\d/.test(s.normalize('NFKC')))) {
    const address = probe('address');
    if (address) return address;
  }
  const short = samples.every((s) => s.length <= CHOICE.maxLength);
  // Several choices in a cell (因病、失业): a few parts, each met more than once.
  const parts = samples.map((s) => s.split(/[、,，;；/]+/).map((p) => p.trim()).filter(Boolean));
  const distinctParts = [...new Set(parts.flat())];
  if (short && parts.some((p) => p.length > 1) && distinctParts.length >= 2 && distinctParts.length <= CHOICE.maxOptions && parts.flat().length >= distinctParts.length * 2) {
    const multi = probe('multichoice', { options: distinctParts });
    if (multi) return multi;
  }
  if (short && column.distinct >= 2 && column.distinct <= CHOICE.maxOptions && column.filled >= column.distinct * 2) {
    const choice = probe('choice', { options: samples.slice(0, CHOICE.maxOptions) });
    if (choice) return choice;
  }
  const longest = Math.max(...samples.map((s) => s.length));
  // A sentence or more (情况说明, 诉求) is a long text: 60 characters, three lines of a text box.
  if (longest > 60 || samples.some((s) => s.includes('\n'))) return make('textarea');
  return make('text', longest > FORM_LIMITS.textDefaultMaxLength ? { maxLength: FORM_LIMITS.textMaxLength } : {});
}

/**
 * One field a column, in the sheet's order, keyed by kind and number (`text1`, `date2`) as the designer keys a new
 * field. `rows` is how many rows of data the sheet has: a column filled in every one of at least two rows is proposed
 * required. The columns an export adds (所属单位, 登记时间, 最后修改) are skipped with blank and repeated headers.
 */
export function fieldsFromSheet(columns: SheetColumnSample[], rows: number): SheetFields {
  const taken = new Set<string>();
  const key = (kind: FieldKind) => {
    let n = 1;
    while (taken.has(`${kind}${n}`)) n++;
    taken.add(`${kind}${n}`);
    return `${kind}${n}`;
  };
  const labels = new Set<string>();
  const fields: FormField[] = [];
  const skipped: string[] = [];
  for (const column of columns) {
    const text = label(column.header);
    if (!text || labels.has(text) || STAMPS.has(text) || fields.length >= FORM_LIMITS.fields) {
      skipped.push(column.header);
      continue;
    }
    labels.add(text);
    fields.push(propose(column, key, rows));
  }
  return { fields, skipped };
}
