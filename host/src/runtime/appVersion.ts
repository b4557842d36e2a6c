import type { CatalogItem } from '@toolbox/sdk';
import { FORM_COLLECTION } from '@toolbox/sdk/forms';

/**
 * One loadable version of an app: the current one from the catalogue, or an earlier one from `previous` — the
 * catalogue's loadable fields (`preload`: the files opening it needs besides the entry; `preloadData`: the collections
 * it lists as soon as it opens, read at the click with the code).
 */
export type AppVersion = CatalogItem['previous'][number] & {
  /** A version awaiting review that its owner is trying (the catalogue's `pending`): counted nowhere, shown marked. */
  trial?: true;
};

export function currentVersion(item: CatalogItem): AppVersion {
  return { version: item.version, entry: item.entry, integrity: item.integrity, sdk: item.sdk, preload: item.preload, preloadData: item.preloadData, form: item.form };
}

/**
 * The collections whose first page the host reads at the press (`preloadData`). None for a form app: the form runtime
 * asks the server for one page of the list's query and for its counts (docs/form-apps.md), never for a plain first
 * page, so that read went unused and, at 1,000 records, was a 500-record download competing with the runtime's files
 * and its own reads on every open. Its list's first query is read at the press instead (preloadForm, with the definition).
 */
export function preloadedCollections(version: AppVersion): string[] {
  return version.form ? [] : (version.preloadData ?? []);
}

/**
 * The collections whose reads started at the press the mount waits for (dataWaitMs at most), so the app's first render
 * has them: those of `preloadData`, or a form app's records (its list's first query, taken by `cachedQuery()`).
 */
export function awaitedCollections(version: AppVersion): string[] {
  return version.form ? [FORM_COLLECTION] : preloadedCollections(version);
}

/** The query parameter of `/app/<id>` that asks for the owner's pending version: `?try=<version>`. */
export const TRY_PARAM = 'try';

/**
 * The version to open instead of the current one while its owner tries it: the catalogue's `pending` (only the owner's
 * catalogue has it) when the URL asks for that very version, or always for an app with no approved version yet
 * (`pendingOnly`). Anyone else's catalogue has no `pending`, so a `?try=` does nothing for them.
 */
export function trialVersion(item: CatalogItem, requested: string | null | undefined): AppVersion | undefined {
  const p = item.pending;
  if (!p || (!item.pendingOnly && p.version !== requested)) return undefined;
  return { version: p.version, entry: p.entry, integrity: p.integrity, sdk: p.sdk, preload: p.preload, preloadData: p.preloadData, form: p.form, trial: true };
}

/** The folder that holds the remote's files: every chunk of the app lives below it (used to attribute errors). */
export function bundleBase(entry: string): string {
  return entry.slice(0, entry.lastIndexOf('/') + 1);
}
