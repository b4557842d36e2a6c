import type { CatalogItem } from '@toolbox/sdk';
import type { OrgTree } from '../org/OrgTree.ts';
import { catalogItem, entryUrl, preloadUrls } from './catalogItem.ts';
import { formLoadable } from './formLoadable.ts';
import type { SnapApp, SnapVersion, Snapshot } from './Snapshot.ts';

type PendingVersion = NonNullable<CatalogItem['pending']>;

/** The newest version of the app awaiting review (versions are sorted newest first), if any. */
export function newestPending(app: SnapApp): SnapVersion | undefined {
  return app.versions.find((v) => v.status === 'pending');
}

function pendingVersion(snapshot: Snapshot, origin: string, app: SnapApp, v: SnapVersion): PendingVersion | undefined {
  if (v.kind === 'form') {
    const form = formLoadable(snapshot, origin, app.row.id, v);
    if (!form) return undefined;
    return { version: v.version, publishedAt: v.publishedAt, ...form, ...(v.preloadData ? { preloadData: v.preloadData } : {}) };
  }
  const pending: PendingVersion = { version: v.version, entry: entryUrl(origin, app.row.id, v), sdk: v.sdk, publishedAt: v.publishedAt };
  if (v.integrity) pending.integrity = v.integrity;
  const preload = preloadUrls(origin, app.row.id, v);
  if (preload) pending.preload = preload;
  if (v.preloadData) pending.preloadData = v.preloadData;
  return pending;
}

/**
 * The owner's catalogue: `items` (what everyone in their audience sees) with each of their own apps' newest pending
 * version added as `pending`, the "try" entry. Their apps that are not in `items` (no approved version yet, or not
 * visible to the owner themselves) come as items of their own marked `pendingOnly`, built from the pending version.
 * `owned` are the owner's openable apps that have a pending version.
 */
export function withOwnersPending(
  items: CatalogItem[],
  owned: SnapApp[],
  snapshot: Snapshot,
  org: OrgTree,
  origin: string,
): CatalogItem[] {
  if (owned.length === 0) return items;
  const out = items.slice();
  const index = new Map(out.map((item, i) => [item.id, i]));
  for (const app of owned) {
    const v = newestPending(app);
    if (!v) continue;
    const pending = pendingVersion(snapshot, origin, app, v);
    if (!pending) continue;
    const at = index.get(app.row.id);
    if (at !== undefined) {
      out[at] = { ...out[at]!, pending };
    } else {
      const item = catalogItem(snapshot, org, app, v, origin);
      if (item) out.push({ ...item, previous: [], pending, pendingOnly: true });
    }
  }
  return out;
}
