import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from '../db/createDatabase.ts';
import type { BundleFilesTable } from '../db/schema.ts';
import { STREAM_ABOVE_BYTES } from './BundleStore.ts';

/** A stored part holds at most this many bytes, so a file small enough to keep in memory is one row. */
export const PART_BYTES = STREAM_ABOVE_BYTES;
/** Rows are inserted in batches of about this many bytes (or rows): one round trip for a dozen small files. */
const BATCH_BYTES = 1024 * 1024;
const BATCH_ROWS = 200;

/**
 * Writes the files of one version from `dir` into `bundle_files`, through `db` (the version's transaction). Each file
 * is read one part at a time, so memory stays within a batch whatever the bundle's size, and its sha256 is checked
 * against `files`: an import from an old data dir never stores bytes other than those published.
 */
export async function writeBundleFiles(db: Db, app: string, version: string, dir: string, files: Record<string, string>): Promise<void> {
  let batch: BundleFilesTable[] = [];
  let batchBytes = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await db.insertInto('bundle_files').values(batch).execute();
    batch = [];
    batchBytes = 0;
  };
  for (const [path, sha256] of Object.entries(files)) {
    const handle = await open(join(dir, path), 'r');
    try {
      const { size } = await handle.stat();
      const hash = createHash('sha256');
      const parts = Math.max(1, Math.ceil(size / PART_BYTES));
      for (let part = 0; part < parts; part++) {
        const length = Math.min(PART_BYTES, size - part * PART_BYTES);
        const content = Buffer.alloc(length);
        const { bytesRead } = await handle.read(content, 0, length, part * PART_BYTES);
        if (bytesRead !== length) throw new Error(`bundle file ${app}/${version}/${path} changed while it was stored`);
        hash.update(content);
        batch.push({ app_id: app, version, path, part, size, sha256, content });
        batchBytes += length;
        if (batchBytes >= BATCH_BYTES || batch.length >= BATCH_ROWS) await flush();
      }
      // Checked once every part is written: a mismatch throws, and the transaction takes the rows back.
      if (hash.digest('hex') !== sha256) throw new Error(`bundle file ${app}/${version}/${path} does not have the sha256 recorded for it`);
    } finally {
      await handle.close();
    }
  }
  await flush();
}
