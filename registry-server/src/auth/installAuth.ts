import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { Errors } from '../errors.ts';
import type { RoleName } from '../db/schema.ts';
import { SESSION_COOKIE } from './sessionCookie.ts';
import { userFromSession, userFromToken } from './resolveUser.ts';

/**
 * Resolves the caller of every `/api` request into `request.user` (null when anonymous) from the bearer token or the
 * session cookie, and gives routes two guards: `app.requireUser` and `app.requireRole(...roles)`.
 * Installed on the root instance (not encapsulated), so every route file sees them.
 */
export function installAuth(app: FastifyInstance): void {
  app.decorateRequest('user', null);

  app.addHook('onRequest', async (request: FastifyRequest) => {
    if (!request.url.startsWith('/api/')) return;
    const header = request.headers.authorization;
    if (header && /^bearer\s+/i.test(header)) {
      request.user = await userFromToken(app.db, app.org, header.replace(/^bearer\s+/i, '').trim(), app.now());
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (cookie) request.user = await userFromSession(app.db, app.org, cookie, app.now());
  });

  const requireUser: preHandlerAsyncHookHandler = async (request) => {
    if (!request.user) throw new Errors.UNAUTHENTICATED();
  };
  app.decorate('requireUser', requireUser);

  app.decorate('requireRole', (...roles: RoleName[]): preHandlerAsyncHookHandler => {
    return async (request) => {
      if (!request.user) throw new Errors.UNAUTHENTICATED();
      if (!roles.includes(request.user.role)) {
        throw new Errors.FORBIDDEN(`This needs the role ${roles.join(' or ')}; you are ${request.user.role}`);
      }
    };
  });
}
