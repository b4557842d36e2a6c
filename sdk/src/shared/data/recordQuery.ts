import type { RecordFilter, RecordFilterOp, RecordQuery } from '../types.ts';

/** The operators a filter may use: equality (any element, for a list) and ranges. */
export const RECORD_FILTER_OPS: readonly RecordFilterOp[] = ['eq', 'gt', 'gte', 'lt', 'lte'];
/**
 * At most this many filters and search fields in one query (each is one indexed look-up), rows in one export (more
 * are refused with TOOLBOX_EXPORT_TOO_LARGE, so the caller narrows the filters), and bytes of the photos an export
 * with photos (`format=zip`) carries (1 GiB, about seven minutes at 20 Mbit/s; TOOLBOX_EXPORT_PHOTOS_TOO_LARGE).
 */
export const RECORD_QUERY_LIMITS = { filters: 20, searchFields: 20, searchLength: 100, exportRows: 50_000, exportPhotoBytes: 1024 * 1024 * 1024 } as const;

/** The query string of `/api/apps/:id/data/:collection` (and its export and stats) that asks for `query`. */
export function recordQueryParams(query: RecordQuery = {}): URLSearchParams {
  const params = new URLSearchParams();
  if (query.limit !== undefined) params.set('limit', String(query.limit));
  if (query.offset !== undefined) params.set('offset', String(query.offset));
  for (const f of query.filters ?? []) params.append('filter', `${f.field}:${f.op}:${String(f.value)}`);
  if (query.sort) params.set('sort', `${query.sort.direction === 'desc' ? '-' : ''}${query.sort.field}`);
  if (query.search && query.search.text.trim() !== '' && query.search.fields.length > 0) {
    params.set('search', query.search.text.trim());
    params.set('searchIn', query.search.fields.join(','));
  }
  return params;
}

/** The wire form of the query, as the route's schema hands it over. */
export interface RecordQueryWire {
  filter?: string[];
  sort?: string;
  search?: string;
  searchIn?: string;
}

/** Why a query cannot run: the parameter (`filter`, `sort`, `searchIn`), the field it names, and a sentence. */
export interface RecordQueryProblem {
  code: 'TOOLBOX_QUERY_INVALID' | 'TOOLBOX_QUERY_FIELD_UNKNOWN';
  param: string;
  field?: string;
  message: string;
}

/**
 * Reads the wire form into a query over `fields` (the collection's declared properties). A filter's value stays
 * text: `recordMatches` and the server compare it with each stored value's text, or its number when it reads as one.
 */
export function parseRecordQuery(wire: RecordQueryWire, fields: { has(field: string): boolean }): { ok: true; query: RecordQuery } | { ok: false; problem: RecordQueryProblem } {
  const unknown = (param: string, field: string): { ok: false; problem: RecordQueryProblem } => ({
    ok: false,
    problem: { code: 'TOOLBOX_QUERY_FIELD_UNKNOWN', param, field, message: `${param}: the collection has no field "${field}"` },
  });
  const invalid = (param: string, message: string, field?: string): { ok: false; problem: RecordQueryProblem } => ({
    ok: false,
    problem: { code: 'TOOLBOX_QUERY_INVALID', param, ...(field === undefined ? {} : { field }), message: `${param}: ${message}` },
  });
  const filters: RecordFilter[] = [];
  const raw = wire.filter ?? [];
  if (raw.length > RECORD_QUERY_LIMITS.filters) return invalid('filter', `at most ${RECORD_QUERY_LIMITS.filters} filters`);
  for (const [i, text] of raw.entries()) {
    const first = text.indexOf(':');
    const second = first < 0 ? -1 : text.indexOf(':', first + 1);
    if (second < 0) return invalid(`filter[${i}]`, `"${text.slice(0, 80)}" is not field:operator:value`);
    const field = text.slice(0, first);
    const op = text.slice(first + 1, second) as RecordFilterOp;
    if (!fields.has(field)) return unknown(`filter[${i}]`, field);
    if (!RECORD_FILTER_OPS.includes(op)) return invalid(`filter[${i}]`, `field "${field}": unknown operator "${op.slice(0, 20)}", use one of ${RECORD_FILTER_OPS.join(', ')}`, field);
    filters.push({ field, op, value: text.slice(second + 1) });
  }
  const query: RecordQuery = {};
  if (filters.length > 0) query.filters = filters;
  if (wire.sort) {
    const desc = wire.sort.startsWith('-');
    const field = desc ? wire.sort.slice(1) : wire.sort;
    if (!fields.has(field)) return unknown('sort', field);
    query.sort = { field, direction: desc ? 'desc' : 'asc' };
  }
  const text = (wire.search ?? '').trim();
  if (text.length > RECORD_QUERY_LIMITS.searchLength) return invalid('search', `at most ${RECORD_QUERY_LIMITS.searchLength} characters`);
  if (text !== '') {
    const searchIn = (wire.searchIn ?? '').split(',').filter((f) => f !== '');
    if (searchIn.length === 0) return invalid('searchIn', 'name the fields to search (comma-separated)');
    if (searchIn.length > RECORD_QUERY_LIMITS.searchFields) return invalid('searchIn', `at most ${RECORD_QUERY_LIMITS.searchFields} fields`);
    const missing = searchIn.find((f) => !fields.has(f));
    if (missing !== undefined) return unknown('searchIn', missing);
    query.search = { text, fields: searchIn };
  }
  return { ok: true, query };
}

/** The wire form of `params` (a query string), as the server's schema reads it: repeated `filter`, the rest once. */
export function recordQueryWire(params: URLSearchParams): RecordQueryWire {
  const wire: RecordQueryWire = {};
  const filter = params.getAll('filter');
  if (filter.length > 0) wire.filter = filter;
  for (const key of ['sort', 'search', 'searchIn'] as const) {
    const value = params.get(key);
    if (value !== null) wire[key] = value;
  }
  return wire;
}
