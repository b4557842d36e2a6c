/**
 * Types shared by the SDK, the host and the registry server. This file is the contract between them:
 * change it only together with every side that relies on it.
 */

import type { CatalogItemDto } from './api/catalog.ts';
import type { ToolboxFiles, ToolboxOrg } from './hostOrgFiles.ts';
import type { DeletedRecord, DeletedRecords, ExportFormat, ImportProgress, ImportRepeatMode, ImportReport, RecordChange, RecordHistory, RecordStats } from './api/data.ts';
export type { DeletedRecord, DeletedRecords, ExportFormat, ImportProgress, ImportRepeatMode, ImportReport, RecordChange, RecordHistory, RecordStats };

/** A text in Chinese, with an optional English version. */
export interface LocalizedText {
  'zh-CN': string;
  en?: string;
}

export type Scenario = 'general' | 'vertical' | 'ecosystem';
/** A user's role. `reviewer` reviews versions before they go live (上架审核). */
/** `maker` (应用搭建): staff an admin lets publish form apps (no code), never code bundles. */
export type Role = 'staff' | 'maker' | 'developer' | 'admin' | 'reviewer';
export type Locale = 'zh-CN' | 'en';

/** JSON Schema of one collection's records (a plain JSON Schema object). */
export type CollectionSchema = Record<string, unknown>;

/** The contents of `toolbox.manifest.json`. */
export interface Manifest {
  id: string;
  name: LocalizedText;
  description?: LocalizedText;
  version: string;
  icon?: string;
  category: string;
  keywords?: string[];
  scenario: Scenario;
  owner: { unit: string; contact: string };
  entry: string;
  sdk: string;
  changelog?: string;
  files?: Record<string, string>;
  /**
   * Written by the Vite plugin: the files (paths inside dist, besides the entry) that opening `./app` needs at once,
   * the static imports of the entry and of the exposed module. The host preloads them all in one wave.
   */
  preload?: string[];
  /**
   * Collections the app lists as soon as it opens. The host starts reading the first page of each (500 records) with
   * the app's code, so the data does not wait for the code; the app's first `list()` of the collection gets that page.
   */
  preloadData?: string[];
  collections?: Record<string, CollectionSchema>;
  /** `unit-admin` among the roles: anyone who administers a unit (a street's 管理员), whatever their own role. */
  visibility?: { units?: string[]; roles?: (Role | 'unit-admin')[] };
}

/** The signed-in user, as an app sees it. */
export interface ToolboxUser {
  id: string;
  name: string;
  role: Role;
}

/** The user's unit: `path` holds the names from the district down to the unit itself. */
export interface ToolboxUnit {
  id: string;
  name: string;
  path: string[];
}

export interface Notice {
  type?: 'info' | 'success' | 'warning' | 'error';
  message: string;
}

/** One stored record of an app-scoped collection. */
export interface DataRecord<T = Record<string, unknown>> {
  id: string;
  data: T;
  unitId: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  /**
   * 1 when made, one more at every write. Pass it to `update(id, data, { ifRevision })` so that the write does not
   * overwrite a change made since this record was read. Absent from a registry older than SDK 1.x.
   */
  revision?: number;
}

/** Options of `CollectionClient.update` and `remove`. */
export interface WriteOptions {
  /**
   * The `revision` of the record the call is based on (what the user saw). When the record has changed since, nothing
   * is written or deleted and the call rejects with `TOOLBOX_RECORD_CHANGED` (a `RecordChangedError`, holding the
   * record as it is now). Without it, the last write wins.
   */
  ifRevision?: number;
}

export interface ListOptions {
  limit?: number;
  offset?: number;
}

/** A filter of `CollectionClient.query`: the field, `eq` (any element of a list) or a range, and the value. */
export type RecordFilterOp = 'eq' | 'gt' | 'gte' | 'lt' | 'lte';
export interface RecordFilter {
  field: string;
  op: RecordFilterOp;
  value: string | number | boolean;
}

/** What `CollectionClient.query` asks for: filters, a sort on a field, a text search in some fields, a page. */
export interface RecordQuery extends ListOptions {
  filters?: RecordFilter[];
  sort?: { field: string; direction: 'asc' | 'desc' };
  search?: { text: string; fields: string[] };
}

/** One page of a query and how many records match it in all. */
export interface RecordPage<T = Record<string, unknown>> {
  items: DataRecord<T>[];
  total: number;
}

/** CRUD over one collection. Every call is checked by the server against the collection's schema. */
/** Options of `CollectionClient.stats`. */
export interface StatsOptions {
  /** A date field (`YYYY-MM-DD`) whose month counts a record in `byMonth`, instead of the month it was created. */
  monthBy?: string;
}

/**
 * The file of a real import going up to the registry, as `importRecords`' `onProgress` hears of it before the registry
 * can say anything: a 40 MB ledger with its photos takes a quarter of a minute on a committee's line.
 */
export interface ImportUploadProgress {
  phase: 'uploading';
  /** Bytes sent so far: they only grow, and the last report of the upload has all of them (`sent === total`). */
  sent: number;
  /** Bytes of the whole upload: the file and its multipart envelope (a few hundred bytes more than the file). */
  total: number;
}

/**
 * What `importRecords`' `onProgress` receives: the upload of the file (`uploading`, the desktop's own measure), then
 * what the registry answers while it reads, stores photos and writes (`ImportProgress`, the contract's wire type), in
 * that order and never back.
 */
export type ImportRecordsProgress = ImportUploadProgress | ImportProgress;

export interface CollectionClient<T = Record<string, unknown>> {
  list(options?: ListOptions): Promise<DataRecord<T>[]>;
  /**
   * What `list(options)` would give, when the host already holds it: the page it read at the click for a
   * `preloadData` collection, once that read is back. Taken once (repeated calls within the same task give the same
   * page, for React's double render in StrictMode); undefined otherwise. The SDK's hooks render it at once, so an app
   * opened with its data already here shows it in its first render. Optional: a host may not have it.
   */
  cached?(options?: ListOptions): DataRecord<T>[] | undefined;
  /**
   * A page of the records that match `query` (filters, sort, search; newest first without a sort), and how many match,
   * filtered by the server on indexed values. Optional: a host older than SDK 1.x may not have it.
   */
  query?(query: RecordQuery): Promise<RecordPage<T>>;
  /**
   * What `query(query)` would give, when the host already holds it: a form app's first list query, which the desktop
   * sends at the click, once that read is back and its parameters are the same. Taken once (again within the same
   * task, as `cached()`); undefined otherwise. Optional: a host may not have it.
   */
  cachedQuery?(query: RecordQuery): RecordPage<T> | undefined;
  /**
   * How many records there are, by the values of `field` (a status) and by month of creation (Asia/Shanghai), or with
   * `monthBy` by the month of that date field (a 登记日期, which an imported record has from its ledger).
   */
  stats?(field?: string, options?: StatsOptions): Promise<RecordStats>;
  /**
   * A URL that downloads the records matching `query` as Excel, CSV, or a ZIP of the Excel file and the records'
   * photos (`zip`) (form apps; absent in the test double).
   */
  exportUrl?(query: RecordQuery, format: ExportFormat, locale?: Locale): string;
  /**
   * Resolves when the export `exportUrl(query, format)` names would be sent, and sends nothing; rejects with the
   * refusal a download would get (`TOOLBOX_EXPORT_TOO_LARGE`, `TOOLBOX_EXPORT_PHOTOS_TOO_LARGE`), which a browser's
   * download shows only as a failure. Desktop only, as `exportUrl`.
   */
  checkExport?(query: RecordQuery, format: ExportFormat): Promise<void>;
  /**
   * Adds records from a spreadsheet (.xlsx or CSV whose first row names the fields by their labels, as an export
   * writes them) in the user's unit, every row or none (form apps; absent in the test double and on an older desktop).
   * `dryRun` checks the file and writes nothing. Resolves with the report, also when rows do not fit (then `imported`
   * is 0 and `problems` say which line, column and why, in `locale`); rejects with `ToolboxSdkError` when the file
   * cannot be read or is too large. `repeats` says what becomes of the rows the report warns may be in the ledger
   * already: added (`add`, the default), left out (`skip`) or written over the record with their value of the form's `matchBy` (else 身份证号) (`update`).
   * `choices` decides some of those rows one by one, by line (`{ 4: 'update', 9: 'add' }`), instead of `repeats`; each
   * warning of the report says what becomes of its row (`choice`).
   * `onProgress` (a real import only) says how far it is (`ImportRecordsProgress`): first the file going up, as its
   * bytes are sent (`uploading`: `sent` of `total`, the last with `sent === total`); then, once it is up, about once a
   * second the registry's own phase and the photos stored so far (`ImportProgress`), never the upload again. Either
   * may never come (a desktop that cannot measure the upload; a quick import; a registry that could not record it),
   * so show something without it too.
   */
  importRecords?(
    file: Blob,
    options: {
      dryRun: boolean;
      locale?: Locale;
      repeats?: ImportRepeatMode;
      choices?: Readonly<Record<number, ImportRepeatMode>>;
      onProgress?: (progress: ImportRecordsProgress) => void;
    },
  ): Promise<ImportReport>;
  /**
   * Who made and changed the record `id`, when, and which fields (never the values): newest first, the last 100. The
   * registry notes every write through the data API. Optional: absent in the test double and on an older desktop.
   */
  history?(id: string): Promise<RecordHistory>;
  /**
   * The records of the collection deleted in the last 30 days that the user could see, last deleted first, with who
   * deleted each and when it will be purged. Optional: absent in the test double and on an older desktop.
   */
  deleted?(options?: ListOptions): Promise<DeletedRecords>;
  /** Puts a deleted record back as it was (same id, unit and photos). Optional, as `deleted`. */
  restore?(id: string): Promise<DataRecord<T>>;
  /** Erases a deleted record and its photos now, before its 30 days are up. Optional, as `deleted`. */
  purge?(id: string): Promise<void>;
  get(id: string): Promise<DataRecord<T>>;
  create(data: T): Promise<DataRecord<T>>;
  /** Replaces the record's data; with `ifRevision`, only if nobody changed it since that revision (see WriteOptions). */
  update(id: string, data: T, options?: WriteOptions): Promise<DataRecord<T>>;
  /** Deletes the record; with `ifRevision`, only if nobody changed it since that revision (see WriteOptions). */
  remove(id: string, options?: WriteOptions): Promise<void>;
}

export interface ToolboxData {
  collection<T = Record<string, unknown>>(name: string): CollectionClient<T>;
}

/** What the host gives every app: the host API. */
export interface ToolboxContext {
  /** The host API version (SDK_API_VERSION of the host). */
  apiVersion: string;
  app: { id: string; version: string; name: LocalizedText };
  user: ToolboxUser;
  unit: ToolboxUnit;
  locale: Locale;
  /** Calls `listener` whenever the user switches language; returns the function that stops it. */
  onLocaleChange(listener: (locale: Locale) => void): () => void;
  /**
   * Goes to a path of the desktop (`/`, `/app/<id>`), or inside this app when the path starts with `./`. Anything else
   * (another site or origin, a `javascript:` URL, a path outside those) throws a `ToolboxSdkError` with the code
   * `TOOLBOX_NAVIGATE_REFUSED`.
   */
  navigate(to: string): void;
  notify(notice: Notice): void;
  data: ToolboxData;
  /** Counts an action of the app (`action:<name>` usage event). Never records time or content. */
  track(name: string): void;
  /** Photo uploads for form records (host API 1.1; absent on an older desktop). */
  files?: ToolboxFiles;
  /** The org tree: units, and the people of a unit (host API 1.1; absent on an older desktop). */
  org?: ToolboxOrg;
}

/** The single-spa props the host passes to `mount`/`unmount`. */
export interface LightAppProps {
  name: string;
  domElement: HTMLElement;
  toolbox: ToolboxContext;
}

/**
 * One entry of `GET /api/catalog`, as the contract (`@toolbox/sdk/api`, CatalogItemSchema) declares it: `entry` is the
 * absolute URL of the remote's entry, `preload` the other files opening the app needs, `previous` the earlier approved
 * versions (newest first) the host offers when the current one fails to load; `pending` (only in its owner's
 * catalogue) the newest version awaiting review, and `pendingOnly` marks an app with no approved version yet.
 */
export type CatalogItem = CatalogItemDto;

/** A version awaiting review, as its owner's catalogue offers it for trying. */
export type PendingVersion = NonNullable<CatalogItem['pending']>;

export type UsageEventType = 'open' | 'close' | 'load_error' | `action:${string}`;

/** One usage event as the host sends it. User and unit come from the session, never from here. */
export interface UsageEvent {
  id: string;
  app: string;
  type: UsageEventType;
  at: string;
}
