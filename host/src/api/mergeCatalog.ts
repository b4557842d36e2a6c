import type { CatalogItem } from '@toolbox/sdk';

/**
 * `next` as the desktop should hold it after `before`: each item that did not change is the same object as before (so
 * nothing that shows it re-renders), or undefined when nothing changed at all. The catalogue's ETag changes with any
 * change of the catalogue on the server, most of which leave this user's apps as they were.
 */
export function mergeCatalog(before: readonly CatalogItem[], next: readonly CatalogItem[]): CatalogItem[] | undefined {
  const known = new Map(before.map((item) => [item.id, { item, json: JSON.stringify(item) }]));
  let changed = before.length !== next.length;
  const merged = next.map((item, i) => {
    const old = known.get(item.id);
    if (old && old.json === JSON.stringify(item)) {
      if (before[i] !== old.item) changed = true;
      return old.item;
    }
    changed = true;
    return item;
  });
  return changed ? merged : undefined;
}
