import { type CollectionSchema, type DataRecord, type Locale, localized, shanghaiDateTime } from '@toolbox/sdk';
import { EXPORT_STAMP_COLUMNS, type FormDefinition, type FormField, flowState, formFields, optionLabel } from '@toolbox/sdk/forms';
import { MAX_JSON_DEPTH } from '../lib/jsonBodyParser.ts';

/** One column of an export: its header in the reader's language and the cell of each record. */
export interface ExportColumn {
  /** The field or property it shows; none for the unit and the times. */
  key?: string;
  header: string;
  width: number;
  cell(record: DataRecord, unitName: string): string | number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Lists in lists a cell spells out; deeper ones show as "…". Bodies nest at most MAX_JSON_DEPTH levels, but a record
 * stored before that limit may nest thousands, and spelling it out recursively overflowed the stack mid-export.
 */
const CELL_DEPTH = MAX_JSON_DEPTH;

/** Any stored value as one cell: a list joined with 、, a person or unit by name, an address as its text. */
function plain(value: unknown, locale: Locale, depth = 0): string | number {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? (locale === 'en' ? 'Yes' : '是') : locale === 'en' ? 'No' : '否';
  if (Array.isArray(value)) {
    if (depth >= CELL_DEPTH) return '…';
    return value.map((v) => String(plain(v, locale, depth + 1))).join(locale === 'en' ? ', ' : '、');
  }
  if (isObject(value)) return typeof value.name === 'string' ? value.name : Object.values(value).filter((v) => typeof v === 'string').join(' ');
  return String(value);
}

/** A form field's value as the list shows it, except that numbers stay numbers and a 身份证号 is whole (it is the 台账). */
function formCell(field: FormField, value: unknown, definition: FormDefinition, locale: Locale): string | number {
  if (value === undefined || value === null || value === '') return '';
  switch (field.kind) {
    case 'photo':
      return Array.isArray(value) ? value.length : 0;
    case 'datetime':
      return typeof value === 'string' ? shanghaiDateTime(value) : plain(value, locale);
    case 'status':
      return localized(flowState(definition, value)?.label, locale) || plain(value, locale);
    case 'choice':
    case 'multichoice':
      // In the reader's language, as the list shows them; an import reads either wording back as the option.
      return plain(Array.isArray(value) ? value.map((o) => optionLabel(field, String(o), locale)) : optionLabel(field, String(value), locale), locale);
    default:
      return plain(value, locale);
  }
}

const WIDE = new Set(['textarea', 'address']);

/** The fixed columns after the fields: the record's unit, when it was made and last changed (Asia/Shanghai). */
function stampColumns(locale: Locale): ExportColumn[] {
  return [
    { header: localized(EXPORT_STAMP_COLUMNS.unit, locale), width: 22, cell: (_r, unit) => unit },
    { header: localized(EXPORT_STAMP_COLUMNS.created, locale), width: 18, cell: (r) => shanghaiDateTime(r.createdAt) },
    { header: localized(EXPORT_STAMP_COLUMNS.updated, locale), width: 18, cell: (r) => shanghaiDateTime(r.updatedAt) },
  ];
}

/** The names, in the export's ZIP, of the files of a record's photos in field `key` (an export with photos). */
export type PhotoFileNames = (record: DataRecord, key: string) => readonly string[];

/** A photo field's column: its number of photos, or with `files` the names of their files in the export's ZIP. */
function photoColumn(field: FormField, form: FormDefinition, locale: Locale, files: PhotoFileNames | undefined): ExportColumn {
  const en = locale === 'en';
  const label = localized(field.label, locale);
  if (!files) return { key: field.key, header: `${label}${en ? ' (photos)' : '（张）'}`, width: 14, cell: (r) => formCell(field, r.data[field.key], form, locale) };
  return { key: field.key, header: `${label}${en ? ' (files)' : '（文件）'}`, width: 40, cell: (r) => files(r, field.key).join(en ? ', ' : '、') };
}

/**
 * The columns of an export: a form's fields in section order, labelled in `locale` (a photo field as its number of
 * photos, or with `photoFiles` their file names); a code-built app's schema properties, headed by their `title`.
 * Then the unit and the times.
 */
export function exportColumns(schema: CollectionSchema, form: FormDefinition | undefined, locale: Locale, photoFiles?: PhotoFileNames): ExportColumn[] {
  if (form) {
    const fields = formFields(form).map<ExportColumn>((field) =>
      field.kind === 'photo'
        ? photoColumn(field, form, locale, photoFiles)
        : { key: field.key, header: localized(field.label, locale), width: WIDE.has(field.kind) ? 30 : field.kind === 'idcard' ? 21 : 14, cell: (r) => formCell(field, r.data[field.key], form, locale) },
    );
    return [...fields, ...stampColumns(locale)];
  }
  const properties = (schema as { properties?: Record<string, { title?: string }> }).properties ?? {};
  const fields = Object.entries(properties).map<ExportColumn>(([key, property]) => ({
    key,
    header: property.title ?? key,
    width: 14,
    cell: (r) => plain(r.data[key], locale),
  }));
  return [...fields, ...stampColumns(locale)];
}
