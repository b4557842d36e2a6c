// Why an event was not counted: stable keys, declared in the contract (they appear in the review's JSON) and stored
// in `usage_refused`.
import { REFUSAL_REASONS, type RefusalReason } from '@toolbox/sdk/api';
import type { UsageRejectionCode } from './errors.ts';

export { REFUSAL_REASONS, type RefusalReason };

/** Every reason with a count of 0: the shape of `byReason` in replies and in the review. */
export function zeroByReason(): Record<RefusalReason, number> {
  return Object.fromEntries(REFUSAL_REASONS.map((r) => [r, 0])) as Record<RefusalReason, number>;
}

/** The reason an event rejected with `code` is counted under. */
export const REASON_OF: Record<UsageRejectionCode, RefusalReason> = {
  TOOLBOX_USAGE_NOT_VISIBLE: 'notVisible',
  TOOLBOX_USAGE_APP_RETIRED: 'retired',
  TOOLBOX_USAGE_NOT_LIVE: 'notLive',
  TOOLBOX_USAGE_TOO_OLD: 'tooOld',
  TOOLBOX_USAGE_IN_FUTURE: 'inFuture',
  TOOLBOX_USAGE_UNKNOWN_APP: 'unknownApp',
  TOOLBOX_USAGE_BAD_TYPE: 'badType',
  TOOLBOX_USAGE_BAD_TIME: 'badTime',
};

/** Refused events of one app (or '' for none) and reason, as the write path adds them to `usage_refused`. */
export interface RefusedCount {
  appId: string;
  reason: RefusalReason;
  count: number;
}

/** Folds refusals into one count per (app, reason). */
export function foldRefused(refused: Iterable<RefusedCount>): RefusedCount[] {
  const folded = new Map<string, RefusedCount>();
  for (const r of refused) {
    const key = `${r.appId}\u0000${r.reason}`;
    const f = folded.get(key);
    if (f) f.count += r.count;
    else folded.set(key, { ...r });
  }
  return [...folded.values()].filter((r) => r.count > 0);
}
