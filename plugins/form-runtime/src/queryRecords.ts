import { addDays, type RecordFilter, type RecordQuery, type RecordStats, shanghaiDayStart } from '@toolbox/sdk';
import { defaultListQuery, type FormDefinition, type FormField, fieldByKey, formFields } from '@toolbox/sdk/forms';

/** A list filter: one value to match (a choice, a state, 是/否, a person) or a date range. */
export type FilterValue = { value: string } | { from?: string; to?: string };

export interface ListQuery {
  filters: Record<string, FilterValue>;
  search: string;
  sort?: { field: string; direction: 'asc' | 'desc' };
  /** 1-based. */
  page: number;
}

/** The list as it opens: first page, the definition's sort, nothing filtered (toRecordQuery makes it defaultListQuery). */
export const initialListQuery = (definition: FormDefinition): ListQuery => ({
  filters: {},
  search: '',
  page: 1,
  ...(definition.views.list.sort ? { sort: definition.views.list.sort } : {}),
});

/** How many records a page of the list shows. */
export const pageSizeOf = (definition: FormDefinition): number => defaultListQuery(definition).limit;

/** The server's filters for one of the list's: a pick is an equality, a day range covers whole Shanghai days. */
function filtersOf(definition: FormDefinition, key: string, filter: FilterValue): RecordFilter[] {
  const field = fieldByKey(definition, key);
  if (!field) return [];
  if ('value' in filter) {
    if (filter.value === '') return [];
    // 是/否 are stored as true/false; a person or unit is matched by its name, the rest by the stored value.
    const value = field.kind === 'yesno' ? filter.value === 'yes' : filter.value;
    return [{ field: key, op: 'eq', value }];
  }
  const out: RecordFilter[] = [];
  if (field.kind === 'datetime') {
    // A date-time is an instant: the range runs from the start of the first Shanghai day to the start of the day after the last.
    if (filter.from) out.push({ field: key, op: 'gte', value: shanghaiDayStart(filter.from).toISOString() });
    if (filter.to) out.push({ field: key, op: 'lt', value: shanghaiDayStart(addDays(filter.to, 1)).toISOString() });
  } else {
    if (filter.from) out.push({ field: key, op: 'gte', value: filter.from });
    if (filter.to) out.push({ field: key, op: 'lte', value: filter.to });
  }
  return out;
}

/**
 * What the list asks the server for: its filters, search (in the list's search fields), sort and page. The server
 * filters on indexed values (record_values), so a committee with 10,000 records reads 20, not all of them. Built on
 * the SDK's `defaultListQuery`, which the desktop sends at the press: the list's first query is that very one.
 */
export function toRecordQuery(definition: FormDefinition, query: ListQuery): RecordQuery {
  const { sort: _defaultSort, ...first } = defaultListQuery(definition);
  const size = first.limit;
  const filters = Object.entries(query.filters).flatMap(([key, filter]) => filtersOf(definition, key, filter));
  const fields = (definition.views.list.search ?? []).filter((k) => fieldByKey(definition, k));
  const text = query.search.trim();
  return {
    ...first,
    offset: (Math.max(1, query.page) - 1) * size,
    ...(filters.length > 0 ? { filters } : {}),
    ...(query.sort && fieldByKey(definition, query.sort.field) ? { sort: query.sort } : {}),
    ...(text !== '' && fields.length > 0 ? { search: { text, fields } } : {}),
  };
}

/**
 * The date field the list counts records by month of (每月登记): the first live date field filled with today by default,
 * the form's 登记日期 or 排查日期. A record imported from a paper or Excel ledger carries that date from the ledger,
 * while it was created on the day of the import. Undefined without one: then by the month a record was created.
 */
export function monthField(definition: FormDefinition): FormField | undefined {
  return formFields(definition).find((f) => f.kind === 'date' && f.default === 'today');
}

/** How many records are in each state of the flow (every state listed, in flow order, zero included). */
export function countByStatus(definition: FormDefinition, stats: RecordStats | undefined): { state: string; count: number }[] {
  const counts = new Map((stats?.byValue ?? []).map((v) => [v.value, v.count]));
  return (definition.flow?.states ?? []).filter((s) => !s.retired || counts.has(s.key)).map((s) => ({ state: s.key, count: counts.get(s.key) ?? 0 }));
}
