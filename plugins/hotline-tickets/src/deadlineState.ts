import { isAnswered, type Ticket } from './ticket.ts';

/** How close a ticket is to its reply deadline: `soon` within 24 hours, `overdue` once it has passed. */
export type DeadlineLevel = 'answered' | 'ok' | 'soon' | 'overdue';

export interface DeadlineState {
  level: DeadlineLevel;
  /** Whole hours left (negative once overdue), rounded towards the deadline's side so "0 hours" never hides an overdue ticket. */
  hours: number;
}

/** The warning window. The 12345 centre counts in hours, so does the app. */
export const SOON_HOURS = 24;
const HOUR = 3_600_000;

/**
 * Where a ticket stands against its deadline at `now`. Deadlines are instants, so this is independent of the time
 * zone; only their display uses Asia/Shanghai.
 */
export function deadlineState(ticket: Pick<Ticket, 'deadline' | 'status'>, now: Date): DeadlineState {
  const left = new Date(ticket.deadline).getTime() - now.getTime();
  const hours = left >= 0 ? Math.floor(left / HOUR) : -Math.ceil(-left / HOUR);
  if (isAnswered(ticket.status)) return { level: 'answered', hours };
  if (left < 0) return { level: 'overdue', hours };
  if (left <= SOON_HOURS * HOUR) return { level: 'soon', hours };
  return { level: 'ok', hours };
}
