import type { UsageEvent } from '@toolbox/sdk';
import type { UsageRejectionCode } from './errors.ts';
import { isEventType, judgeTime, reject, type Rejection } from './judgeEvent.ts';
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
  const timed: StoredEvent[] = [];
  const apps = new Set<string>();
  // Events of one moment share their `at` text: judge each text once when it repeats.
  let lastText: string | undefined;
  let lastTime: number | UsageRejectionCode = 'TOOLBOX_USAGE_BAD_TIME';
  for (const e of events) {
    // UUIDs are case-insensitive: the same id in another case is the same event.
    const id = e.id.toLowerCase();
    if (!isEventType(e.type)) {
      rejected.push(reject(id, 'TOOLBOX_USAGE_BAD_TYPE', e.type));
      continue;
    }
    if (e.at !== lastText) {
      lastText = e.at;
      lastTime = judgeTime(e.at, now);
    }
    if (typeof lastTime !== 'number') {
      rejected.push(reject(id, lastTime, e.at));
      continue;
    }
    apps.add(e.app);
    timed.push({ id, appId: e.app, type: e.type, at: lastTime, unitId: who.unitId, userHash: who.userHash });
  }
  let stored = timed;
  if (timed.length > 0) {
    const known = await deps.knownApps([...apps]);
    if (known.size < apps.size) {
      stored = [];
      for (const t of timed) {
        if (known.has(t.appId)) stored.push(t);
        else rejected.push(reject(t.id, 'TOOLBOX_USAGE_UNKNOWN_APP', t.appId));
      }
    }
  }
  const fresh = await deps.store(stored);
  return { accepted: fresh.size, duplicates: stored.length - fresh.size, rejected };
}
