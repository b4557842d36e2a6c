import type { UsageEvent } from '@toolbox/sdk';
import type { UsageRejectionCode } from './errors.ts';
import { isEventType, judgeTime, reject, type Rejection } from './judgeEvent.ts';
import { foldRefused, REASON_OF, zeroByReason, type RefusalReason, type RefusedCount } from './refusalReasons.ts';
import type { StoredEvent } from './rollupEvents.ts';

export interface IngestResult {
  accepted: number;
  duplicates: number;
  rejected: Rejection[];
  /** Events not counted, per reason (duplicates included); every reason is listed, with 0 when none. */
  refused: { total: number; byReason: Record<RefusalReason, number> };
}

export interface IngestDeps {
  /** Why an event of `appId` at `at` is refused for this user, or undefined to take it (UsageApps.judge). */
  judgeApp(appId: string, at: number): UsageRejectionCode | undefined;
  /** Whether `appId` is a registered app: refusals are counted under it only then (never under made-up ids). */
  isKnownApp(appId: string): boolean;
  /**
   * Stores events with the refusal counts, once committed (UsageWriteBuffer.submit); resolves with the ids that were
   * new. Ids not new are counted as duplicates by the write itself.
   */
  store(events: StoredEvent[], refused: RefusedCount[]): Promise<Set<string>>;
}

/**
 * Judges a parsed batch and stores what passes. `who` comes from the session: a user or unit id in the body
 * is never read, so nobody can count usage in someone else's name. An event is taken only for an app the user may
 * open and that was live at its `at`; refused ones are listed with their reason and counted (without the user) for
 * the review.
 */
export async function ingestUsage(
  deps: IngestDeps,
  who: { userHash: string; unitId: string },
  events: readonly UsageEvent[],
  now: number,
): Promise<IngestResult> {
  const rejected: Rejection[] = [];
  const refused: RefusedCount[] = [];
  const timed: StoredEvent[] = [];
  const stored: StoredEvent[] = [];
  const refuse = (id: string, appId: string, code: UsageRejectionCode, detail: string) => {
    rejected.push(reject(id, code, detail));
    refused.push({ appId: code !== 'TOOLBOX_USAGE_UNKNOWN_APP' && deps.isKnownApp(appId) ? appId : '', reason: REASON_OF[code], count: 1 });
  };
  // Events of one moment share their `at` text: judge each text once when it repeats.
  let lastText: string | undefined;
  let lastTime: number | UsageRejectionCode = 'TOOLBOX_USAGE_BAD_TIME';
  for (const e of events) {
    // UUIDs are case-insensitive: the same id in another case is the same event.
    const id = e.id.toLowerCase();
    if (!isEventType(e.type)) {
      refuse(id, e.app, 'TOOLBOX_USAGE_BAD_TYPE', e.type);
      continue;
    }
    if (e.at !== lastText) {
      lastText = e.at;
      lastTime = judgeTime(e.at, now);
    }
    if (typeof lastTime !== 'number') {
      refuse(id, e.app, lastTime, e.at);
      continue;
    }
    timed.push({ id, appId: e.app, type: e.type, at: lastTime, unitId: who.unitId, userHash: who.userHash });
  }
  // Apps are judged after what every event says of itself, so the rejections come in the order they always have.
  for (const t of timed) {
    const why = deps.judgeApp(t.appId, t.at);
    if (why) refuse(t.id, t.appId, why, t.appId);
    else stored.push(t);
  }
  const folded = foldRefused(refused);
  const fresh = await deps.store(stored, folded);
  const duplicates = stored.length - fresh.size;
  const byReason = zeroByReason();
  byReason.duplicate = duplicates;
  for (const r of folded) byReason[r.reason] += r.count;
  return { accepted: fresh.size, duplicates, rejected, refused: { total: rejected.length + duplicates, byReason } };
}
