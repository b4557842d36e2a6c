import type { importRoster, RosterReport, RouteQuery } from '@toolbox/sdk/api';

/** What `POST /api/org/import` answers: the contract's report (`@toolbox/sdk/api`). */
export type { RosterReport } from '@toolbox/sdk/api';
export type RosterFieldChange = RosterReport['items'][number]['changes'][number];

/** How the import is asked for (`?dryRun&mode&passwords&lang` of the route). */
export interface RosterOptions {
  dryRun: boolean;
  /** The console's language: a file that cannot be read is refused in it. */
  lang?: NonNullable<RouteQuery<typeof importRoster>>['lang'];
  mode: NonNullable<RouteQuery<typeof importRoster>>['mode'] & string;
  passwords: NonNullable<RouteQuery<typeof importRoster>>['passwords'] & string;
}

/** The import's answer: a report, or a refusal that still carries the report (rows at fault) when the server sent one. */
export type RosterOutcome = { ok: true; report: RosterReport } | { ok: false; code: string; message: string; report?: RosterReport };
