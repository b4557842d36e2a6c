/** One visit, as stored in the `visits` collection (see toolbox.manifest.json for its schema). */
export interface Visit {
  residentName: string;
  category: ResidentCategory;
  visitDate: string;
  building: string;
  room: string;
  visitor: string;
  notes?: string;
  /** Absent means no (older records, or a form that left it unticked). */
  needsFollowUp?: boolean;
  followUpNote?: string;
  followUpDone?: boolean;
  followUpDoneAt?: string;
}

/** The stored values are the Chinese terms the committees use; English only changes what is shown. */
export const RESIDENT_CATEGORIES = ['独居老人', '高龄老人', '困难家庭', '残疾人', '其他'] as const;
export type ResidentCategory = (typeof RESIDENT_CATEGORIES)[number];

export type FollowUpState = 'none' | 'open' | 'done';

export function followUpState(visit: Visit): FollowUpState {
  if (!visit.needsFollowUp) return 'none';
  return visit.followUpDone ? 'done' : 'open';
}
