/*
 * What changed between two versions of a record's data, and how an edit made on an older version is carried onto the
 * version someone saved meanwhile (TOOLBOX_RECORD_CHANGED): the registry notes the first in a record's history, the
 * form runtime does the second when a save is refused. Top-level fields are the unit, as in the history.
 */
type Data = Record<string, unknown>;

/** JSON with object keys in order: two values are the same whatever order their keys were written in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Data).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const same = (a: Data, b: Data, key: string) => key in a === key in b && canonicalJson(a[key]) === canonicalJson(b[key]);

/** The top-level keys whose values differ between two versions of a record's data, in key order. */
export function changedFields(before: Data, after: Data): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => !same(before, after, k)).sort();
}

/** An edit carried onto a newer version of the record (`mergeChanges`). */
export interface MergedChanges {
  /** The newer version with the edit's changes on it. */
  data: Data;
  /** The fields the newer version changed (from the version the edit began from), in key order. */
  theirs: string[];
  /** The fields both changed, to different values: the edit's value is kept; the newer one is in `theirs`' data. */
  clashes: string[];
}

/**
 * Carries an edit (`mine`, begun from `base`) onto `theirs`, a version saved meanwhile: each field the edit changed
 * takes its value, every other field keeps the newer one. A field both changed to different values is a clash (the
 * edit's value wins, so the person saving decides, having been shown the other value).
 */
export function mergeChanges(base: Data, mine: Data, theirs: Data): MergedChanges {
  const data: Data = { ...theirs };
  const clashes: string[] = [];
  for (const key of changedFields(base, mine)) {
    if (key in mine) data[key] = mine[key];
    else delete data[key];
    if (!same(base, theirs, key) && !same(mine, theirs, key)) clashes.push(key);
  }
  return { data, theirs: changedFields(base, theirs), clashes };
}
