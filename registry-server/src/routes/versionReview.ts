import type { FastifyPluginAsync } from 'fastify';
import type { AuthUser } from '../auth/AuthUser.ts';
import { Errors } from '../errors.ts';
import { appIdParams } from '../lib/schemas.ts';
import { decideVersion, type Decision } from '../versionReview/decideVersion.ts';
import { loadReviewQueue } from '../versionReview/reviewQueue.ts';
import { readTrustedUnits, setTrustedUnits } from '../versionReview/trustedUnits.ts';
import { versionDiff } from '../versionReview/versionDiff.ts';

const versionParams = {
  type: 'object',
  required: ['id', 'version'],
  properties: { id: appIdParams.properties.id, version: { type: 'string', minLength: 1, maxLength: 256 } },
} as const;

interface VersionParams {
  id: string;
  version: string;
}

/**
 * Review before live (上架审核): the queue, what a version changes, approve and reject, and the owner units whose
 * publishes skip review. Reviewers judge a version by its diff; no desktop but its owner's ever runs its code.
 */
const versionReviewRoutes: FastifyPluginAsync = async (app) => {
  const reviewers = app.requireRole('admin', 'reviewer');

  async function decide(id: string, version: string, decision: Decision, reason: string | null, user: AuthUser) {
    await decideVersion(app.db, user, { appId: id, version, decision, reason }, app.now());
    const snapshot = await app.catalog.snapshot();
    const found = snapshot.apps.get(id);
    return { appId: id, version, status: decision === 'approve' ? 'approved' : 'rejected', currentVersion: found?.row.current_version ?? null };
  }

  app.post<{ Params: VersionParams; Body: { reason?: string } }>(
    '/api/apps/:id/versions/:version/approve',
    {
      preHandler: reviewers,
      schema: {
        tags: ['review'],
        summary: 'Approves a pending version and makes it current (admin, reviewer); audited version.approve',
        description: 'Not pending: 409 TOOLBOX_INVALID_TRANSITION. A reviewer approving a version they published: 403.',
        params: versionParams,
        body: { type: 'object', properties: { reason: { type: 'string', maxLength: 1000 } }, additionalProperties: false },
      },
    },
    async (request) => {
      const reason = request.body?.reason?.trim() || null;
      return decide(request.params.id, request.params.version, 'approve', reason, request.user!);
    },
  );

  app.post<{ Params: VersionParams; Body: { reason: string } }>(
    '/api/apps/:id/versions/:version/reject',
    {
      preHandler: reviewers,
      schema: {
        tags: ['review'],
        summary: 'Rejects a pending version, with a reason (admin, reviewer); it never becomes current; audited version.reject',
        params: versionParams,
        body: {
          type: 'object',
          required: ['reason'],
          properties: { reason: { type: 'string', minLength: 1, maxLength: 1000, pattern: '\\S' } },
          additionalProperties: false,
        },
      },
    },
    async (request) => decide(request.params.id, request.params.version, 'reject', request.body.reason.trim(), request.user!),
  );

  app.get(
    '/api/review-queue',
    {
      preHandler: reviewers,
      schema: { tags: ['review'], summary: 'Every pending version, oldest first (admin, reviewer)' },
    },
    async () => ({ items: await loadReviewQueue(app.db, app.org) }),
  );

  app.get<{ Params: VersionParams }>(
    '/api/apps/:id/versions/:version/diff',
    {
      preHandler: app.requireUser,
      schema: {
        tags: ['review'],
        summary: "What a version changes against the app's current one (admin, reviewer, the app's owner)",
        params: versionParams,
      },
    },
    async (request) => {
      const user = request.user!;
      const snapshot = await app.catalog.snapshot();
      const found = snapshot.apps.get(request.params.id);
      if (!found) throw new Errors.APP_NOT_FOUND(request.params.id);
      const isOwner = user.role === 'developer' && found.row.owner_user_id === user.id;
      if (user.role !== 'admin' && user.role !== 'reviewer' && !isOwner) {
        throw new Errors.FORBIDDEN(`Only an admin, a reviewer or the owner of "${found.row.id}" may read its diffs`);
      }
      return versionDiff(app.db, app.bundles, found.row.id, request.params.version, found.row.current_version);
    },
  );

  app.get(
    '/api/review/trusted-units',
    {
      preHandler: reviewers,
      schema: { tags: ['review'], summary: 'The owner units whose publishes are approved at once, without review (admin, reviewer)' },
    },
    async () => ({ units: (await readTrustedUnits(app.db)).map((id) => ({ id, name: app.org.get(id)?.name ?? id })) }),
  );

  app.put<{ Body: { units: string[]; reason: string } }>(
    '/api/review/trusted-units',
    {
      preHandler: app.requireRole('admin'),
      schema: {
        tags: ['review'],
        summary: 'Sets the owner units whose publishes skip review (admin); audited review.trust',
        body: {
          type: 'object',
          required: ['units', 'reason'],
          properties: {
            units: { type: 'array', maxItems: 200, uniqueItems: true, items: { type: 'string', minLength: 1, maxLength: 64 } },
            reason: { type: 'string', minLength: 1, maxLength: 1000, pattern: '\\S' },
          },
          additionalProperties: false,
        },
      },
    },
    async (request) => {
      const { units, reason } = request.body;
      for (const [i, id] of units.entries()) if (!app.org.get(id)) throw new Errors.UNIT_NOT_FOUND(`body/units/${i}`, id);
      await setTrustedUnits(app.db, { actor: request.user!, units, reason: reason.trim(), now: app.now() });
      return { units: units.map((id) => ({ id, name: app.org.get(id)?.name ?? id })) };
    },
  );
};

export default versionReviewRoutes;
