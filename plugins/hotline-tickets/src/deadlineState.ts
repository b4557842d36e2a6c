import { isAnswered, type Ticket } from './ticket.ts';

/** How close a ticket is to its reply deadline: `soon` within 24 hours, `overdue` once it has passed. */
export type DeadlineLevel = 'answered' | 'ok' | 'soon' | 'overdue';

export interface DeadlineState {
  level: DeadlineLevel;
  /**
   * Whole minutes left, negative once overdue. Rounded towards the deadline's side, so an overdue ticket never reads
   * "0 minutes over" and a ticket never looks later than it is.
   */
  minutes: number;
}

/** The warning window. The 12345 centre counts in hours, so does the app. */
export const SOON_HOURS = 24;
const MINUTE = 60_000;

/**
 * Where a ticket stands against its deadline at `now`. Deadlines are instants, so this is independent of the time
 * zone; only their display uses Asia/Shanghai.
 */
export function deadlineState(ticket: Pick<Ticket, 'deadline' | 'status'>, now: Date): DeadlineState {
  const left = new Date(ticket.deadline).getTime() - now.getTime();
  const minutes = left >= 0 ? Math.floor(left / MINUTE) : -Math.ceil(-left / MINUTE);
  if (isAnswered(ticket.status)) return { level: 'answered', minutes };
  if (left < 0) return { level: 'overdue', minutes };
  if (left <= SOON_HOURS * 60 * MINUTE) return { level: 'soon', minutes };
  return { level: 'ok', minutes };
}

/** A duration in the unit a person would use: minutes under an hour, hours under two days, then days. */
export function roughDuration(minutes: number): { amount: number; unit: 'minute' | 'hour' | 'day' } {
  const m = Math.abs(minutes);
  if (m < 60) return { amount: m, unit: 'minute' };
  if (m < 48 * 60) return { amount: Math.floor(m / 60), unit: 'hour' };
  return { amount: Math.floor(m / (24 * 60)), unit: 'day' };
}
