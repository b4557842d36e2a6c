import type { DataRecord, ListOptions } from '@toolbox/sdk';

/** The registry's largest page, which a preloaded read asks for: it then covers any first page an app asks for. */
export const PRELOAD_PAGE = 500;
/** The registry's page size when `list()` gives no limit. */
const DEFAULT_LIMIT = 50;
/** How long a preloaded page waits for the app's first read before it is thrown away unused. */
const KEEP_MS = 15_000;

/**
 * The first page of the collections an app names in `preloadData`, read at the click that opens the app, while its
 * code still loads: without it the read would start only once the code has arrived, run and rendered. The app's
 * first `list()` of each collection takes the page (once); every later read goes to the server as before.
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
   * The same, at once: the records of a waiting page whose read is already back (and covers the range), used up by
   * this call; undefined otherwise. Calls for the same collection within the same task get the same page again
   * (React renders twice in StrictMode). What the SDK's hooks render first.
   */
  takeNow(appId: string, collection: string, options?: ListOptions): DataRecord<unknown>[] | undefined;
  /** Settles when the waiting read of a collection is back or failed; at once when none waits. */
  ready(appId: string, collection: string): Promise<void>;
  /** Throws away the waiting page of a collection: the app is writing to it, so the page may be out of date. */
  drop(appId: string, collection: string): void;
  /** Throws away every waiting page (sign-out). */
  clear(): void;
}

interface Waiting {
  page: Promise<DataRecord<unknown>[] | undefined>;
  startedAt: number;
  /** The records once the read is back (undefined before, or when it failed). */
  settled?: DataRecord<unknown>[];
}

/** The records `list({ limit, offset })` gets from a preloaded page, or undefined when the page does not hold them. */
function slice(items: DataRecord<unknown>[], options: ListOptions | undefined): DataRecord<unknown>[] | undefined {
  const offset = options?.offset ?? 0;
  const limit = options?.limit ?? DEFAULT_LIMIT;
  // A short page holds every record; a full one only the first PRELOAD_PAGE (the server's order is stable).
  const covered = items.length < PRELOAD_PAGE || offset + limit <= PRELOAD_PAGE;
  return covered ? items.slice(offset, offset + limit) : undefined;
}

export function createListPrefetch(
  readPage: (appId: string, collection: string, limit: number) => Promise<DataRecord<unknown>[]>,
  now: () => number = () => Date.now(),
): ListPrefetch {
  const waiting = new Map<string, Waiting>();
  // Pages taken by takeNow in the current task, so that a second render in the same task sees the same records.
  const takenNow = new Map<string, DataRecord<unknown>[]>();
  const key = (appId: string, collection: string) => `${appId}\u0000${collection}`;
  const fresh = (w: Waiting | undefined): w is Waiting => w !== undefined && now() - w.startedAt < KEEP_MS;

  return {
    start(appId, collection) {
      const k = key(appId, collection);
      if (fresh(waiting.get(k))) return;
      // A failed read is not an error of the app's: its own list() then asks again, and that one reports.
      const entry: Waiting = { page: Promise.resolve(undefined), startedAt: now() };
      entry.page = readPage(appId, collection, PRELOAD_PAGE).then(
        (items) => (entry.settled = items),
        () => undefined,
      );
      waiting.set(k, entry);
    },
    take(appId, collection, options) {
      const k = key(appId, collection);
      const w = waiting.get(k);
      waiting.delete(k);
      if (!fresh(w)) return undefined;
      return w.page.then((items) => (items ? slice(items, options) : undefined));
    },
    takeNow(appId, collection, options) {
      const k = key(appId, collection);
      const again = takenNow.get(k);
      if (again) return slice(again, options);
      const w = waiting.get(k);
      if (!fresh(w) || !w.settled) return undefined;
      const records = slice(w.settled, options);
      if (!records) return undefined;
      waiting.delete(k);
      takenNow.set(k, w.settled);
      setTimeout(() => takenNow.delete(k), 0);
      return records;
    },
    async ready(appId, collection) {
      const w = waiting.get(key(appId, collection));
      if (fresh(w)) await w.page;
    },
    drop(appId, collection) {
      waiting.delete(key(appId, collection));
      takenNow.delete(key(appId, collection));
    },
    clear() {
      waiting.clear();
      takenNow.clear();
    },
  };
}
