import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../auth/sessionCookie.ts';
import { userFromSession } from '../auth/resolveUser.ts';
import type { SnapApp } from './Snapshot.ts';

/**
 * A version that is not approved is served only to its owner's session (to try it) and to admins and reviewers (to
 * inspect it; their desktops never load it), and never kept by a cache. Anyone else gets the 404 `missing` gives, as
 * if the version did not exist. Bundle requests are not under /api, so the session is resolved here, and only
 * for these rare requests.
 */
export async function guardUnreviewed(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  found: SnapApp,
  missing: () => Error,
): Promise<void> {
  // Set before any refusal too: a 404 cached for a year would outlive the approval.
  void reply.header('cache-control', 'private, no-store').header('vary', 'Cookie');
  const cookie = request.cookies[SESSION_COOKIE];
  const user = cookie ? await userFromSession(app.db, app.org, cookie, app.now()) : null;
  const allowed = !!user && (user.role === 'admin' || user.role === 'reviewer' || found.row.owner_user_id === user.id);
  if (!allowed) throw missing();
}
