import { type CollectionSchema, type DataRecord, type Locale, type LocalizedText, shanghaiDateTime } from '@toolbox/sdk';
import { EXPORT_STAMP_COLUMNS, type FormDefinition, type FormField, flowState, formFields } from '@toolbox/sdk/forms';

/** One column of an export: its header in the reader's language and the cell of each record. */
export interface ExportColumn {
  header: string;
  width: number;
  cell(record: DataRecord, unitName: string): string | number;
}

const text = (label: LocalizedText | undefined, locale: Locale): string => (label ? (locale === 'en' ? (label.en ?? label['zh-CN']) : label['zh-CN']) : '');
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Any stored value as one cell: a list joined with 、, a person or unit by name, an address as its text. */
function plain(value: unknown, locale: Locale): string | number {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? (locale === 'en' ? 'Yes' : '是') : locale === 'en' ? 'No' : '否';
  if (Array.isArray(value)) return value.map((v) => String(plain(v, locale))).join(locale === 'en' ? ', ' : '、');
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
      return text(flowState(definition, value)?.label, locale) || plain(value, locale);
    default:
      return plain(value, locale);
  }
}

const WIDE = new Set(['textarea', 'address']);

/** The fixed columns after the fields: the record's unit, when it was made and last changed (Asia/Shanghai). */
function stampColumns(locale: Locale): ExportColumn[] {
  const en = locale === 'en';
  return [
    { header: text(EXPORT_STAMP_COLUMNS.unit, locale), width: 22, cell: (_r, unit) => unit },
    { header: text(EXPORT_STAMP_COLUMNS.created, locale), width: 18, cell: (r) => shanghaiDateTime(r.createdAt) },
    { header: text(EXPORT_STAMP_COLUMNS.updated, locale), width: 18, cell: (r) => shanghaiDateTime(r.updatedAt) },
  ];
}

/**
 * The columns of an export: a form's fields in section order, labelled in `locale` (a photo field as its number of
 * photos); a code-built app's schema properties, headed by their `title`. Then the unit and the times.
 */
export function exportColumns(schema: CollectionSchema, form: FormDefinition | undefined, locale: Locale): ExportColumn[] {
  const en = locale === 'en';
  if (form) {
    const fields = formFields(form).map<ExportColumn>((field) => ({
      header: field.kind === 'photo' ? `${text(field.label, locale)}${en ? ' (photos)' : '（张）'}` : text(field.label, locale),
      width: WIDE.has(field.kind) ? 30 : field.kind === 'idcard' ? 21 : 14,
      cell: (r) => formCell(field, r.data[field.key], form, locale),
    }));
    return [...fields, ...stampColumns(locale)];
  }
  const properties = (schema as { properties?: Record<string, { title?: string }> }).properties ?? {};
  const fields = Object.entries(properties).map<ExportColumn>(([key, property]) => ({
    header: property.title ?? key,
    width: 14,
    cell: (r) => plain(r.data[key], locale),
  }));
  return [...fields, ...stampColumns(locale)];
}
