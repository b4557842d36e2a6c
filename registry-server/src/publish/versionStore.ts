import type { AuthUser } from '../auth/AuthUser.ts';
import { writeAudit } from '../audit/writeAudit.ts';
import { appColumns } from '../apps/DescriptiveFields.ts';
import { versionFields } from '../apps/versionFields.ts';
import { CatalogStore } from '../catalog/CatalogStore.ts';
import type { Db } from '../db/createDatabase.ts';

export async function versionExists(db: Db, appId: string, version: string): Promise<boolean> {
  const row = await db.selectFrom('versions').select('version').where('app_id', '=', appId).where('version', '=', version).executeTakeFirst();
  return row !== undefined;
}

export async function readVersion(db: Db, appId: string, version: string) {
  return db.selectFrom('versions').selectAll().where('app_id', '=', appId).where('version', '=', version).executeTakeFirstOrThrow();
}

/** Every version of an app with who published and who reviewed it, in no particular order (the catalogue orders them). */
export async function listVersions(db: Db, appId: string) {
  return db
    .selectFrom('versions')
    .leftJoin('users', 'users.id', 'versions.published_by')
    .leftJoin('users as reviewer', 'reviewer.id', 'versions.reviewed_by')
    .selectAll('versions')
    .select(['users.username as publisher_username', 'reviewer.name as reviewer_name'])
    .where('versions.app_id', '=', appId)
    .execute();
}

/** Makes an approved version current again, with its own descriptive fields (name, visibility, owner…), not the newer version's. */
export async function rollbackToVersion(
  db: Db,
  input: { actor: AuthUser; appId: string; from: string | null; version: string; reason: string | null; now: Date },
): Promise<void> {
  const { actor, appId, version, now } = input;
  await db.transaction().execute(async (trx) => {
    const stored = await trx.selectFrom('versions').select(['fields', 'manifest']).where('app_id', '=', appId).where('version', '=', version).executeTakeFirstOrThrow();
    await trx
      .updateTable('apps')
      .set({ ...appColumns(versionFields(stored)), current_version: version, updated_at: now.toISOString() })
      .where('id', '=', appId)
      .execute();
    await writeAudit(trx, { actor, action: 'version.rollback', app: appId, reason: input.reason, details: { from: input.from, to: version }, at: now });
    await CatalogStore.bump(trx);
  });
}
