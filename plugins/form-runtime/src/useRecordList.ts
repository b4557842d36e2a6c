import type { CollectionClient, RecordPage, RecordQuery, RecordStats } from '@toolbox/sdk';
import { countRecords, loadTextSortKey, matchRecords } from '@toolbox/sdk/data';
import { useToolbox } from '@toolbox/sdk/react';
import { FORM_COLLECTION, type FormDefinition, fieldByKey, statusField } from '@toolbox/sdk/forms';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type ListQuery, monthField, toRecordQuery } from './queryRecords.ts';

type Data = Record<string, unknown>;

/** A desktop older than the record queries lists every record and filters here, with the SDK's same rules. */
async function everything(client: CollectionClient<Data>) {
  return client.list({ limit: 500 });
}
/** A page of `query`: from the server, or (an older desktop) filtered here from every record by the SDK's rules. */
export const queryPage = async (client: CollectionClient<Data>, query: RecordQuery): Promise<RecordPage<Data>> => {
  if (client.query) return client.query(query);
  const [all, sortKey] = await Promise.all([everything(client), query.sort ? loadTextSortKey() : undefined]);
  return matchRecords(all, query, sortKey);
};
const readStats = (client: CollectionClient<Data>, field?: string, monthBy?: string): Promise<RecordStats> =>
  client.stats ? client.stats(field, monthBy === undefined ? undefined : { monthBy }) : everything(client).then((all) => countRecords(all, field, monthBy));

export interface RecordList {
  client: CollectionClient<Data>;
  /** The page the list shows and how many records match the filters. */
  page?: RecordPage<Data>;
  /** Counts of every record the user sees: by state (when the form has a flow) and by month. */
  stats?: RecordStats;
  /** The names a person or unit filter offers, per field: those found in the records. */
  names: Record<string, string[]>;
  loading: boolean;
  error?: Error;
  /** Reads the page and the counts again (after a write). */
  reload(): void;
}

/** The list's page from the server for `query`, with the counts and the names its filters offer. */
export function useRecordList(definition: FormDefinition, query: ListQuery): RecordList {
  const toolbox = useToolbox();
  const client = useMemo(() => toolbox.data.collection<Data>(FORM_COLLECTION), [toolbox]);
  const recordQuery = useMemo(() => toRecordQuery(definition, query), [definition, query]);
  const [generation, setGeneration] = useState(0);
  // The first page the desktop already holds (the query it sent at the click): the first render shows the rows.
  const [page, setPage] = useState<{ page?: RecordPage<Data>; loading: boolean; error?: Error }>(() => {
    const cached = client.cachedQuery?.(recordQuery);
    return cached ? { page: cached, loading: false } : { loading: true };
  });
  // The first read is not needed when the first render had the page; a later query, or a reload, reads.
  const skipRead = useRef(page.page !== undefined);
  const [counts, setCounts] = useState<{ stats?: RecordStats; names: Record<string, string[]> }>({ names: {} });
  const statusKey = statusField(definition)?.key;
  const monthBy = monthField(definition)?.key;
  const nameFields = useMemo(
    () => (definition.views.list.filters ?? []).filter((k) => ['person', 'unit'].includes(fieldByKey(definition, k)?.kind ?? '')),
    [definition],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` is the reload signal, read again after a write
  useEffect(() => {
    if (skipRead.current) {
      skipRead.current = false;
      return;
    }
    let live = true;
    setPage((p) => ({ ...p, loading: true }));
    queryPage(client, recordQuery).then(
      (next) => live && setPage({ page: next, loading: false }),
      (error: unknown) => live && setPage((p) => ({ ...p, loading: false, error: error as Error })),
    );
    return () => {
      live = false;
    };
  }, [client, recordQuery, generation]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` is the reload signal, read again after a write
  useEffect(() => {
    let live = true;
    Promise.all([readStats(client, statusKey, monthBy), ...nameFields.map((f) => readStats(client, f))]).then(
      ([stats, ...byName]) => {
        if (!live) return;
        const names = Object.fromEntries(nameFields.map((f, i) => [f, (byName[i]?.byValue ?? []).map((v) => v.value).sort((a, b) => a.localeCompare(b, 'zh-CN'))]));
        setCounts({ stats, names });
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, [client, statusKey, monthBy, nameFields, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { client, ...page, ...counts, reload };
}
