// A collection's JSON Schema, turned into a list of fields and what changed in each, so that a reviewer who does not
// read JSON Schema can still see "字段 phone：最长 20 → 200" and a programmer still sees every keyword that moved.

type Schema = Record<string, unknown>;

/** The keywords the console names in words; anything else a field says is kept under `other`, as JSON. */
const NAMED = ['type', 'title', 'format', 'pattern', 'enum', 'minLength', 'maxLength', 'minimum', 'maximum', 'items', 'default'];
/** Keywords that describe the structure itself: the walk below reads them, so they are not a field's attributes. */
const STRUCTURAL = new Set(['properties', 'required', '$schema', '$id', 'description']);

/** One attribute of a field, as a stable string for comparison and display. */
export interface FieldAttrs {
  required: boolean;
  attrs: Record<string, string>;
}

export type FieldChange =
  | { field: string; kind: 'added'; to: FieldAttrs }
  | { field: string; kind: 'removed'; from: FieldAttrs }
  | { field: string; kind: 'changed'; from: FieldAttrs; to: FieldAttrs; keys: string[] };

const isObject = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);

/** JSON with sorted keys, so `{a,b}` and `{b,a}` compare equal. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

function attrsOf(schema: Schema, required: boolean): FieldAttrs {
  const attrs: Record<string, string> = {};
  const other: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (STRUCTURAL.has(key)) continue;
    if (NAMED.includes(key)) {
      // A nested object's own fields are listed as fields of their own (a.b), not as one opaque `items` blob.
      attrs[key] = typeof value === 'string' ? value : stableJson(value);
    } else {
      other[key] = value;
    }
  }
  if (Object.keys(other).length > 0) attrs.other = stableJson(other);
  return { required, attrs };
}

/** Every field of a schema, nested objects as dotted paths; the record itself is the field '' (its own keywords). */
export function flattenFields(schema: Schema): Map<string, FieldAttrs> {
  const fields = new Map<string, FieldAttrs>();
  const walk = (node: Schema, path: string, required: boolean) => {
    fields.set(path, attrsOf(node, required));
    const properties = node.properties;
    if (!isObject(properties)) return;
    const requiredList = Array.isArray(node.required) ? (node.required as unknown[]) : [];
    for (const [name, child] of Object.entries(properties)) {
      const childPath = path ? `${path}.${name}` : name;
      walk(isObject(child) ? child : {}, childPath, requiredList.includes(name));
    }
  };
  walk(schema, '', false);
  return fields;
}

/** What differs between two versions of a collection's schema, field by field, in the order the new schema lists them. */
export function schemaDiff(from: Schema, to: Schema): FieldChange[] {
  const before = flattenFields(from);
  const after = flattenFields(to);
  const changes: FieldChange[] = [];
  for (const [field, next] of after) {
    const previous = before.get(field);
    if (!previous) {
      changes.push({ field, kind: 'added', to: next });
      continue;
    }
    const keys = [...new Set([...Object.keys(previous.attrs), ...Object.keys(next.attrs)])].filter(
      (k) => previous.attrs[k] !== next.attrs[k],
    );
    if (previous.required !== next.required) keys.unshift('required');
    if (keys.length > 0) changes.push({ field, kind: 'changed', from: previous, to: next, keys });
  }
  for (const [field, previous] of before) {
    if (!after.has(field)) changes.push({ field, kind: 'removed', from: previous });
  }
  return changes;
}
