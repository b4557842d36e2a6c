import type { DataRecord, ListOptions, RecordPage, RecordQuery } from '@toolbox/sdk';
import { recordQueryParams } from '@toolbox/sdk/data';

/** The registry's largest page, which a preloaded read asks for: it then covers any first page an app asks for. */
export const PRELOAD_PAGE = 500;
/** The registry's page size when `list()` gives no limit. */
const DEFAULT_LIMIT = 50;
/** How long a preloaded read waits for the app's first read before it is thrown away unused. */
const KEEP_MS = 15_000;

/**
 * Reads started at the click that opens an app, while its code still loads: without them the read would start only
 * once the code has arrived, run and rendered. Two kinds: the first page of the collections an app names in
 * `preloadData` (taken by its first `list()`), and a form app's first list query (taken by its first `query()` with
 * the very same parameters). Each is taken once; every later read goes to the server as before.
 */
export interface ListPrefetch {
  /** Starts reading the first page of `collection` of `appId`, unless a read of it is already waiting. */
  start(appId: string, collection: string): void;
  /**
   * The records `list(options)` would get, from a waiting preloaded page, which is used up by this call. Resolves to
   * undefined when there is none, it failed, or it does not cover the asked range: the caller then asks the server.
   */
  take(appId: string, collection: string, options?: ListOptions): Promise<DataRecord<unknown>[] | undefined> | undefined;
  /**
   * The same, at once: the records of a waiting page whose read is back (and covers the range), used up by
   * this call; undefined otherwise. Calls for the same collection within the same task get the same page again
   * (React renders twice in StrictMode). What the SDK's hooks render first.
   */
  takeNow(appId: string, collection: string, options?: ListOptions): DataRecord<unknown>[] | undefined;
  /** Starts `query()` of `collection` with `query` (a form app's first list query), unless the same one waits. */
  startQuery(appId: string, collection: string, query: RecordQuery): void;
  /**
   * The page `query(query)` would get, from a waiting read of the same parameters, used up by this call. Undefined
   * (or resolving to undefined, when that read failed) otherwise: the caller then asks the server.
   */
  takeQuery(appId: string, collection: string, query: RecordQuery): Promise<RecordPage<unknown> | undefined> | undefined;
  /**
   * The same, at once: the page of a waiting read of the same parameters that is back, used up by this call (calls
   * within the same task get it again, as for takeNow); undefined otherwise. What a form app's list renders first.
   */
  takeQueryNow(appId: string, collection: string, query: RecordQuery): RecordPage<unknown> | undefined;
  /** Settles when every waiting read of a collection (its first page, its queries) is back or failed; at once when none waits. */
  ready(appId: string, collection: string): Promise<void>;
  /** Throws away every waiting read of a collection: the app is writing to it, so they may be out of date. */
  drop(appId: string, collection: string): void;
  /** Throws away every waiting read (sign-out). */
  clear(): void;
}

/** The server reads a prefetch makes: a first page (`list`), or a query in its wire parameters (`query`). */
export interface PrefetchReads {
  page(appId: string, collection: string, limit: number): Promise<DataRecord<unknown>[]>;
  query(appId: string, collection: string, params: URLSearchParams): Promise<RecordPage<unknown>>;
}

interface Waiting<V> {
  read: Promise<V | undefined>;
  startedAt: number;
  /** The answer once the read is back (undefined before, or when it failed). */
  settled?: V;
}

/**
 * Reads waiting under a key, within a scope (one collection of one app): taken once, thrown away after KEEP_MS, or
 * all of a scope at once when the app writes to it.
 */
function createWaitingReads(now: () => number) {
  const waiting = new Map<string, Waiting<unknown>>();
  const fresh = (w: Waiting<unknown> | undefined): w is Waiting<unknown> => w !== undefined && now() - w.startedAt < KEEP_MS;
  const get = <V,>(key: string): Waiting<V> | undefined => {
    const w = waiting.get(key);
    return fresh(w) ? (w as Waiting<V>) : undefined;
  };
  return {
    start<V>(key: string, read: () => Promise<V>): void {
      if (fresh(waiting.get(key))) return;
      // A failed read is not an error of the app's: its own read then asks again, and that one reports.
      const entry: Waiting<V> = { read: Promise.resolve(undefined), startedAt: now() };
      entry.read = read().then(
        (value) => (entry.settled = value),
        () => undefined,
      );
      waiting.set(key, entry);
    },
    /** The fresh read waiting under `key` (its type is the one `start` gave that key). */
    get,
    /** The same, used up by this call. */
    take<V>(key: string): Waiting<V> | undefined {
      const w = get<V>(key);
      waiting.delete(key);
      return w;
    },
    drop(scope: string): void {
      for (const key of [...waiting.keys()]) if (key.startsWith(scope)) waiting.delete(key);
    },
    /** The fresh reads of a scope. */
    within(scope: string): Waiting<unknown>[] {
      return [...waiting.entries()].filter(([key, w]) => key.startsWith(scope) && fresh(w)).map(([, w]) => w);
    },
    clear: () => waiting.clear(),
  };
}

/** The records `list({ limit, offset })` gets from a preloaded page, or undefined when the page does not hold them. */
function slice(items: DataRecord<unknown>[], options: ListOptions | undefined): DataRecord<unknown>[] | undefined {
  const offset = options?.offset ?? 0;
  const limit = options?.limit ?? DEFAULT_LIMIT;
  // A short page holds every record; a full one only the first PRELOAD_PAGE (the server's order is stable).
  const covered = items.length < PRELOAD_PAGE || offset + limit <= PRELOAD_PAGE;
  return covered ? items.slice(offset, offset + limit) : undefined;
}

export function createListPrefetch(reads: PrefetchReads, now: () => number = () => Date.now()): ListPrefetch {
  const waiting = createWaitingReads(now);
  // Answers taken at once in the current task (by key), so that a second render in the same task sees the same records.
  const takenNow = new Map<string, unknown>();
  /** The settled answer waiting under `key`, used up; the same again within this task. */
  const takeSettled = <V,>(key: string, usable: (value: V) => boolean = () => true): V | undefined => {
    if (takenNow.has(key)) return takenNow.get(key) as V;
    const settled = waiting.get<V>(key)?.settled;
    if (settled === undefined || !usable(settled)) return undefined;
    waiting.take(key);
    takenNow.set(key, settled);
    setTimeout(() => takenNow.delete(key), 0);
    return settled;
  };
  // A collection's scope; its first page waits under the scope itself, a query under the scope and its parameters.
  const scope = (appId: string, collection: string) => `${appId}\u0000${collection}\u0000`;
  const queryKey = (appId: string, collection: string, params: URLSearchParams) => `${scope(appId, collection)}?${params.toString()}`;

  return {
    start(appId, collection) {
      waiting.start(scope(appId, collection), () => reads.page(appId, collection, PRELOAD_PAGE));
    },
    take(appId, collection, options) {
      const w = waiting.take<DataRecord<unknown>[]>(scope(appId, collection));
      return w?.read.then((items) => (items ? slice(items, options) : undefined));
    },
    takeNow(appId, collection, options) {
      const page = takeSettled<DataRecord<unknown>[]>(scope(appId, collection), (items) => slice(items, options) !== undefined);
      return page && slice(page, options);
    },
    startQuery(appId, collection, query) {
      const params = recordQueryParams(query);
      waiting.start(queryKey(appId, collection, params), () => reads.query(appId, collection, params));
    },
    takeQuery(appId, collection, query) {
      return waiting.take<RecordPage<unknown>>(queryKey(appId, collection, recordQueryParams(query)))?.read;
    },
    takeQueryNow(appId, collection, query) {
      return takeSettled<RecordPage<unknown>>(queryKey(appId, collection, recordQueryParams(query)));
    },
    async ready(appId, collection) {
      await Promise.all(waiting.within(scope(appId, collection)).map((w) => w.read));
    },
    drop(appId, collection) {
      const s = scope(appId, collection);
      waiting.drop(s);
      for (const key of [...takenNow.keys()]) if (key.startsWith(s)) takenNow.delete(key);
    },
    clear() {
      waiting.clear();
      takenNow.clear();
    },
  };
}
