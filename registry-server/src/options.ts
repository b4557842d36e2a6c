import { EXPORT_PHOTO_BYTES, EXPORT_ROW_LIMIT } from '@toolbox/sdk/api';
import type { SsoOptions } from './sso/SsoOptions.ts';

/** Limits of a publish, of sign-in attempts and of memory. Defaults in one place (`DEFAULT_LIMITS`). */
export interface Limits {
  /**
   * Uncompressed bytes an archive may unpack to (the tar stream, headers included, for a .tgz; the entries for a
   * .zip): `unpackedPerUploadByte` × the upload, at least `minUnpackedBytes`, at most `maxUnpackedBytes`. Real bundles
   * unpack to about 3.5× their .tgz; the floor lets a tiny bundle of small, very compressible files through.
   */
  maxUnpackedBytes: number;
  unpackedPerUploadByte: number;
  minUnpackedBytes: number;
  /** Entries of every kind in an archive (files, folders, links…): folders cost disk and time too. */
  maxEntries: number;
  /** Wall-clock time the worker thread may spend unpacking an archive before it is terminated. */
  archiveTimeoutMs: number;
  /**
   * Memory (V8's old generation, in MB) of the worker thread that reads a spreadsheet upload (the roster, a form app's
   * records, the designer's 从 Excel 表格开始); a file that needs more is refused as too large.
   */
  sheetMemoryMb: number;
  /** Wall-clock time that thread may spend on one file before it is terminated and the file refused as too large. */
  sheetTimeoutMs: number;
  /** Size of the uploaded archive itself. */
  maxArchiveBytes: number;
  /** Failed sign-ins (wrong password or unknown user, token mints included) per client address and minute. */
  loginPerMinute: number;
  /** Failed sign-ins per user name and 15 minutes, whatever the address. */
  loginPerUsername: number;
  /** Failed sign-ins of everyone together per hour. */
  loginGlobalPerHour: number;
  /** Bytes of published files kept in memory for `/bundles/` (files up to 1 MB each); 0 keeps none. */
  bundleCacheBytes: number;
  /** Bytes the registry reads of an external entry at publish (it digests the entry, as the host checks it). */
  externalEntryBytes: number;
  /** Wall-clock time the fetch of an external entry at publish may take, answer included. */
  externalEntryTimeoutMs: number;
  /** Usage events per user and minute (`POST /api/usage`): three full batches of 500, a backlog and the pagehide beacon. */
  usageEventsPerMinute: number;
  /** Rows one export of a collection may hold (`…/data/:collection/export`); more are refused, TOOLBOX_EXPORT_TOO_LARGE. */
  exportRows: number;
  /** Bytes of photos one export with photos (`format=zip`) may carry; more are refused, TOOLBOX_EXPORT_PHOTOS_TOO_LARGE. */
  exportPhotoBytes: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxUnpackedBytes: 100 * 1024 * 1024,
  unpackedPerUploadByte: 5,
  minUnpackedBytes: 1024 * 1024,
  maxEntries: 1000,
  archiveTimeoutMs: 10_000,
  sheetMemoryMb: 512,
  sheetTimeoutMs: 30_000,
  maxArchiveBytes: 20 * 1024 * 1024,
  loginPerMinute: 20,
  loginPerUsername: 10,
  loginGlobalPerHour: 1000,
  bundleCacheBytes: 32 * 1024 * 1024,
  usageEventsPerMinute: 1500,
  externalEntryBytes: 5 * 1024 * 1024,
  externalEntryTimeoutMs: 10_000,
  exportRows: EXPORT_ROW_LIMIT,
  exportPhotoBytes: EXPORT_PHOTO_BYTES,
};

export interface BuildAppOptions {
  /** A SQLite file path (`:memory:` works too) or a `postgres://` URL. */
  db: string;
  /** Where published bundles are stored (shared by every instance). */
  dataDir: string;
  /** Seed the demo org tree and users when the database has no users. */
  demo?: boolean;
  /** Creates the user `admin` with this password when there are no users (non-demo). */
  adminPassword?: string;
  /** A built host to serve at `/`, with an SPA fallback to index.html for non-asset paths. */
  hostDir?: string;
  /** Fastify's logger: `true` (the CLI: JSON lines on stdout), or pino's options (a test reads what is logged through `stream`). */
  logger?: boolean | { level?: string; stream?: NodeJS.WritableStream };
  /**
   * The addresses of the proxies in front (a comma-separated list of addresses and CIDR ranges, `loopback` for
   * 127.0.0.0/8 and ::1): only from them are X-Forwarded-For/-Proto/-Host believed, so the client address the login
   * limits count and the origin the Origin check compares with cannot be forged by anyone else. `true` believes every
   * sender; the CLI never passes it (TOOLBOX_TRUST_PROXY=1 means `loopback`).
   */
  trustProxy?: boolean | string;
  /** A fake clock for tests. */
  now?: () => Date;
  /**
   * Fetch the entry of an app deployed elsewhere at publish and record its sha256 (the host then refuses a changed
   * entry). Default true. False records no hash, so the host loads whatever the URL serves: only for the demo's
   * never-opened apps and for test suites that predate the check (their entries point at hosts that do not exist).
   */
  fetchExternalEntries?: boolean;
  limits?: Partial<Limits>;
  /**
   * The id of the app that renders every form app (plugins/form-runtime, published like any app). A form app can be
   * published only while this app has a current approved version; its versions name it as their runtime. Default
   * `form-runtime`.
   */
  formRuntime?: string;
  /** Single sign-on (OpenID Connect) and the password sign-in switch; unset: passwords only. */
  sso?: SsoOptions;
}

/** A setting the server refuses to start with; cli.ts prints its message alone (no stack) and exits with 1. */
export class StartupError extends Error {
  override name = 'StartupError';
}
