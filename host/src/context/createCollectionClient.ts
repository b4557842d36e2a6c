import type { CollectionClient, DataRecord, DeletedRecords, ExportFormat, ImportReport, ListOptions, Locale, RecordHistory, RecordPage, RecordQuery, RecordStats, WriteOptions } from '@toolbox/sdk';
import { recordQueryParams } from '@toolbox/sdk/data';
import { api, ApiError, apiUrl } from '../api/http.ts';
import { dataHeaders } from './dataVersion.ts';
import type { ListPrefetch, PrefetchReads } from './listPrefetch.ts';
import { toDataError } from './toDataError.ts';

/** The path of one collection of one app: `/api/apps/:id/data/:collection`. */
export function collectionPath(appId: string, collection: string): string {
  return `/api/apps/${encodeURIComponent(appId)}/data/${encodeURIComponent(collection)}`;
}

/** `path` with a page's `?limit=&offset=`, when given. */
function paged(path: string, options?: ListOptions): string {
  const query = new URLSearchParams();
  if (options?.limit !== undefined) query.set('limit', String(options.limit));
  if (options?.offset !== undefined) query.set('offset', String(options.offset));
  const qs = query.toString();
  return qs ? `${path}?${qs}` : path;
}

/** The query string of an export of what `query` selects (every page), in `format` and `locale`. */
function exportParams(query: RecordQuery, format: ExportFormat, locale: Locale): URLSearchParams {
  const params = recordQueryParams({ ...query, limit: undefined, offset: undefined });
  params.set('format', format);
  params.set('lang', locale);
  return params;
}

/** One page of a collection, as the server orders it (newest first). */
export async function readCollection<T>(appId: string, collection: string, options?: ListOptions): Promise<DataRecord<T>[]> {
  try {
    const body = await api<{ items: DataRecord<T>[] }>(paged(collectionPath(appId, collection), options), { headers: dataHeaders(appId) });
    return body.items;
  } catch (error) {
    throw toDataError(error, collection);
  }
}

/** One page of a record query (`recordQueryParams`): filters, sort, search and counts run on the server (record_values). */
export async function queryCollection<T>(appId: string, collection: string, params: URLSearchParams): Promise<RecordPage<T>> {
  try {
    return await api<RecordPage<T>>(`${collectionPath(appId, collection)}?${params.toString()}`, { headers: dataHeaders(appId) });
  } catch (error) {
    throw toDataError(error, collection);
  }
}

/** What the desktop's prefetch reads at the press: a first page for `list()`, a query for `query()`. */
export const collectionReads: PrefetchReads = {
  page: (appId, collection, limit) => readCollection(appId, collection, { limit, offset: 0 }),
  query: queryCollection,
};

/**
 * CollectionClient over `/api/apps/:id/data/:collection[/:docId]`; the server scopes records to the user's unit.
 * The first `list()` (or, once the read is back, `cached()`) takes the page the host preloaded at the click, when the
 * app names the collection in `preloadData` (listPrefetch.ts); the first `query()` (or, once back, `cachedQuery()`)
 * takes a form app's first list query, sent at the click, when its parameters are the same. A write (an import too) throws what waits for the collection away first.
 */
export function createCollectionClient<T>(appId: string, collection: string, preloaded?: ListPrefetch): CollectionClient<T> {
  const base = collectionPath(appId, collection);
  const one = (id: string) => `${base}/${encodeURIComponent(id)}`;
  const writing = () => preloaded?.drop(appId, collection);
  const send = async <R,>(path: string, method?: string, body?: unknown, id?: string): Promise<R> => {
    try {
      return await api<R>(path, { method, body, headers: dataHeaders(appId) });
    } catch (error) {
      throw toDataError(error, collection, id);
    }
  };
  // A write or a delete of one record, naming the revision it is based on (If-Match) when the caller gives one.
  const write = async <R,>(id: string, method: 'PUT' | 'DELETE', body: unknown, { ifRevision }: WriteOptions): Promise<R> => {
    const headers = ifRevision === undefined ? dataHeaders(appId) : { ...dataHeaders(appId), 'if-match': `"${ifRevision}"` };
    try {
      return await api<R>(one(id), { method, body, headers });
    } catch (error) {
      throw toDataError(error, collection, id, ifRevision);
    }
  };
  return {
    async list(options?: ListOptions) {
      const page = await preloaded?.take(appId, collection, options);
      return page ? (page as DataRecord<T>[]) : readCollection<T>(appId, collection, options);
    },
    cached: preloaded ? (options) => preloaded.takeNow(appId, collection, options) as DataRecord<T>[] | undefined : undefined,
    cachedQuery: preloaded ? (query) => preloaded.takeQueryNow(appId, collection, query) as RecordPage<T> | undefined : undefined,
    async query(query) {
      const page = await preloaded?.takeQuery(appId, collection, query);
      return page ? (page as RecordPage<T>) : queryCollection<T>(appId, collection, recordQueryParams(query));
    },
    // The export is a link the browser downloads.
    stats: (field, options = {}) => {
      const params = new URLSearchParams();
      if (field !== undefined) params.set('field', field);
      if (options.monthBy !== undefined) params.set('monthBy', options.monthBy);
      return send<RecordStats>(`${base}/stats${params.size > 0 ? `?${params}` : ''}`);
    },
    exportUrl: (query, format, locale = 'zh-CN') => `${apiUrl(`${base}/export`)}?${exportParams(query, format, locale).toString()}`,
    checkExport: async (query, format) => {
      const params = exportParams(query, format, 'zh-CN');
      params.set('check', '1');
      await send<void>(`${base}/export?${params.toString()}`);
    },
    importRecords: async (file, { dryRun, locale = 'zh-CN', repeats = 'add', choices = {}, onProgress }) => {
      // Only a real import writes: a dry run leaves what the desktop preloaded as it is.
      if (!dryRun) writing();
      const form = new FormData();
      form.append('file', file, file instanceof File ? file.name : 'import');
      const query = new URLSearchParams({ dryRun: dryRun ? '1' : '0', repeats, lang: locale });
      const rows = Object.entries(choices).map(([line, mode]) => `${line}:${mode}`);
      if (rows.length > 0) query.set('choices', rows.join(','));
      // A real import that wants its progress goes up through XMLHttpRequest, the only way to hear of the bytes sent,
      // and is asked how far it is once up: a chunk of its own, fetched now (without it, over fetch as any import).
      const progress = !dryRun && onProgress;
      const withProgress = progress ? await import('./importWithProgress.ts').catch(() => undefined) : undefined;
      try {
        return progress && withProgress
          ? await withProgress.importWithProgress(`${base}/import`, query, form, dataHeaders(appId), progress)
          : await api<ImportReport>(`${base}/import?${query.toString()}`, { method: 'POST', body: form, headers: dataHeaders(appId) });
      } catch (error) {
        // Rows that do not fit are an answer, not a failure: the refusal carries the same report as the dry run.
        const report = error instanceof ApiError && error.code === 'TOOLBOX_IMPORT_INVALID' ? (error as ApiError & { report?: ImportReport }).report : undefined;
        if (report) return report;
        throw toDataError(error, collection);
      }
    },
    history: (id) => send<RecordHistory>(`${one(id)}/history`, 'GET', undefined, id),
    deleted: (options) => send<DeletedRecords>(paged(`${base}/deleted`, options)),
    restore: (id) => {
      writing();
      return send<DataRecord<T>>(`${base}/deleted/${encodeURIComponent(id)}/restore`, 'POST', undefined, id);
    },
    purge: async (id) => {
      await send<unknown>(`${base}/deleted/${encodeURIComponent(id)}`, 'DELETE', undefined, id);
    },
    get: (id) => send<DataRecord<T>>(one(id), 'GET', undefined, id),
    create: (data) => {
      writing();
      return send<DataRecord<T>>(base, 'POST', data);
    },
    update: (id, data, options = {}) => {
      writing();
      return write<DataRecord<T>>(id, 'PUT', data, options);
    },
    remove: async (id, options = {}) => {
      writing();
      await write<unknown>(id, 'DELETE', undefined, options);
    },
  };
}
