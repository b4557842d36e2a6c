import type { CollectionSchema } from '../shared/types.ts';
import { fromShanghaiWallClock, toShanghaiWallClock } from '../shared/time.ts';

/** How SchemaForm renders one property of a collection's schema. */
export type FieldWidget = 'text' | 'textarea' | 'number' | 'integer' | 'checkbox' | 'select' | 'date' | 'datetime' | 'email' | 'unsupported';

/** One field of a SchemaForm, derived from a property of the schema. */
export interface SchemaField {
  name: string;
  label: string;
  description?: string;
  required: boolean;
  widget: FieldWidget;
  options?: (string | number)[];
  /** The property's own schema, for limits like `maxLength`. */
  schema: Record<string, unknown>;
}

// Strings longer than this get a multi-line box: a one-line input hides most of a long note.
const TEXTAREA_FROM = 100;

function widgetOf(schema: Record<string, unknown>): FieldWidget {
  const hint = schema['x-widget'];
  if (typeof hint === 'string') return hint as FieldWidget;
  if (Array.isArray(schema.enum)) return 'select';
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'boolean':
      return 'checkbox';
    case 'integer':
      return 'integer';
    case 'number':
      return 'number';
    case 'string':
      if (schema.format === 'date') return 'date';
      if (schema.format === 'date-time') return 'datetime';
      if (schema.format === 'email') return 'email';
      return typeof schema.maxLength === 'number' && schema.maxLength > TEXTAREA_FROM ? 'textarea' : 'text';
    default:
      return 'unsupported';
  }
}

/** The fields of an object schema, in `x-order` order when given, else in the order of `properties`. */
export function schemaFields(schema: CollectionSchema): SchemaField[] {
  const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  const order = Array.isArray(schema['x-order']) ? (schema['x-order'] as string[]) : Object.keys(properties);
  const names = [...order.filter((n) => n in properties), ...Object.keys(properties).filter((n) => !order.includes(n))];
  return names
    .filter((name) => properties[name]?.readOnly !== true)
    .map((name) => {
      const property = properties[name] ?? {};
      const field: SchemaField = {
        name,
        label: typeof property.title === 'string' ? property.title : name,
        required: required.has(name),
        widget: widgetOf(property),
        schema: property,
      };
      if (typeof property.description === 'string') field.description = property.description;
      if (Array.isArray(property.enum)) field.options = property.enum as (string | number)[];
      return field;
    });
}

// A `format: date-time` field is edited in a `datetime-local` input, which shows and gives wall-clock time without a
// zone: the form reads that time as Shanghai's and stores the instant, and shows a stored instant as Shanghai
// wall-clock time, whatever zone the computer is set to (shared/time.ts).
const isDateTime = (field: SchemaField) => field.widget === 'datetime' && field.schema.format === 'date-time';

/** The text a control shows for a stored value. */
export function formatFieldValue(field: SchemaField, value: unknown): string | boolean {
  if (field.widget === 'checkbox') return value === true;
  if (value === undefined || value === null) return '';
  return isDateTime(field) && typeof value === 'string' ? toShanghaiWallClock(value) : String(value);
}

/** Turns a form control's raw value into the JSON value the schema expects; empty means "absent". */
export function parseFieldValue(field: SchemaField, raw: string | boolean): unknown {
  if (field.widget === 'checkbox') return raw === true;
  if (raw === '' || raw === false) return undefined;
  if (isDateTime(field) && typeof raw === 'string') return fromShanghaiWallClock(raw);
  if (field.widget === 'number' || field.widget === 'integer') {
    const n = Number(raw);
    // Keep text that is not a number, so the schema check can name the field instead of silently dropping it.
    return Number.isFinite(n) ? n : raw;
  }
  if (field.widget === 'select' && field.options?.every((o) => typeof o === 'number')) return Number(raw);
  return raw;
}
