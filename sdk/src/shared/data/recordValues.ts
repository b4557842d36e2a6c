/**
 * What a record is filtered, sorted and searched by: one row per top-level property (one per element of an array),
 * derived from the values alone, so the server (its `record_values` table), the SDK's test double and any app agree
 * without knowing the form. Strings are compared as text (dates `YYYY-MM-DD` sort as text), numbers as numbers, an
 * ISO date-time also as its instant; 是/否 as `true`/`false`; a person or unit by its name; an address as its text.
 */
export interface RecordValue {
  field: string;
  /** 0 for a single value; the element's index in an array (a multiple choice). */
  pos: number;
  text: string | null;
  num: number | null;
}

/** Text is indexed up to this many characters (a search looks at the start of a long text only). */
export const RECORD_VALUE_TEXT_MAX = 200;
const ARRAY_MAX = 50;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function scalar(value: unknown): { text: string | null; num: number | null } | undefined {
  if (typeof value === 'string') {
    const instant = ISO_DATE_TIME.test(value) ? Date.parse(value) : Number.NaN;
    return { text: value.slice(0, RECORD_VALUE_TEXT_MAX), num: Number.isFinite(instant) ? instant : null };
  }
  if (typeof value === 'number') return Number.isFinite(value) ? { text: null, num: value } : undefined;
  if (typeof value === 'boolean') return { text: String(value), num: null };
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const object = value as Record<string, unknown>;
    const text = typeof object.name === 'string' ? object.name : Object.values(object).filter((v) => typeof v === 'string' && v !== '').join(' ');
    return text === '' ? undefined : { text: text.slice(0, RECORD_VALUE_TEXT_MAX), num: null };
  }
  return undefined;
}

export function recordValues(data: Record<string, unknown>): RecordValue[] {
  const rows: RecordValue[] = [];
  for (const [field, value] of Object.entries(data)) {
    const items = Array.isArray(value) ? value.slice(0, ARRAY_MAX) : [value];
    items.forEach((item, pos) => {
      const found = scalar(item);
      if (found) rows.push({ field, pos, ...found });
    });
  }
  return rows;
}

/** Lower-cases A–Z only: what SQLite's and PostgreSQL's (C collation) lower() do, so a search matches alike everywhere. */
export function asciiLower(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}
