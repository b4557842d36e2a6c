import type { ToolboxContext } from '@toolbox/sdk';
import { FILTERABLE_KINDS, FORM_LIMITS, type FormDefinition, type FormField, fieldsFromSheet, SEARCHABLE_KINDS, type SheetColumnSample } from '@toolbox/sdk/forms';

type Who = Pick<ToolboxContext, 'user' | 'unit'>;

/** An app id for the maker's unit: a template's id with the unit's (each committee adopting it gets its own app). */
export function appIdFor(base: string, unitId: string): string {
  return `${base}-${unitId}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '').slice(0, 64).replace(/-$/, '');
}

/** A new app from a template: the template's fields, views and flow, owned by the maker's unit, version 1.0.0. */
export function fromTemplate(template: FormDefinition, who: Who): FormDefinition {
  const draft = structuredClone(template);
  return { ...draft, id: appIdFor(template.id, who.unit.id), version: '1.0.0', owner: { unit: who.unit.id, contact: who.user.name } };
}

/** A new app from nothing: one section with one field, to be named by the maker. */
export function blankDraft(who: Who, now = Date.now()): FormDefinition {
  return {
    // The lowest format that expresses it (definitionVersionFor); every edit declares it anew (editDraft).
    definitionVersion: 1,
    id: appIdFor(`form-${now.toString(36).slice(-4)}`, who.unit.id),
    name: { 'zh-CN': '新的台账' },
    version: '1.0.0',
    icon: '📋',
    category: '社区治理',
    scenario: 'general',
    owner: { unit: who.unit.id, contact: who.user.name },
    sections: [{ title: { 'zh-CN': '基本信息' }, fields: [{ key: 'text1', kind: 'text', label: { 'zh-CN': '名称' }, required: true }] }],
    views: { list: { columns: ['text1'] } },
  };
}

/** The next version number after `version`: a minor step (1.2.0 → 1.3.0), as a form change is. */
export function nextVersion(version: string): string {
  const [major = 1, minor = 0] = version.split('.').map((p) => Number.parseInt(p, 10) || 0);
  return `${major}.${minor + 1}.0`;
}

/** Kinds a list shows badly (long text, photos) or that make a narrow column: left out of the list's first columns. */
const NOT_IN_LIST = new Set(['textarea', 'photo', 'address']);

/**
 * A new app from a committee's own spreadsheet: a field per column (`fieldsFromSheet`), named after the file, the list
 * showing the first six fields that read well in a column. Undefined when no column could become a field.
 */
export function fromSheet(sheet: { columns: SheetColumnSample[]; rows: number }, fileName: string, who: Who, now = Date.now()): { draft: FormDefinition; skipped: string[] } | undefined {
  const { fields, skipped } = fieldsFromSheet(sheet.columns, sheet.rows);
  if (fields.length === 0) return undefined;
  const blank = blankDraft(who, now);
  const name = fileName.replace(/\.(xlsx|csv|txt)$/i, '').replace(/[-_ ]*\d{4}-\d{2}-\d{2}$/, '').trim().slice(0, FORM_LIMITS.labelLength) || blank.name['zh-CN'];
  const listed = fields.filter((f) => !NOT_IN_LIST.has(f.kind)).slice(0, 6);
  const keys = (list: FormField[]) => list.map((f) => f.key);
  // Staff look a person up (search the text-like fields), narrow by a choice or 是/否 or a date, and see the latest first.
  const search = fields.filter((f) => (SEARCHABLE_KINDS as readonly string[]).includes(f.kind) && f.kind !== 'textarea').slice(0, 4);
  const filters = fields.filter((f) => (FILTERABLE_KINDS as readonly string[]).includes(f.kind) && ['choice', 'multichoice', 'yesno', 'date'].includes(f.kind)).slice(0, 3);
  const day = fields.find((f) => f.kind === 'date' || f.kind === 'datetime');
  // The list is sorted by that date, so it is one of the columns: the order then explains itself.
  if (day && !listed.includes(day)) listed.splice(Math.min(listed.length, 5), 1, day);
  const list: FormDefinition['views']['list'] = {
    columns: keys(listed.length ? listed : fields.slice(0, 1)),
    ...(search.length ? { search: keys(search) } : {}),
    ...(filters.length ? { filters: keys(filters) } : {}),
    ...(day ? { sort: { field: day.key, direction: 'desc' as const } } : {}),
  };
  return { draft: { ...blank, name: { 'zh-CN': name }, sections: [{ title: { 'zh-CN': '基本信息' }, fields }], views: { list } }, skipped };
}
