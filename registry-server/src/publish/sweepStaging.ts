import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Staging directories older than this are leftovers of a crash; younger ones may be another instance's publish. */
const STALE_MS = 3600 * 1000;

/**
 * Removes leftover staging directories under `<dataDir>/.tmp` at start-up. `alone`: no other instance shares the data
 * dir (SQLite is one process), so every staging folder is a leftover; else only stale ones are.
 */
export async function sweepStaging(dataDir: string, now: Date, alone: boolean): Promise<void> {
  const root = join(dataDir, '.tmp');
  const names = await readdir(root).catch(() => [] as string[]);
  for (const name of names) {
    const path = join(root, name);
    const info = await stat(path).catch(() => undefined);
    if (info && (alone || now.getTime() - info.mtimeMs > STALE_MS)) await rm(path, { recursive: true, force: true });
  }
}
