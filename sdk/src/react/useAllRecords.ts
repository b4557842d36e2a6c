import type { DataRecord, WriteOptions } from '../shared/types.ts';
import { updateItem } from './updateItem.ts';
import type { CollectionState } from './useCollection.ts';
import { useToolbox } from './useToolbox.ts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

/** The registry's largest page. */
const PAGE = 500;

/** What `useAllRecords` returns: `useCollection`'s state without `remove` and `client`. */
export type AllRecords<T> = Pick<CollectionState<T>, 'items' | 'loading' | 'error' | 'create' | 'update' | 'reload'>;

/**
 * Every record of one collection for the user's unit, page after page. `useCollection` reads one page (50 records by
 * default, 500 at most); an app whose counts, filters and warnings must cover all records uses this instead, so that
 * nothing that still needs doing drops out of sight because newer records filled the page.
 */
export function useAllRecords<T>(name: string): AllRecords<T> {
  const toolbox = useToolbox();
  const client = useMemo(() => toolbox.data.collection<T>(name), [toolbox, name]);
  // The first page the host already holds (read at the click, manifest preloadData): the first render shows it, and
  // only a full page needs the pages after it.
  const [cached] = useState(() => client.cached?.({ limit: PAGE, offset: 0 }));
  const complete = cached !== undefined && cached.length < PAGE;
  const [items, setItems] = useState<DataRecord<T>[]>(cached ?? []);
  const [loading, setLoading] = useState(!complete);
  const [error, setError] = useState<Error | null>(null);
  // Only the newest load may write the list: a slow earlier one must not overwrite it.
  const generation = useRef(0);
  // What the first load still has to read: nothing, the pages after a full cached one, or everything.
  const firstLoad = useRef<DataRecord<T>[] | null | undefined>(complete ? null : cached);

  const load = useCallback(async (start: DataRecord<T>[]) => {
    const mine = ++generation.current;
    setLoading(true);
    try {
      const all: DataRecord<T>[] = [...start];
      for (let offset = start.length; ; offset += PAGE) {
        const page = await client.list({ limit: PAGE, offset });
        all.push(...page);
        if (page.length < PAGE) break;
      }
      if (mine === generation.current) {
        setItems(all);
        setError(null);
      }
    } catch (caught) {
      if (mine === generation.current) setError(caught instanceof Error ? caught : new Error(String(caught)));
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, [client]);
  const reload = useCallback(() => load([]), [load]);

  useEffect(() => {
    const first = firstLoad.current;
    firstLoad.current = undefined;
    if (first !== null) void load(first ?? []);
    return () => {
      generation.current += 1;
    };
  }, [load]);

  const create = useCallback(
    async (data: T) => {
      const record = await client.create(data);
      setItems((current) => [...current, record]);
      return record;
    },
    [client],
  );
  const update = useCallback((id: string, data: T, options?: WriteOptions) => updateItem(client, setItems, id, data, options), [client]);

  return { items, loading, error, create, update, reload };
}
