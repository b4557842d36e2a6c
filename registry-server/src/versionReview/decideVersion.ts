import { appColumns } from '../apps/DescriptiveFields.ts';
import { versionFields } from '../apps/versionFields.ts';
import type { AuthUser } from '../auth/AuthUser.ts';
import { writeAudit } from '../audit/writeAudit.ts';
import { CatalogStore } from '../catalog/CatalogStore.ts';
import { effectiveStatus } from '../catalog/effectiveStatus.ts';
import type { Db } from '../db/createDatabase.ts';
import { Errors } from '../errors.ts';
import { inChinese } from '../lib/defineError.ts';
import { shanghaiDay } from '@toolbox/sdk';

export type Decision = 'approve' | 'reject';

/**
 * Approves a pending version (it becomes current, and the app takes the name, visibility and other descriptive
 * fields of its manifest, which a pending version never changes) or rejects it (it never becomes current).
 * One transaction; the status is checked again in the update itself, so of two reviewers racing, one gets 409.
 */
export async function decideVersion(
  db: Db,
  reviewer: AuthUser,
  target: { appId: string; version: string; decision: Decision; reason: string | null },
  now: Date,
  /** Runs in the transaction that makes an approved version current (a form version moving retired values). */
  whenLive?: (trx: Db) => Promise<unknown>,
): Promise<void> {
  const { appId, version, decision, reason } = target;
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    const app = await trx.selectFrom('apps').select(['id', 'status', 'retire_on', 'current_version']).where('id', '=', appId).executeTakeFirst();
    if (!app) throw new Errors.APP_NOT_FOUND(appId);
    const row = await trx
      .selectFrom('versions')
      .select(['status', 'published_by', 'manifest', 'fields'])
      .where('app_id', '=', appId)
      .where('version', '=', version)
      .executeTakeFirst();
    if (!row) throw new Errors.VERSION_NOT_FOUND(appId, version);
    if (row.status !== 'pending') {
      throw inChinese(new Errors.VERSION_NOT_PENDING(decision, `version ${version} of "${appId}"`, row.status), `版本 ${version} 已经审核过了（可能是别人先处理了），请刷新列表。`);
    }
    // Four eyes: a reviewer does not pass their own code. Admins may (they can publish as trusted anyway).
    if (reviewer.role === 'reviewer' && row.published_by === reviewer.id) {
      throw inChinese(
        new Errors.FORBIDDEN(`You published version ${version} of "${appId}" yourself: another reviewer or an admin must review it`),
        `版本 ${version} 是你自己发布的，须由另一位审核员或管理员审核。`,
      );
    }
    if (decision === 'approve' && effectiveStatus(app, shanghaiDay(now)) === 'retired') throw new Errors.APP_RETIRED(appId);
    const result = await trx
      .updateTable('versions')
      .set({ status: decision === 'approve' ? 'approved' : 'rejected', reviewed_by: reviewer.id, reviewed_at: at, review_reason: reason })
      .where('app_id', '=', appId)
      .where('version', '=', version)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) {
      throw inChinese(new Errors.VERSION_NOT_PENDING(decision, `version ${version} of "${appId}"`, 'being reviewed by someone else'), `版本 ${version} 正由别人审核，请刷新列表。`);
    }
    if (decision === 'approve') {
      await trx
        .updateTable('apps')
        .set({ ...appColumns(versionFields(row)), current_version: version, updated_at: at })
        .where('id', '=', appId)
        .execute();
      await whenLive?.(trx);
    }
    await writeAudit(trx, {
      actor: reviewer,
      action: decision === 'approve' ? 'version.approve' : 'version.reject',
      app: appId,
      fromStatus: 'pending',
      toStatus: decision === 'approve' ? 'approved' : 'rejected',
      reason,
      details: { version, ...(decision === 'approve' ? { previousVersion: app.current_version } : {}) },
      at: now,
    });
    await CatalogStore.bump(trx);
  });
}
