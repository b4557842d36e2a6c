import { mkdir, rename, rm, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from '../db/createDatabase.ts';
import type { Engine } from '../db/dialect.ts';
import { Errors } from '../errors.ts';
import { crashPoint } from './crashPoint.ts';
import { withPublishLock } from './publishLock.ts';

export interface Placement {
  db: Db;
  engine: Engine;
  dataDir: string;
  app: string;
  version: string;
  /** The verified bundle in the staging folder. */
  stagedDir: string;
  /** Records the version (commitVersion); throws to undo the placement. */
  commit: () => Promise<unknown>;
}

/**
 * Moves a staged bundle to `<dataDir>/<app>/<version>` and commits its row, so that a crash at any point leaves the
 * whole version or nothing that blocks a retry. The row is the truth: under the publish lock, a folder without a row
 * can only be a crash's leftover (whoever placed it held this lock, and dies or commits before releasing it), so it is
 * removed and the publish goes on. The rename is atomic on one filesystem: a version folder is complete or absent.
 */
export async function placeVersion(p: Placement): Promise<void> {
  const appDir = join(p.dataDir, p.app);
  const finalDir = join(appDir, p.version);
  await withPublishLock(p.db, p.engine, p.app, p.version, async () => {
    const row = await p.db.selectFrom('versions').select('version').where('app_id', '=', p.app).where('version', '=', p.version).executeTakeFirst();
    if (row) throw new Errors.VERSION_EXISTS(p.app, p.version);
    await rm(finalDir, { recursive: true, force: true });
    await mkdir(appDir, { recursive: true });
    await rename(p.stagedDir, finalDir);
    crashPoint('after-rename');
    try {
      crashPoint('before-commit');
      await p.commit();
      crashPoint('after-commit');
    } catch (error) {
      await rm(finalDir, { recursive: true, force: true });
      // The app's folder too, when this publish created it and nothing else is in it (rmdir refuses a non-empty one).
      await rmdir(appDir).catch(() => undefined);
      throw error;
    }
  });
}
