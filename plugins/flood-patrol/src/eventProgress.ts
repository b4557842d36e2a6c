import type { Check } from './patrol.ts';

export interface EventProgress {
  total: number;
  /** Points whose status is anything but 未检查. */
  checked: number;
  /** Points found with a hazard that has not been dealt with yet (有隐患). */
  openHazards: number;
  /** Hazards dealt with (已处置). */
  resolved: number;
}

export function eventProgress(checks: readonly Check[]): EventProgress {
  let checked = 0;
  let openHazards = 0;
  let resolved = 0;
  for (const check of checks) {
    if (check.status !== '未检查') checked += 1;
    if (check.status === '有隐患') openHazards += 1;
    if (check.status === '已处置') resolved += 1;
  }
  return { total: checks.length, checked, openHazards, resolved };
}
