import type { UsageEvent } from '@toolbox/sdk';
import { judgeEvent, reject, type Rejection } from './judgeEvent.ts';
import type { StoredEvent } from './rollupEvents.ts';

export interface IngestResult {
  accepted: number;
  duplicates: number;
  rejected: Rejection[];
}

export interface IngestDeps {
  /** The ids among `ids` that are apps the registry knows. */
  knownApps(ids: string[]): Promise<Set<string>>;
  /** Stores events and resolves with the ids that were new, once committed (UsageWriteBuffer.submit). */
  store(events: StoredEvent[]): Promise<Set<string>>;
}

/**
 * Judges a parsed batch and stores what passes. `who` comes from the session: a user or unit id in the body
 * is never read, so nobody can count usage in someone else's name.
 */
export async function ingestUsage(
  deps: IngestDeps,
  who: { userHash: string; unitId: string },
  events: readonly UsageEvent[],
  now: number,
): Promise<IngestResult> {
  const rejected: Rejection[] = [];
  const timed: { e: UsageEvent; id: string; at: number }[] = [];
  for (const e of events) {
    // UUIDs are case-insensitive: the same id in another case is the same event.
    const id = e.id.toLowerCase();
    const verdict = judgeEvent({ id, type: e.type, at: e.at }, now);
    if (typeof verdict === 'number') timed.push({ e, id, at: verdict });
    else rejected.push(verdict);
  }
  const known = timed.length > 0 ? await deps.knownApps([...new Set(timed.map((t) => t.e.app))]) : new Set<string>();
  const stored: StoredEvent[] = [];
  for (const t of timed) {
    if (!known.has(t.e.app)) rejected.push(reject(t.id, 'TOOLBOX_USAGE_UNKNOWN_APP', t.e.app));
    else stored.push({ id: t.id, appId: t.e.app, type: t.e.type, at: t.at, unitId: who.unitId, userHash: who.userHash });
  }
  const fresh = await deps.store(stored);
  return { accepted: fresh.size, duplicates: stored.length - fresh.size, rejected };
}
