import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { approveVersion, getReviewQueue, getTrustedUnits, getVersionDiff, putTrustedUnits, rejectVersion } from '@toolbox/sdk/api';
import type { AuthUser } from '../auth/AuthUser.ts';
import { isOwnerOrAdmin } from '../apps/access.ts';
import { Errors } from '../errors.ts';
import { formWhenLive } from '../forms/formWhenLive.ts';
import { decideVersion, type Decision } from '../versionReview/decideVersion.ts';
import { loadReviewQueue } from '../versionReview/reviewQueue.ts';
import { readTrustedUnits, setTrustedUnits } from '../versionReview/trustedUnits.ts';
import { versionDiff } from '../versionReview/versionDiff.ts';

/**
 * Review before live (上架审核): the queue, what a version changes, approve and reject, and the owner units whose
 * publishes skip review. Reviewers judge a version by its diff; no desktop but its owner's ever runs its code.
 */
const versionReviewRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const reviewers = app.requireRole('admin', 'reviewer');

  async function decide(id: string, version: string, decision: Decision, reason: string | null, user: AuthUser) {
    const whenLive = decision === 'approve' ? await formWhenLive(app, id, version) : undefined;
    await decideVersion(app.db, user, { appId: id, version, decision, reason }, app.now(), whenLive);
    const snapshot = await app.catalog.snapshot();
    const found = snapshot.apps.get(id);
    return { appId: id, version, status: decision === 'approve' ? 'approved' : 'rejected', currentVersion: found?.row.current_version ?? null };
  }

  app.post(
    approveVersion.url,
    { preHandler: reviewers, schema: approveVersion.schema },
    async (request) => {
      const reason = request.body?.reason?.trim() || null;
      return decide(request.params.id, request.params.version, 'approve', reason, request.user!);
    },
  );

  app.post(
    rejectVersion.url,
    { preHandler: reviewers, schema: rejectVersion.schema },
    async (request) => decide(request.params.id, request.params.version, 'reject', request.body.reason.trim(), request.user!),
  );

  app.get(
    getReviewQueue.url,
    { preHandler: reviewers, schema: getReviewQueue.schema },
    async () => ({ items: await loadReviewQueue(app.db, app.org) }),
  );

  app.get(
    getVersionDiff.url,
    { preHandler: app.requireUser, schema: getVersionDiff.schema },
    async (request) => {
      const user = request.user!;
      const snapshot = await app.catalog.snapshot();
      const found = snapshot.apps.get(request.params.id);
      if (!found) throw new Errors.APP_NOT_FOUND(request.params.id);
      if (user.role !== 'reviewer' && !isOwnerOrAdmin(user, found)) {
        throw new Errors.FORBIDDEN(`Only an admin, a reviewer or the owner of "${found.row.id}" may read its diffs`);
      }
      return versionDiff(app.db, app.bundles, found.row.id, request.params.version, found.row.current_version);
    },
  );

  app.get(
    getTrustedUnits.url,
    { preHandler: reviewers, schema: getTrustedUnits.schema },
    async () => ({ units: (await readTrustedUnits(app.db)).map((id) => ({ id, name: app.org.get(id)?.name ?? id })) }),
  );

  app.put(
    putTrustedUnits.url,
    { preHandler: app.requireRole('admin'), schema: putTrustedUnits.schema },
    async (request) => {
      const { units, reason } = request.body;
      for (const [i, id] of units.entries()) if (!app.org.get(id)) throw new Errors.UNIT_NOT_FOUND(`body/units/${i}`, id);
      await setTrustedUnits(app.db, { actor: request.user!, units, reason: reason.trim(), now: app.now() });
      return { units: units.map((id) => ({ id, name: app.org.get(id)?.name ?? id })) };
    },
  );
};

export default versionReviewRoutes;
