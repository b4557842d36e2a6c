import type { AppStatus, UnitKind } from '@toolbox/sdk/api';
import type { Generated } from 'kysely';
import type { AttachmentTables } from '../attachments/tables.ts';
import type { RecordValueTables } from '../data/tables.ts';
import type { UsageTables } from '../usage/tables.ts';

/*
 * One set of tables for SQLite and PostgreSQL. To keep the queries identical on both engines:
 * - times are ISO-8601 UTC strings (`text`), which sort correctly as text;
 * - JSON values are stored as `text` and parsed in code;
 * - ids are text (random UUIDs or slugs), except the audit log's sequence.
 */

/** The contract's unit kinds and app statuses are the columns' values. */
export type { AppStatus, UnitKind };
/** `reviewer` may review versions (上架审核) and nothing else of an admin's. */
export type RoleName = 'staff' | 'maker' | 'developer' | 'admin' | 'reviewer';
export type ReviewStatus = 'pending' | 'approved' | 'rejected';
/** `form`: a form app's definition (`form.json`, its one file), rendered by the runtime app named in `entry`. */
export type VersionKind = 'bundle' | 'external' | 'form';

export interface OrgUnitsTable {
  id: string;
  name: string;
  name_en: string | null;
  kind: UnitKind;
  parent_id: string | null;
  sort: number;
  /** Null for units older than migration 008. */
  created_at: string | null;
  /** Disabled units stay in the tree (history, usage) but take no new users or child units. */
  disabled_at: string | null;
}

/** The name a unit had until `until` (one row per rename; migration 008). */
export interface OrgUnitNamesTable {
  unit_id: string;
  name: string;
  until: string;
}

export interface UsersTable {
  id: string;
  username: string;
  name: string;
  role: RoleName;
  unit_id: string;
  password_hash: string;
  /** JSON array of app ids, in the user's order. */
  pins: string;
  created_at: string;
  phone: string | null;
  /** Disabled users cannot sign in and their tokens are refused; they are never deleted. */
  disabled_at: string | null;
  /** The unit whose subtree this user administers (a street's 管理员), or null. */
  admin_of: string | null;
  /** 1 after a password reset: the user must choose a new password before anything else. */
  must_change_password: Generated<number>;
}

export interface SessionsTable {
  /** sha256 (hex) of the cookie value: a stolen database does not yield live sessions. */
  token_hash: string;
  user_id: string;
  created_at: string;
  /** The absolute end: created_at + the absolute lifetime setting. */
  expires_at: string;
  /** The public id (migration 009): what the user lists and ends sessions by. */
  id: string;
  last_seen_at: string;
  /** last_seen_at + the idle lifetime setting. */
  idle_expires_at: string;
  user_agent: string | null;
  address: string | null;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  /** `publish` (publish, rollback, read) or `read` (reads only); migration 004. */
  scope: 'publish' | 'read';
  /** JSON array of the app ids a publish token is limited to; null for every app its user may publish. */
  apps: string | null;
  /** When the token stops working (ISO instant). */
  expires_at: string;
}

export interface AppsTable {
  id: string;
  name_zh: string;
  name_en: string | null;
  description_zh: string | null;
  description_en: string | null;
  /** As written in the manifest: a bundle file, an http(s) URL or an emoji. */
  icon: string | null;
  category: string;
  /** JSON array of strings. */
  keywords: string;
  scenario: 'general' | 'vertical' | 'ecosystem';
  owner_unit_id: string;
  owner_contact: string;
  owner_user_id: string;
  /** JSON array of unit ids, or null for every unit. */
  visibility_units: string | null;
  /** JSON array of roles, or null for every role. */
  visibility_roles: string | null;
  /** Stored status. A deprecated app whose retire_on has come is retired whatever this says (see lifecycle/). */
  status: AppStatus;
  current_version: string | null;
  retire_on: string | null;
  deprecation_reason: string | null;
  replacement_id: string | null;
  retired_reason: string | null;
  retired_at: string | null;
  /** Yuan per year, recorded by an admin; read by the annual review. */
  annual_cost: number | null;
  created_at: string;
  updated_at: string;
}

export interface VersionsTable {
  app_id: string;
  version: string;
  kind: VersionKind;
  /** JSON of the manifest as published. */
  manifest: string;
  /** For a bundle: the entry file's path inside the bundle. For an external app: its absolute URL. */
  entry: string;
  /** `sha256-<base64>` of the entry file; null for an external app. */
  entry_integrity: string | null;
  /** JSON object: stored file path → sha256 (hex). `{}` for an external app. */
  files: string;
  sdk: string;
  changelog: string | null;
  /** JSON array of bundle paths that opening ./app needs besides the entry (manifest.preload); null when not given. */
  preload: string | null;
  /**
   * JSON array of the collections the app lists as soon as it opens (manifest.preloadData), each declared in the
   * manifest; null when it names none. Kept for external apps too: the data API is ours whoever serves the code.
   */
  preload_data: string | null;
  published_by: string;
  published_at: string;
  /**
   * JSON of the descriptive fields (DescriptiveFields) the app has while this version is current: null means the
   * manifest's; written when the app is edited while this version is current (migration 006). A rollback restores them.
   */
  fields: string | null;
  /** Review before live: only an approved version may become current (migration 005). */
  status: ReviewStatus;
  /** The user who approved or rejected it; null while pending, or when a trusted unit's publish approved it. */
  reviewed_by: string | null;
  reviewed_at: string | null;
  review_reason: string | null;
}

/**
 * A published file stored in the database (PostgreSQL: instances share nothing else; migration 007), one row per part
 * of at most 1 MiB, in order from 0. Rows are immutable: written in the transaction that records the version.
 */
export interface BundleFilesTable {
  app_id: string;
  version: string;
  path: string;
  part: number;
  /** The whole file's bytes (pg returns a bigint as a string). */
  size: number | string;
  /** The whole file's sha256 (hex), as recorded in versions.files. */
  sha256: string;
  content: Buffer;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_id: string | null;
  actor_username: string | null;
  action: string;
  app_id: string | null;
  from_status: string | null;
  to_status: string | null;
  reason: string | null;
  /** JSON object, or null. */
  details: string | null;
}

export interface RecordsTable {
  id: string;
  app_id: string;
  collection: string;
  unit_id: string;
  created_by: string;
  /** JSON of the record. */
  data: string;
  created_at: string;
  updated_at: string;
  /** 1 when made, one more at every write; a write may name the one it read (If-Match). Migration 018. */
  revision: number;
}

export interface SettingsTable {
  key: string;
  /** JSON value. */
  value: string;
}

/** A single row whose counter every catalogue write bumps, so that each instance knows when its cache is stale. */
export interface CatalogStateTable {
  id: number;
  generation: number;
}

/** A running record import's progress, on PostgreSQL (migration 019, data/importProgress.ts). */
export interface ImportProgressTable {
  user_id: string;
  app_id: string;
  collection: string;
  token: string;
  phase: string;
  photos: number;
  photos_done: number;
  /** ISO time of the last report: a row not updated for long is a crashed instance's, and is ignored and swept. */
  updated_at: string;
}

export interface Database extends UsageTables, AttachmentTables, RecordValueTables {
  org_units: OrgUnitsTable;
  org_unit_names: OrgUnitNamesTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  apps: AppsTable;
  versions: VersionsTable;
  bundle_files: BundleFilesTable;
  audit_log: AuditLogTable;
  records: RecordsTable;
  settings: SettingsTable;
  catalog_state: CatalogStateTable;
  import_progress: ImportProgressTable;
}
