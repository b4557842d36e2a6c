import type { DataRecord } from '@toolbox/sdk';
import { POINT_TYPES, type Check, type PatrolEvent } from './patrol.ts';

/**
 * Open events first, newest first within each group: during a typhoon the current patrol is what people open the app
 * for, and it is also the one selected when the app opens.
 */
export function sortEvents(events: DataRecord<PatrolEvent>[]): DataRecord<PatrolEvent>[] {
  return [...events].sort(
    (a, b) =>
      Number(a.data.closed === true) - Number(b.data.closed === true) ||
      b.data.startDate.localeCompare(a.data.startDate) ||
      b.createdAt.localeCompare(a.createdAt),
  );
}

/** A checklist reads in a fixed order: by point type as the patrol guidelines list them, then by location. */
export function sortChecks(checks: DataRecord<Check>[]): DataRecord<Check>[] {
  return [...checks].sort(
    (a, b) =>
      POINT_TYPES.indexOf(a.data.pointType) - POINT_TYPES.indexOf(b.data.pointType) ||
      a.data.location.localeCompare(b.data.location, 'zh-CN'),
  );
}
