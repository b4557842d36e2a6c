import type { RosterReport } from '@toolbox/sdk/api';
import type { NormalisedRoster } from './normaliseRoster.ts';
import type { RosterItem, RosterMode, RosterPlan } from './planRoster.ts';
import type { RosterTable } from './RosterTable.ts';

/** What `POST /api/org/import` answers, dry run or not, and what a refused import carries as `report`. */
export type { RosterReport };

export function rosterReport(input: {
  dryRun: boolean;
  mode: RosterMode;
  passwords: 'temporary' | 'none';
  table: RosterTable;
  normalised: NormalisedRoster;
  plan: RosterPlan;
  temporaryPasswords?: RosterReport['temporaryPasswords'];
  temporaryPasswordLimit: number;
}): RosterReport {
  const { plan, normalised } = input;
  const errors = [...normalised.issues, ...plan.issues].sort((a, b) => a.line - b.line);
  const count = (action: RosterItem['action']) => plan.items.filter((i) => i.action === action).length;
  return {
    dryRun: input.dryRun,
    mode: input.mode,
    passwords: input.passwords,
    format: input.table.format,
    encoding: input.table.encoding ?? null,
    rows: input.table.rows.length,
    summary: { add: count('add'), change: count('change'), disable: count('disable'), unchanged: plan.unchanged, errors: errors.length },
    items: plan.items,
    errors,
    ignoredColumns: normalised.ignoredColumns,
    newUsers: plan.ops.userAdds.filter((u) => !u.disabled).length,
    temporaryPasswordLimit: input.temporaryPasswordLimit,
    ...(input.temporaryPasswords ? { temporaryPasswords: input.temporaryPasswords } : {}),
  };
}
