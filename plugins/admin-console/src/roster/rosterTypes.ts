/** What `POST /api/org/import` answers (docs/registry-server.md, Roster import and export). */
export interface RosterFieldChange {
  field: 'unitName' | 'parentId' | 'kind' | 'nameEn' | 'status' | 'name' | 'phone' | 'unitId' | 'role' | 'adminOf';
  from: string | null;
  to: string | null;
}

export interface RosterItem {
  line: number | null;
  type: 'unit' | 'user';
  key: string;
  name: string;
  action: 'add' | 'change' | 'disable';
  changes: RosterFieldChange[];
  reason?: 'absent';
}

export interface RosterIssue {
  line: number;
  type: 'unit' | 'user' | null;
  key: string;
  column: string;
  code: string;
  message: string;
  value?: string;
}

export interface RosterReport {
  dryRun: boolean;
  mode: 'merge' | 'full';
  passwords: 'temporary' | 'none';
  format: 'csv' | 'xlsx';
  encoding: string | null;
  rows: number;
  summary: { add: number; change: number; disable: number; unchanged: number; errors: number };
  items: RosterItem[];
  errors: RosterIssue[];
  ignoredColumns: string[];
  newUsers: number;
  temporaryPasswordLimit: number;
  temporaryPasswords?: { username: string; name: string; password: string }[];
}

export interface RosterOptions {
  dryRun: boolean;
  mode: 'merge' | 'full';
  passwords: 'temporary' | 'none';
}

/** The import's answer: a report, or a refusal that still carries the report (rows at fault) when the server sent one. */
export type RosterOutcome = { ok: true; report: RosterReport } | { ok: false; code: string; message: string; report?: RosterReport };
