import { readdir, rm, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from '../db/createDatabase.ts';
import type { Engine } from '../db/dialect.ts';
import { tryPublishLock } from './publishLock.ts';
import { sweepStaging } from './sweepStaging.ts';

async function subdirectories(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name);
}

/**
 * At start-up: removes version folders that have no row (a crash between placing a folder and committing its row
 * left them; they are not served and would only confuse a reader of the data dir) and leftover staging folders.
 * A folder another instance is placing right now is left alone: it holds that version's publish lock.
 * Returns the removed folders as `app/version`.
 */
export async function reconcileBundles(db: Db, engine: Engine, dataDir: string, now: Date): Promise<string[]> {
  await sweepStaging(dataDir, now, engine === 'sqlite');
  const rows = await db.selectFrom('versions').select(['app_id', 'version']).execute();
  const known = new Set(rows.map((r) => `${r.app_id}/${r.version}`));
  const removed: string[] = [];
  for (const app of await subdirectories(dataDir)) {
    for (const version of await subdirectories(join(dataDir, app))) {
      if (known.has(`${app}/${version}`)) continue;
      const gone = await tryPublishLock(db, engine, app, version, async () => {
        const row = await db.selectFrom('versions').select('version').where('app_id', '=', app).where('version', '=', version).executeTakeFirst();
        if (row) return false;
        await rm(join(dataDir, app, version), { recursive: true, force: true });
        return true;
      });
      if (gone) removed.push(`${app}/${version}`);
    }
    await rmdir(join(dataDir, app)).catch(() => undefined);
  }
  return removed;
}
