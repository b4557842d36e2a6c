import type { CatalogItem } from '@toolbox/sdk';

/** One loadable version of an app: the current one from the catalogue, or an earlier one from `previous`. */
export interface AppVersion {
  version: string;
  entry: string;
  integrity?: string;
  sdk: string;
  /** The files opening it needs besides the entry (absolute URLs), when the catalogue lists them. */
  preload?: string[];
  /** The collections it lists as soon as it opens (manifest `preloadData`): read at the click, with the code. */
  preloadData?: string[];
}

export function currentVersion(item: CatalogItem): AppVersion {
  return { version: item.version, entry: item.entry, integrity: item.integrity, sdk: item.sdk, preload: item.preload, preloadData: item.preloadData };
}

/** The folder that holds the remote's files: every chunk of the app lives below it (used to attribute errors). */
export function bundleBase(entry: string): string {
  return entry.slice(0, entry.lastIndexOf('/') + 1);
}
