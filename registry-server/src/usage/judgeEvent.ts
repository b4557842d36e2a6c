import { USAGE_REJECTIONS, type UsageRejectionCode } from './errors.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Clients' clocks drift: an event this far ahead of the server is still taken as now. */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;
export const MAX_AGE_DAYS = 7;
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters in an action name is the point
const ACTION = /^action:[^\u0000-\u001f]{1,64}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

export interface Rejection {
  id: string;
  code: UsageRejectionCode;
  reason: string;
}

/**
 * Judges what an event says, apart from whether its app exists (which needs the database).
 * Returns its time in milliseconds, or why it is rejected.
 */
export function judgeEvent(e: { id: string; type: string; at: string }, now: number): number | Rejection {
  if (!isEventType(e.type)) return reject(e.id, 'TOOLBOX_USAGE_BAD_TYPE', e.type);
  const at = judgeTime(e.at, now);
  return typeof at === 'number' ? at : reject(e.id, at, e.at);
}

/** Whether `type` is one of open, close, load_error or action:<name>. */
export function isEventType(type: string): boolean {
  return type === 'open' || type === 'close' || type === 'load_error' || ACTION.test(type);
}

/** The instant of `at` in milliseconds, or why it is not acceptable at `now`. */
export function judgeTime(at: string, now: number): number | UsageRejectionCode {
  const ms = ISO.test(at) ? Date.parse(at) : Number.NaN;
  if (Number.isNaN(ms)) return 'TOOLBOX_USAGE_BAD_TIME';
  if (ms < now - MAX_AGE_DAYS * DAY_MS) return 'TOOLBOX_USAGE_TOO_OLD';
  if (ms > now + CLOCK_SKEW_MS) return 'TOOLBOX_USAGE_IN_FUTURE';
  return ms;
}

export function reject(id: string, code: UsageRejectionCode, detail: string): Rejection {
  return { id, code, reason: `${USAGE_REJECTIONS[code]}：${detail}` };
}
