import type { AuthUser } from '../auth/AuthUser.ts';
import { writeAudit } from '../audit/writeAudit.ts';
import { CatalogStore } from '../catalog/CatalogStore.ts';
import type { Db } from '../db/createDatabase.ts';
import type { AppStatus, AppsTable } from '../db/schema.ts';
import { Errors } from '../errors.ts';
import { appColumns, type DescriptiveFields } from './DescriptiveFields.ts';
import { saveVersionFields } from './versionFields.ts';

/**
 * Registers an app, active and without a version, owned by `owner`; audited app.register. The one way an app comes
 * to exist: by POST /api/apps, or by its first publish (`via: 'publish'`, inside the publish's transaction). The caller
 * bumps the catalogue generation when its transaction holds more.
 */
export async function registerApp(trx: Db, owner: AuthUser, fields: DescriptiveFields, now: Date, via?: 'publish'): Promise<void> {
  const at = now.toISOString();
  await trx
    .insertInto('apps')
    .values({
      id: fields.id,
      ...appColumns(fields),
      owner_user_id: owner.id,
      status: 'active',
      current_version: null,
      retire_on: null,
      deprecation_reason: null,
      replacement_id: null,
      retired_reason: null,
      retired_at: null,
      annual_cost: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await writeAudit(trx, { actor: owner, action: 'app.register', app: fields.id, toStatus: 'active', ...(via ? { details: { via } } : {}), at: now });
}

/** Edits an app's descriptive fields (and, for an admin, its yearly cost); audited app.update. */
export async function updateApp(
  db: Db,
  input: {
    actor: AuthUser;
    appId: string;
    currentVersion: string | null;
    fields: DescriptiveFields;
    annualCost?: number | null;
    annualCostBefore: number | null;
    changed: string[];
    reason: string | null;
    now: Date;
  },
): Promise<void> {
  const { appId, annualCost, now } = input;
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('apps')
      .set({ ...appColumns(input.fields), ...(annualCost !== undefined ? { annual_cost: annualCost } : {}), updated_at: now.toISOString() })
      .where('id', '=', appId)
      .execute();
    if (input.currentVersion) await saveVersionFields(trx, appId, input.currentVersion, input.fields);
    await writeAudit(trx, {
      actor: input.actor,
      action: 'app.update',
      app: appId,
      reason: input.reason,
      details: { fields: input.changed, ...(annualCost !== undefined ? { annualCost, before: input.annualCostBefore } : {}) },
      at: now,
    });
    await CatalogStore.bump(trx);
  });
}

/** Who an app passes between in a hand-over, as the audit keeps them. */
export interface Maintainer {
  id: string;
  username: string;
  name: string;
}

/**
 * Gives an app to another maintainer (its owner account); audited app.handover with both. The owner unit and contact,
 * the versions and the data stay as they are.
 */
export async function handOverApp(
  db: Db,
  input: { actor: AuthUser; appId: string; from: Maintainer | null; to: Maintainer; reason: string; now: Date },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('apps').set({ owner_user_id: input.to.id, updated_at: input.now.toISOString() }).where('id', '=', input.appId).execute();
    await writeAudit(trx, {
      actor: input.actor,
      action: 'app.handover',
      app: input.appId,
      reason: input.reason,
      details: { maintainer: { from: input.from, to: input.to } },
      at: input.now,
    });
    await CatalogStore.bump(trx);
  });
}

/**
 * Moves an app from one lifecycle status to another with the columns that go with it; audited. Fails with
 * TOOLBOX_INVALID_TRANSITION when another instance changed the status meanwhile, rather than overwrite it.
 */
export async function changeAppStatus(
  db: Db,
  input: { actor: AuthUser; appId: string; from: AppStatus; to: AppStatus; action: string; reason: string; set: Partial<AppsTable>; details: Record<string, unknown>; now: Date },
): Promise<void> {
  const { appId, from, to, action, now } = input;
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('apps')
      .set({ ...input.set, status: to, updated_at: now.toISOString() })
      .where('id', '=', appId)
      .where('status', '=', from)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw new Errors.INVALID_TRANSITION(action.replace('app.', ''), 'changing');
    await writeAudit(trx, { actor: input.actor, action, app: appId, fromStatus: from, toStatus: to, reason: input.reason, details: input.details, at: now });
    await CatalogStore.bump(trx);
  });
}
