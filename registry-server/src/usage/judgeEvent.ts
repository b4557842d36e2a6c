import { USAGE_REJECTIONS, type UsageRejectionCode } from './errors.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Clients' clocks drift: an event this far ahead of the server is still taken as now. */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;
export const MAX_AGE_DAYS = 7;
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
  if (e.type !== 'open' && e.type !== 'close' && e.type !== 'load_error' && !ACTION.test(e.type)) {
    return reject(e.id, 'TOOLBOX_USAGE_BAD_TYPE', e.type);
  }
  const at = ISO.test(e.at) ? Date.parse(e.at) : Number.NaN;
  if (Number.isNaN(at)) return reject(e.id, 'TOOLBOX_USAGE_BAD_TIME', e.at);
  if (at < now - MAX_AGE_DAYS * DAY_MS) return reject(e.id, 'TOOLBOX_USAGE_TOO_OLD', e.at);
  if (at > now + CLOCK_SKEW_MS) return reject(e.id, 'TOOLBOX_USAGE_IN_FUTURE', e.at);
  return at;
}

export function reject(id: string, code: UsageRejectionCode, detail: string): Rejection {
  return { id, code, reason: `${USAGE_REJECTIONS[code]}：${detail}` };
}
