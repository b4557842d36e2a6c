import type { DataRecord } from '@toolbox/sdk';
import { isAnswered, type Ticket } from './ticket.ts';

/**
 * Open tickets first, the nearest deadline on top (overdue ones are the nearest of all); answered tickets follow,
 * most recent deadline first, since they only matter for reference.
 */
export function sortTickets(records: DataRecord<Ticket>[]): DataRecord<Ticket>[] {
  return [...records].sort((a, b) => {
    const aDone = isAnswered(a.data.status);
    const bDone = isAnswered(b.data.status);
    if (aDone !== bDone) return aDone ? 1 : -1;
    const diff = Date.parse(a.data.deadline) - Date.parse(b.data.deadline);
    return aDone ? -diff : diff;
  });
}
