import { foldRefused, type RefusedCount } from './refusalReasons.ts';
import type { StoredEvent } from './rollupEvents.ts';

/** A row of `usage_refused`, to add to. */
export interface RefusedRow {
  day: string;
  app_id: string;
  reason: string;
  count: number;
}

/**
 * The refusal counts a write adds to `usage_refused` on `day` (when it was received): those judged before, and the
 * events that were not new (an id stored already, or repeated in this write), as duplicates of their app.
 */
export function refusedRows(
  events: readonly StoredEvent[],
  fresh: ReadonlySet<string>,
  refused: readonly RefusedCount[],
  day: string,
): RefusedRow[] {
  const all: RefusedCount[] = [...refused];
  if (fresh.size < events.length) {
    const counted = new Set<string>();
    for (const e of events) {
      if (fresh.has(e.id) && !counted.has(e.id)) counted.add(e.id);
      else all.push({ appId: e.appId, reason: 'duplicate', count: 1 });
    }
  }
  return foldRefused(all).map((r) => ({ day, app_id: r.appId, reason: r.reason, count: r.count }));
}
