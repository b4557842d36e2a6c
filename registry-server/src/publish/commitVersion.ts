import type { Manifest } from '@toolbox/sdk';
import type { AuthUser } from '../auth/AuthUser.ts';
import { writeAudit } from '../audit/writeAudit.ts';
import { registerApp } from '../apps/appStore.ts';
import { appColumns } from '../apps/DescriptiveFields.ts';
import { CatalogStore } from '../catalog/CatalogStore.ts';
import type { Db } from '../db/createDatabase.ts';
import { isUniqueViolation } from '../db/dialect.ts';
import { Errors } from '../errors.ts';
import { isTrustedPublisher, readTrustedUnits } from '../versionReview/trustedUnits.ts';
import { sriFromHex } from './hashTree.ts';

export interface NewVersion {
  manifest: Manifest;
  kind: 'bundle' | 'external' | 'form';
  /** Bundle: the entry file inside it. External: the absolute URL. Form: the id of the runtime app that renders it. */
  entry: string;
  files: Record<string, string>;
  /** Bundle only: the checked manifest.preload (paths inside the bundle); undefined when not given. */
  preload?: string[];
  /** Bundle and form: writes the files in the version's transaction (the database bundle store); see BundleStore.place. */
  storeFiles?: (trx: Db) => Promise<void>;
  /** External only: `sha256-<base64>` of the entry as fetched at publish (fetchExternalEntry); the host checks it. */
  entryIntegrity?: string;
  /** Form only: runs in the version's transaction when it goes live at once (a trusted unit), e.g. moving retired values. */
  whenLive?: (trx: Db) => Promise<unknown>;
}

/**
 * Records a published version in one transaction: registers the app on its first publish (the publisher owns it),
 * inserts the version as `pending`, audits. Making a version current is a trust decision (docs/security.md), so the
 * current version and the app's descriptive fields (name, visibility, …) change only when a reviewer approves it;
 * unless the publisher's unit is trusted, when it is approved and made current at once, as before review existed.
 * Ownership is checked again inside the transaction, so a race cannot slip past it.
 * Returns the status the version was recorded with.
 */
export async function commitVersion(db: Db, user: AuthUser, v: NewVersion, now: Date): Promise<'pending' | 'approved'> {
  const { manifest } = v;
  const at = now.toISOString();
  const status = isTrustedPublisher(await readTrustedUnits(db), user) ? 'approved' : 'pending';
  try {
    await db.transaction().execute(async (trx) => {
      const existing = await trx.selectFrom('apps').select(['owner_user_id', 'status']).where('id', '=', manifest.id).executeTakeFirst();
      if (!existing) {
        await registerApp(trx, user, manifest, now, 'publish');
      } else if (user.role !== 'admin' && existing.owner_user_id !== user.id) {
        throw new Errors.FORBIDDEN(`Only the owner of "${manifest.id}" or an admin may publish it`);
      }
      await trx
        .insertInto('versions')
        .values({
          app_id: manifest.id,
          version: manifest.version,
          kind: v.kind,
          manifest: JSON.stringify(manifest),
          entry: v.entry,
          entry_integrity: v.kind === 'bundle' ? (v.files[v.entry] ? sriFromHex(v.files[v.entry]!) : null) : (v.entryIntegrity ?? null),
          files: JSON.stringify(v.files),
          sdk: manifest.sdk,
          changelog: manifest.changelog ?? null,
          preload: v.kind === 'bundle' && v.preload ? JSON.stringify(v.preload) : null,
          // An empty list asks the host for nothing, so it is stored as none (unlike `preload`, where [] means "only the entry").
          preload_data: manifest.preloadData?.length ? JSON.stringify(manifest.preloadData) : null,
          published_by: user.id,
          published_at: at,
          fields: null,
          status,
          reviewed_by: null,
          reviewed_at: status === 'approved' ? at : null,
          review_reason: status === 'approved' ? 'trusted unit' : null,
        })
        .execute();
      await v.storeFiles?.(trx);
      if (status === 'approved') {
        await trx
          .updateTable('apps')
          .set({ ...(existing ? appColumns(manifest) : {}), current_version: manifest.version, updated_at: at })
          .where('id', '=', manifest.id)
          .execute();
        await v.whenLive?.(trx);
      }
      await writeAudit(trx, {
        actor: user,
        action: 'version.publish',
        app: manifest.id,
        details: { version: manifest.version, kind: v.kind, files: Object.keys(v.files).length, status, ...(status === 'approved' ? { trustedUnit: true } : {}) },
        at: now,
      });
      await CatalogStore.bump(trx);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new Errors.VERSION_EXISTS(manifest.id, manifest.version);
    throw error;
  }
  return status;
}
