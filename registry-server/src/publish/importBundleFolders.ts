import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { Db } from '../db/createDatabase.ts';
import type { Engine } from '../db/dialect.ts';
import { tryPublishLock } from './publishLock.ts';
import { writeBundleFiles } from './writeBundleFiles.ts';

/**
 * Moving a PostgreSQL deployment from the shared bundle folder to the database: at start-up, each bundle version that
 * has a row but no stored files is imported from `<dataDir>/<app>/<version>`, every file checked against the sha256
 * recorded at its publish, in one transaction per version. A version whose folder is absent or does not match stays
 * unserved and is reported (the operator copies the folder into the data dir and restarts). Instances starting at
 * once split the work: a version another instance is importing (it holds the version's lock) is left to it.
 */
export async function importBundleFolders(db: Db, engine: Engine, dataDir: string): Promise<{ imported: string[]; missing: { version: string; reason: string }[] }> {
  const rows = await db
    .selectFrom('versions')
    .select(['app_id', 'version', 'files'])
    .where('kind', 'in', ['bundle', 'form'])
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('bundle_files')
            .select(sql`1`.as('one'))
            .whereRef('bundle_files.app_id', '=', 'versions.app_id')
            .whereRef('bundle_files.version', '=', 'versions.version'),
        ),
      ),
    )
    .execute();
  const imported: string[] = [];
  const missing: { version: string; reason: string }[] = [];
  for (const row of rows) {
    const name = `${row.app_id}/${row.version}`;
    const dir = join(dataDir, row.app_id, row.version);
    const files = JSON.parse(row.files) as Record<string, string>;
    try {
      const done = await tryPublishLock(db, engine, row.app_id, row.version, async () => {
        const stored = await db.selectFrom('bundle_files').select('part').where('app_id', '=', row.app_id).where('version', '=', row.version).executeTakeFirst();
        if (stored) return false;
        if (!(await stat(dir).catch(() => undefined))?.isDirectory()) throw new Error(`no folder ${dir} to import its files from`);
        await db.transaction().execute((trx) => writeBundleFiles(trx, row.app_id, row.version, dir, files));
        return true;
      });
      if (done) imported.push(name);
    } catch (error) {
      missing.push({ version: name, reason: (error as Error).message });
    }
  }
  return { imported, missing };
}
