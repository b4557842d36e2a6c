/** Limits of a publish, of sign-in attempts and of memory. Defaults in one place (`DEFAULT_LIMITS`). */
export interface Limits {
  /** Total unpacked size of a bundle. */
  maxUnpackedBytes: number;
  /** Number of files in a bundle. */
  maxFiles: number;
  /** Size of the uploaded archive itself. */
  maxArchiveBytes: number;
  /** Login attempts per client address and minute. */
  loginPerMinute: number;
  /** Bytes of published files kept in memory for `/bundles/` (files up to 1 MB each); 0 keeps none. */
  bundleCacheBytes: number;
  /** Usage events per user and minute (`POST /api/usage`): three full batches of 500, a backlog and the pagehide beacon. */
  usageEventsPerMinute: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxUnpackedBytes: 20 * 1024 * 1024,
  maxFiles: 1000,
  maxArchiveBytes: 20 * 1024 * 1024,
  loginPerMinute: 20,
  bundleCacheBytes: 32 * 1024 * 1024,
  usageEventsPerMinute: 1500,
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
  logger?: boolean;
  /**
   * Behind a load balancer that terminates TLS: trust its X-Forwarded-Proto/Host so that entry and icon URLs get the
   * public scheme and host (else an https page would get http:// remotes). `true`, or the proxies' addresses.
   */
  trustProxy?: boolean | string;
  /** A fake clock for tests. */
  now?: () => Date;
  limits?: Partial<Limits>;
}
