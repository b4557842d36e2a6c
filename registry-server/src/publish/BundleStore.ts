import type { Readable } from 'node:stream';
import type { Db } from '../db/createDatabase.ts';

/** Files up to this size are read as one buffer (and may be kept in memory); bigger ones are streamed. */
export const STREAM_ABOVE_BYTES = 1024 * 1024;

/** A stored file: its bytes at once when small (≤ STREAM_ABOVE_BYTES), else a stream that reads them on demand. */
export type StoredBundleFile = { size: number; body: Buffer } | { size: number; stream: () => Readable };

export interface BundlePlacement {
  app: string;
  version: string;
  /** The verified bundle in the staging folder. */
  stagedDir: string;
  /** Every file of the bundle → sha256 (hex). */
  files: Record<string, string>;
  /**
   * Records the version (commitVersion) in one transaction, calling `storeFiles` inside it when given: a store that
   * keeps the files in the database writes them there, so the files and the row commit or roll back together.
   * Throws to undo the placement.
   */
  commit: (storeFiles?: (trx: Db) => Promise<void>) => Promise<unknown>;
}

/** What the start-up found and did (reconcile). */
export interface BundleReconcileReport {
  /** File store: version folders without a row that were removed (`app/version`). */
  removed: string[];
  /** Database store: versions imported from `<dataDir>/<app>/<version>` (a deployment that kept bundles on disk). */
  imported: string[];
  /** Database store: versions that have a row but no stored files and no complete folder to import: not served. */
  missing: { version: string; reason: string }[];
}

/**
 * Where published files live: the file store under TOOLBOX_DATA_DIR (SQLite, one instance) or the database
 * (PostgreSQL, so that instances share nothing else). A version's files never change once placed.
 */
export interface BundleStore {
  readonly kind: 'files' | 'database';
  /** Places a staged version and commits its row so that a crash at any point leaves the whole version or nothing. */
  place(p: BundlePlacement): Promise<void>;
  /** A published file's bytes; undefined when the store has no such file. */
  read(app: string, version: string, path: string): Promise<StoredBundleFile | undefined>;
  /** A published file's size in bytes; undefined when the store has no such file. */
  size(app: string, version: string, path: string): Promise<number | undefined>;
  /** At start-up, before anything is served: repairs what a crash or an older release left. */
  reconcile(now: Date): Promise<BundleReconcileReport>;
}
