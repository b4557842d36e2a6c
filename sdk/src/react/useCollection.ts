import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CollectionClient, DataRecord, ListOptions, WriteOptions } from '../shared/types.ts';
import { keepChanged, updateItem } from './updateItem.ts';
import { useToolbox } from './useToolbox.ts';

/** What `useCollection` returns: the records, the load state, and the operations that keep `items` in step. */
export interface CollectionState<T> {
  items: DataRecord<T>[];
  loading: boolean;
  /** The last failure of a load or an operation (the operation also rejects with it). */
  error: Error | null;
  create(data: T): Promise<DataRecord<T>>;
  /** With `ifRevision`, refused when the record changed since; `items` then holds the record as it is now. */
  update(id: string, data: T, options?: WriteOptions): Promise<DataRecord<T>>;
  /** With `ifRevision`, refused when the record changed since; `items` then hold the record as it is now. */
  remove(id: string, options?: WriteOptions): Promise<void>;
  reload(): Promise<void>;
  /** The underlying client, for `get` and anything else. */
  client: CollectionClient<T>;
}

function asError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value));
}

/**
 * Lists one of the app's collections (declared in the manifest's `collections`) and keeps the list current as the
 * component creates, updates and removes records. The records are those of the user's unit (the server scopes them).
 */
export function useCollection<T = Record<string, unknown>>(name: string, options?: ListOptions): CollectionState<T> {
  const toolbox = useToolbox();
  const client = useMemo(() => toolbox.data.collection<T>(name), [toolbox, name]);
  const limit = options?.limit;
  const offset = options?.offset;
  const listOptions = useCallback(
    (): ListOptions => ({ ...(limit === undefined ? {} : { limit }), ...(offset === undefined ? {} : { offset }) }),
    [limit, offset],
  );
  // The page the host already holds (read at the click, manifest preloadData): the first render shows it.
  const [cached] = useState(() => client.cached?.(listOptions()));
  const [items, setItems] = useState<DataRecord<T>[]>(cached ?? []);
  const [loading, setLoading] = useState(!cached);
  const [error, setError] = useState<Error | null>(null);
  // Only the newest load may write the list: a slow earlier response must not overwrite a later one.
  const generation = useRef(0);
  // The first load is not needed when the first render had the page; a later change of collection or range loads.
  const skipLoad = useRef(cached !== undefined);

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    setLoading(true);
    try {
      const listed = await client.list(listOptions());
      if (mine === generation.current) {
        setItems(listed);
        setError(null);
      }
    } catch (caught) {
      if (mine === generation.current) setError(asError(caught));
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, [client, listOptions]);

  useEffect(() => {
    if (skipLoad.current) skipLoad.current = false;
    else void reload();
    return () => {
      generation.current += 1;
    };
  }, [reload]);

  const run = useCallback(async <R>(operation: () => Promise<R>): Promise<R> => {
    try {
      const result = await operation();
      setError(null);
      return result;
    } catch (caught) {
      const failure = asError(caught);
      setError(failure);
      throw failure;
    }
  }, []);

  return {
    items,
    loading,
    error,
    client,
    reload,
    create: (data) =>
      run(async () => {
        const record = await client.create(data);
        setItems((current) => [...current, record]);
        return record;
      }),
    update: (id, data, updateOptions) => run(() => updateItem(client, setItems, id, data, updateOptions)),
    remove: (id, removeOptions) =>
      run(async () => {
        await keepChanged(setItems, id, () => client.remove(id, removeOptions));
        setItems((current) => current.filter((item) => item.id !== id));
      }),
  };
}
