import type { DataRecord } from '@toolbox/sdk';
import { sortTickets } from './sortTickets.ts';
import { isAnswered, type Ticket, type TicketStatus } from './ticket.ts';

export interface TicketFilter {
  /** `open`: not yet replied (the default view: what still needs work). */
  status: 'open' | 'all' | TicketStatus;
  category: string;
  /** Matches the ticket number, the request and the caller. */
  text: string;
}

export const DEFAULT_FILTER: TicketFilter = { status: 'open', category: 'all', text: '' };

/** The tickets that match, in the order of `sortTickets` (nearest deadline first). */
export function filterTickets(records: DataRecord<Ticket>[], filter: TicketFilter): DataRecord<Ticket>[] {
  const text = filter.text.trim().toLowerCase();
  return sortTickets(
    records.filter(({ data }) => {
      if (filter.status === 'open' && isAnswered(data.status)) return false;
      if (filter.status !== 'open' && filter.status !== 'all' && data.status !== filter.status) return false;
      if (filter.category !== 'all' && data.category !== filter.category) return false;
      if (text && !`${data.ticketNo} ${data.summary} ${data.citizenName ?? ''}`.toLowerCase().includes(text)) return false;
      return true;
    }),
  );
}
