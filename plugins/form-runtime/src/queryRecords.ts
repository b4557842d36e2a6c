import { type DataRecord, shanghaiDay } from '@toolbox/sdk';
import { FORM_LIMITS, type FormDefinition, fieldByKey } from '@toolbox/sdk/forms';
import { formatValue, sortValue } from './formatValue.ts';

/** A list filter: one value to match (a choice, a state, 是/否, a person) or a date range. */
export type FilterValue = { value: string } | { from?: string; to?: string };

export interface ListQuery {
  filters: Record<string, FilterValue>;
  search: string;
  sort?: { field: string; direction: 'asc' | 'desc' };
  /** 1-based. */
  page: number;
}

export interface ListPage<T> {
  rows: DataRecord<T>[];
  /** How many records match the filters and search. */
  matched: number;
  pages: number;
  /** The page shown (the requested one, brought back in range). */
  page: number;
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

function matches(definition: FormDefinition, key: string, filter: FilterValue, value: unknown): boolean {
  const field = fieldByKey(definition, key);
  if (!field) return true;
  if ('value' in filter) {
    if (filter.value === '') return true;
    switch (field.kind) {
      case 'multichoice':
        return Array.isArray(value) && value.includes(filter.value);
      case 'yesno':
        return filter.value === 'yes' ? value === true : value !== true;
      case 'person':
      case 'unit':
        return formatValue(field, value, definition, 'zh-CN') === filter.value;
      default:
        return value === filter.value;
    }
  }
  if (!filter.from && !filter.to) return true;
  if (typeof value !== 'string' || value === '') return false;
  const day = field.kind === 'datetime' ? shanghaiDay(value) : value.slice(0, 10);
  return (!filter.from || day >= filter.from) && (!filter.to || day <= filter.to);
}

/**
 * Filters, searches, sorts and pages a form's records, all in the page: the runtime reads every record of the
 * user's unit (useAllRecords), so counts and filters cover all of them, not just one page.
 */
export function queryRecords<T extends Record<string, unknown>>(definition: FormDefinition, records: readonly DataRecord<T>[], query: ListQuery): ListPage<T> {
  const needle = query.search.trim().toLowerCase();
  const searchFields = (definition.views.list.search ?? []).map((k) => fieldByKey(definition, k)).filter((f) => f !== undefined);
  let rows = records.filter((record) => {
    for (const [key, filter] of Object.entries(query.filters)) if (!matches(definition, key, filter, record.data[key])) return false;
    if (!needle) return true;
    // A 身份证号 is shown masked but found by its full number.
    return searchFields.some((f) => {
      const value = record.data[f.key];
      const text = f.kind === 'idcard' && typeof value === 'string' ? value : formatValue(f, value, definition, 'zh-CN');
      return text.toLowerCase().includes(needle);
    });
  });
  const sort = query.sort;
  const sortField = sort && fieldByKey(definition, sort.field);
  if (sort && sortField) {
    const sign = sort.direction === 'asc' ? 1 : -1;
    rows = rows
      .map((record, index) => ({ record, index, value: sortValue(sortField, record.data[sortField.key], definition) }))
      .sort((a, b) => {
        // Empty values stay last in both directions; ties keep the stored order.
        if (a.value === undefined || b.value === undefined) return a.value === b.value ? a.index - b.index : a.value === undefined ? 1 : -1;
        const order = typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : collator.compare(String(a.value), String(b.value));
        return order * sign || a.index - b.index;
      })
      .map(({ record }) => record);
  }
  const size = definition.views.list.pageSize ?? FORM_LIMITS.pageSizeDefault;
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const page = Math.min(Math.max(1, query.page), pages);
  return { rows: rows.slice((page - 1) * size, page * size), matched: rows.length, pages, page };
}

/** How many records are in each state of the flow (every state listed, in flow order, zero included). */
export function countByStatus(definition: FormDefinition, records: readonly DataRecord<Record<string, unknown>>[], statusKey: string): { state: string; count: number }[] {
  return (definition.flow?.states ?? [])
    .filter((s) => !s.retired || records.some((r) => r.data[statusKey] === s.key))
    .map((s) => ({ state: s.key, count: records.filter((r) => r.data[statusKey] === s.key).length }));
}
