import type { DataRecord } from '../shared/types.ts';
import { useToolbox } from './useToolbox.ts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

/** The registry's largest page. */
const PAGE = 500;

/** What `useAllRecords` returns. */
export interface AllRecords<T> {
  items: DataRecord<T>[];
  loading: boolean;
  error: Error | null;
  create(data: T): Promise<DataRecord<T>>;
  update(id: string, data: T): Promise<DataRecord<T>>;
  reload(): Promise<void>;
}

/**
 * Every record of one collection for the user's unit, page after page. `useCollection` reads one page (50 records by
 * default, 500 at most); an app whose counts, filters and warnings must cover all records uses this instead, so that
 * nothing that still needs doing drops out of sight because newer records filled the page.
 */
export function useAllRecords<T>(name: string): AllRecords<T> {
  const toolbox = useToolbox();
  const client = useMemo(() => toolbox.data.collection<T>(name), [toolbox, name]);
  const [items, setItems] = useState<DataRecord<T>[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Error | null>(null);
  // Only the newest load may write the list: a slow earlier one must not overwrite it.
  const generation = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    setLoading(true);
    try {
      const all: DataRecord<T>[] = [];
      for (let offset = 0; ; offset += PAGE) {
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

  useEffect(() => {
    void reload();
    return () => {
      generation.current += 1;
    };
  }, [reload]);

  const create = useCallback(
    async (data: T) => {
      const record = await client.create(data);
      setItems((current) => [...current, record]);
      return record;
    },
    [client],
  );
  const update = useCallback(
    async (id: string, data: T) => {
      const record = await client.update(id, data);
      setItems((current) => current.map((item) => (item.id === id ? record : item)));
      return record;
    },
    [client],
  );

  return { items, loading, error, create, update, reload };
}
