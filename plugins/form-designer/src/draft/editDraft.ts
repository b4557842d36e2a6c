import { definitionVersionFor, type FieldKind, type FormDefinition, type FormField, formFields, MATCH_FIELDS_MAX, matchKeys } from '@toolbox/sdk/forms';
import { freeKey, newField } from './newField.ts';

/** Where a field sits: its section and its place in it. */
export interface FieldPlace {
  section: number;
  index: number;
}

export function placeOf(definition: FormDefinition, key: string): FieldPlace | undefined {
  for (const [section, s] of definition.sections.entries()) {
    const index = s.fields.findIndex((f) => f.key === key);
    if (index >= 0) return { section, index };
  }
  return undefined;
}

/** Every key in use, live or retired: a new field must not take a retired one's key (its old values live there). */
export function takenKeys(definition: FormDefinition): Set<string> {
  return new Set([...formFields(definition).map((f) => f.key), ...(definition.retired ?? []).map((f) => f.key)]);
}

/**
 * Every change is made to a copy; the copy then declares the lowest format that expresses it (`definitionVersionFor`:
 * several matchBy fields need format 2, English options 3), which a runtime that predates it refuses by name.
 */
const edit = (definition: FormDefinition, change: (d: FormDefinition) => void): FormDefinition => {
  const next = structuredClone(definition);
  change(next);
  next.definitionVersion = definitionVersionFor(next);
  return next;
};

const DEFAULT_FLOW = {
  states: [
    { key: 'todo', label: { 'zh-CN': '待处理', en: 'To do' }, tone: 'warning' as const },
    { key: 'doing', label: { 'zh-CN': '处理中', en: 'In progress' }, tone: 'info' as const },
    { key: 'done', label: { 'zh-CN': '已办结', en: 'Done' }, tone: 'success' as const },
  ],
  initial: 'todo',
  transitions: [
    { from: 'todo', to: 'doing' },
    { from: 'doing', to: 'done' },
  ],
};

/**
 * Adds a field of `kind` after the field `after` (or at the end of the last section) and returns the new definition and
 * the new key. A status field brings a flow (待处理 → 处理中 → 已办结) when there is none, and joins the list's columns.
 */
export function addField(definition: FormDefinition, kind: FieldKind, after?: string): { definition: FormDefinition; key: string } {
  const field = newField(kind, takenKeys(definition));
  const next = edit(definition, (d) => {
    if (d.sections.length === 0) d.sections.push({ title: { 'zh-CN': '基本信息' }, fields: [] });
    const place = after ? placeOf(d, after) : undefined;
    const section = d.sections[place?.section ?? d.sections.length - 1]!;
    section.fields.splice(place ? place.index + 1 : section.fields.length, 0, field);
    if (kind === 'status') {
      if (!d.flow) d.flow = structuredClone(DEFAULT_FLOW);
      if (!d.views.list.columns.includes(field.key)) d.views.list.columns.push(field.key);
    }
    if (d.views.list.columns.length === 0) d.views.list.columns.push(field.key);
  });
  return { definition: next, key: field.key };
}

/**
 * Puts a copy of the field `key` right after it (a second contact's phone, a second visit's date): every setting of the
 * original, a key of its own, and the label marked （副本） for the maker to rename. The status field has no copy: a
 * form has one flow. The views are left alone, as for a new field from the palette.
 */
export function copyField(definition: FormDefinition, key: string): { definition: FormDefinition; key: string } {
  const place = placeOf(definition, key);
  const original = place && definition.sections[place.section]!.fields[place.index]!;
  if (!place || !original || original.kind === 'status') return { definition, key };
  const copy = structuredClone(original);
  copy.key = freeKey(original.kind, takenKeys(definition));
  copy.label = { ...copy.label, 'zh-CN': `${original.label['zh-CN']}（副本）`, ...(original.label.en ? { en: `${original.label.en} (copy)` } : {}) };
  const next = edit(definition, (d) => d.sections[place.section]!.fields.splice(place.index + 1, 0, copy));
  return { definition: next, key: copy.key };
}

/** Replaces the field `key` (its kind stays: another kind is another field); `matchBy` follows a new key. */
export function updateField(definition: FormDefinition, key: string, field: FormField): FormDefinition {
  return edit(definition, (d) => {
    const place = placeOf(d, key);
    if (place) d.sections[place.section]!.fields[place.index] = field;
    if (field.key !== key) renameInViews(d, key, field.key);
  });
}

function renameInViews(d: FormDefinition, from: string, to: string) {
  const list = d.views.list;
  const swap = (keys?: string[]) => keys?.map((k) => (k === from ? to : k));
  list.columns = swap(list.columns) ?? [];
  if (list.filters) list.filters = swap(list.filters);
  if (list.search) list.search = swap(list.search);
  if (list.sort?.field === from) list.sort.field = to;
  if (d.views.detail?.fields) d.views.detail.fields = swap(d.views.detail.fields);
  setMatchKeys(d, matchKeys(d).map((k) => (k === from ? to : k)));
}

/** Removes the field `key` and every mention of it in the views (and the flow, with the status field). */
export function removeField(definition: FormDefinition, key: string): FormDefinition {
  return edit(definition, (d) => {
    const place = placeOf(d, key);
    if (!place) return;
    const [removed] = d.sections[place.section]!.fields.splice(place.index, 1);
    const list = d.views.list;
    list.columns = list.columns.filter((k) => k !== key);
    if (list.filters) list.filters = list.filters.filter((k) => k !== key);
    if (list.search) list.search = list.search.filter((k) => k !== key);
    if (list.sort?.field === key) delete list.sort;
    if (d.views.detail?.fields) d.views.detail.fields = d.views.detail.fields.filter((k) => k !== key);
    if (removed?.kind === 'status') delete d.flow;
    setMatchKeys(d, matchKeys(d).filter((k) => k !== key));
  });
}

/** Moves the field `key` to `to` (another section, or another place in its own). */
export function moveField(definition: FormDefinition, key: string, to: FieldPlace): FormDefinition {
  return edit(definition, (d) => {
    const from = placeOf(d, key);
    if (!from) return;
    const [field] = d.sections[from.section]!.fields.splice(from.index, 1);
    const target = d.sections[to.section];
    if (!field || !target) return;
    target.fields.splice(Math.min(to.index, target.fields.length), 0, field);
  });
}

export function addSection(definition: FormDefinition): FormDefinition {
  return edit(definition, (d) => d.sections.push({ title: { 'zh-CN': `第${d.sections.length + 1}部分` }, fields: [] }));
}

/** Removes an empty section; a section with fields stays (its fields would go with it). */
export function removeSection(definition: FormDefinition, index: number): FormDefinition {
  return edit(definition, (d) => {
    if (d.sections[index]?.fields.length === 0 && d.sections.length > 1) d.sections.splice(index, 1);
  });
}

/** Changes anything else (name, views, flow) through a function of a copy. */
export function change(definition: FormDefinition, fn: (d: FormDefinition) => void): FormDefinition {
  return edit(definition, fn);
}

/** `matchBy` as the keys say: none, one key, or a list of keys taken together. */
function setMatchKeys(d: FormDefinition, keys: string[]) {
  if (keys.length === 0) delete d.matchBy;
  else d.matchBy = keys.length === 1 ? keys[0] : keys;
}

/**
 * Adds the field `key` to the fields that identify a record, or takes it out. Added to those already there, so that
 * 姓名 and 住址 together name a household; at most MATCH_FIELDS_MAX.
 */
export function setMatchBy(definition: FormDefinition, key: string, on: boolean): FormDefinition {
  return edit(definition, (d) => {
    const keys = matchKeys(d).filter((k) => k !== key);
    setMatchKeys(d, on && keys.length < MATCH_FIELDS_MAX ? [...keys, key] : keys);
  });
}
