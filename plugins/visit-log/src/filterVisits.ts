import type { DataRecord } from '@toolbox/sdk';
import { followUpState, type FollowUpState, type Visit } from './visit.ts';

export interface VisitFilter {
  category: string;
  followUp: 'all' | FollowUpState;
  /** Inclusive bounds as YYYY-MM-DD; empty means open. */
  from: string;
  to: string;
  /** Matches the resident's name, the address or the visitor. */
  text: string;
}

export const NO_FILTER: VisitFilter = { category: 'all', followUp: 'all', from: '', to: '', text: '' };

/** The visits that match, newest first (by visit date, then by when they were written down). */
export function filterVisits(records: DataRecord<Visit>[], filter: VisitFilter): DataRecord<Visit>[] {
  const text = filter.text.trim().toLowerCase();
  return records
    .filter(({ data }) => {
      if (filter.category !== 'all' && data.category !== filter.category) return false;
      if (filter.followUp !== 'all' && followUpState(data) !== filter.followUp) return false;
      // Dates are YYYY-MM-DD strings, so comparing them as strings compares the days.
      if (filter.from && data.visitDate < filter.from) return false;
      if (filter.to && data.visitDate > filter.to) return false;
      if (text) {
        const haystack = `${data.residentName} ${data.building} ${data.room} ${data.visitor}`.toLowerCase();
        if (!haystack.includes(text)) return false;
      }
      return true;
    })
    .sort((a, b) => b.data.visitDate.localeCompare(a.data.visitDate) || b.createdAt.localeCompare(a.createdAt));
}
