// A complete, restorable copy of a SQLite deployment, taken while the server keeps serving: the database through
// SQLite's online backup (a consistent snapshot, WAL included, which `cp` of a live file is not), then the data folder
// (bundles and photos). Written by hand over better-sqlite3's `backup()` and node:fs: the one backup tool an operator
// would otherwise reach for, the sqlite3 shell, is not installed on a plain Debian server, and rsync's --link-dest
// would need the same walk to find the previous copy.
import { copyFile, link, mkdir, readdir, rename, rm, stat, utimes } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import Database from 'better-sqlite3';
import { shanghaiDateTime } from '@toolbox/sdk';

export interface BackupOptions {
  /** `TOOLBOX_DB`: the SQLite file (a `postgres://` URL is refused: use pg_dump). */
  db: string;
  /** `TOOLBOX_DATA_DIR`: the bundles and, on SQLite, the photos (`.attachments/`). */
  dataDir: string;
  /** The folder that holds the backups, one `toolbox-YYYY-MM-DD-HHmmss` folder each. */
  target: string;
  /** How many backups to keep, this one included; older ones are removed. */
  keep: number;
  /** The clock the backup is named by (Asia/Shanghai). */
  now?: Date;
}

export interface BackupResult {
  /** The new backup's folder: `toolbox.db` and `files/` (a copy of the data folder). */
  dir: string;
  dbBytes: number;
  /** Files of the data folder in the backup; `linked` of them are hard links to the same file in the last backup. */
  files: number;
  linked: number;
  /** Older backups removed to keep `keep`. */
  removed: string[];
}

/** A backup that cannot be taken, with what to do (the CLI prints the message and exits 1). */
export class BackupError extends Error {}

const PREFIX = 'toolbox-';
const NAME = new RegExp(`^${PREFIX}\\d{4}-\\d{2}-\\d{2}-\\d{6}(-\\d+)?$`);
/** A `.part` file is a photo still being written (AttachmentContent): not part of any consistent state. */
const IN_PROGRESS = /\.part$/;

/** The backups in `target`, oldest first (their names sort by time). */
export async function listBackups(target: string): Promise<string[]> {
  if (!existsSync(target)) return [];
  return (await readdir(target, { withFileTypes: true }))
    .filter((e) => e.isDirectory() && NAME.test(e.name))
    .map((e) => e.name)
    .sort();
}

async function freeName(target: string, at: Date): Promise<string> {
  const base = `${PREFIX}${shanghaiDateTime(at, { seconds: true }).replace(' ', '-').replaceAll(':', '')}`;
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}-${n}`;
    if (!existsSync(join(target, name)) && !existsSync(join(target, `${name}.partial`))) return name;
  }
}

/** Copies `from` into `to`, file by file; a file the last backup holds unchanged (size and mtime) is hard-linked to it. */
async function copyTree(from: string, to: string, previous: string | undefined, counts: { files: number; linked: number }): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const dest = join(to, entry.name);
    const before = previous && join(previous, entry.name);
    if (entry.isDirectory()) {
      await copyTree(source, dest, before, counts);
      continue;
    }
    if (!entry.isFile() || IN_PROGRESS.test(entry.name)) continue;
    const info = await stat(source);
    counts.files++;
    const old = before ? await stat(before).catch(() => undefined) : undefined;
    // Within a millisecond: a time set through utimes loses the nanoseconds the filesystem keeps.
    if (old && old.size === info.size && Math.abs(old.mtimeMs - info.mtimeMs) < 1) {
      try {
        await link(before!, dest);
        counts.linked++;
        continue;
      } catch {
        // Another filesystem, or no hard links there: copy instead.
      }
    }
    await copyFile(source, dest);
    await utimes(dest, info.atimeMs / 1000, info.mtimeMs / 1000);
  }
}

/**
 * Takes a backup of a SQLite deployment into `target/toolbox-YYYY-MM-DD-HHmmss/`: `toolbox.db` (SQLite's online
 * backup, then checked with `quick_check`) and `files/` (the data folder). The database is copied first: a photo or
 * bundle written after the snapshot is in `files/` without a row naming it, which is harmless, while the other order
 * could leave a row naming a file the backup lacks. The folder is written as `….partial` and renamed when complete, so
 * a backup cut short never looks like one. Then only the newest `keep` backups are kept.
 */
export async function backup(options: BackupOptions): Promise<BackupResult> {
  if (/^postgres(ql)?:\/\//i.test(options.db)) {
    throw new BackupError('TOOLBOX_DB is a PostgreSQL database: back it up with pg_dump (the bundles and photos are in the database too)');
  }
  if (!existsSync(options.db)) throw new BackupError(`TOOLBOX_DB: there is no database at ${options.db}`);
  if (!Number.isInteger(options.keep) || options.keep < 1) throw new BackupError(`--keep: ${options.keep} is not a whole number of at least 1`);

  await mkdir(options.target, { recursive: true });
  const previous = (await listBackups(options.target)).at(-1);
  const name = await freeName(options.target, options.now ?? new Date());
  const partial = join(options.target, `${name}.partial`);
  const dir = join(options.target, name);
  try {
    await mkdir(partial);
    const copy = join(partial, 'toolbox.db');
    const source = new Database(options.db, { fileMustExist: true });
    try {
      source.pragma('busy_timeout = 5000');
      await source.backup(copy);
    } finally {
      source.close();
    }
    const check = new Database(copy, { readonly: true });
    let verdict: unknown;
    try {
      verdict = check.pragma('quick_check', { simple: true });
    } finally {
      check.close();
    }
    if (verdict !== 'ok') throw new BackupError(`the copy of the database failed SQLite's quick_check: ${String(verdict)}`);

    const counts = { files: 0, linked: 0 };
    if (existsSync(options.dataDir)) await copyTree(options.dataDir, join(partial, 'files'), previous && join(options.target, previous, 'files'), counts);
    else await mkdir(join(partial, 'files'));
    await rename(partial, dir);

    const all = await listBackups(options.target);
    const removed = all.slice(0, Math.max(0, all.length - options.keep));
    for (const old of removed) await rm(join(options.target, old), { recursive: true, force: true });
    return { dir, dbBytes: (await stat(join(dir, 'toolbox.db'))).size, ...counts, removed };
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw error;
  }
}

/** The backup's path relative to where the command ran, for its report. */
export function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}
