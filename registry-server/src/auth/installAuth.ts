import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { Errors } from '../errors.ts';
import { ROLE_LABELS } from '../roster/rosterColumns.ts';
import { inChinese } from '../lib/defineError.ts';
import type { RoleName } from '../db/schema.ts';
import { SESSION_COOKIE } from './sessionCookie.ts';
import { userFromSession, userFromToken } from './resolveUser.ts';
import { STATE_CHANGING, originRefusal } from './checkOrigin.ts';
import { tokenRefusal } from './tokenScope.ts';
import { LoginLimiter } from './LoginLimiter.ts';
import { SessionSettingsCache } from '../sessions/sessionSettings.ts';
import { dummyPasswordHash } from './password.ts';
import './loginGuard.ts';

/**
 * Resolves the caller of every `/api` request into `request.user` (null when anonymous) from the bearer token or the
 * session cookie, and gives routes two guards: `app.requireUser` and `app.requireRole(...roles)`. Refuses
 * state-changing cookie requests from other pages (the Origin check) and token requests beyond the token's scope.
 * Installed on the root instance (not encapsulated), so every route file sees them.
 */
/** What a user whose password was reset may still do. */
const PASSWORD_CHANGE_ALLOWED = new Set(['GET /api/me', 'PUT /api/me/password', 'POST /api/auth/logout', 'POST /api/auth/login']);

export function installAuth(app: FastifyInstance): void {
  app.decorateRequest('user', null);
  app.decorate('loginLimiter', new LoginLimiter(app.limits));
  app.decorate('sessionSettings', new SessionSettingsCache(app.db));
  // Made now, off the request path, so that the first sign-in of an unknown name costs no more than any other.
  void dummyPasswordHash();

  app.addHook('onRequest', async (request: FastifyRequest) => {
    // By the route matched, not the URL as sent: the router decodes the path, so `/%61pi/auth/logout` reaches
    // `/api/auth/logout` and must meet the same checks.
    const route = request.routeOptions.url;
    if (!route?.startsWith('/api/')) return;
    const header = request.headers.authorization;
    if (header && /^bearer\s+/i.test(header)) {
      // Exempt from the Origin check: a page cannot make the browser add a bearer token by itself.
      const found = await userFromToken(app.db, app.org, header.replace(/^bearer\s+/i, '').trim(), app.now());
      if (found && 'expired' in found) throw new Errors.TOKEN_EXPIRED(found.expired);
      if (found && 'disabled' in found) throw new Errors.ACCOUNT_DISABLED(found.disabled);
      request.user = found;
    } else {
      if (STATE_CHANGING.has(request.method)) {
        const refusal = originRefusal(request);
        if (refusal) throw new Errors.ORIGIN_REFUSED(refusal);
      }
      const cookie = request.cookies[SESSION_COOKIE];
      if (cookie) request.user = await userFromSession(app.db, app.org, cookie, app.now(), app.sessionSettings);
    }
    // After a password reset the temporary password buys nothing but the choice of a new one (and a token, which a
    // reset revokes, nothing at all).
    if (request.user?.mustChangePassword && !PASSWORD_CHANGE_ALLOWED.has(`${request.method} ${route}`)) {
      throw new Errors.PASSWORD_CHANGE_REQUIRED();
    }
  });

  // After the body is parsed (registering an app names it in the body), before any route's own checks.
  app.addHook('preValidation', async (request: FastifyRequest) => {
    const grant = request.user?.token;
    if (!grant) return;
    const refusal = tokenRefusal(grant, request.method, request.routeOptions.url ?? request.url, request.params, request.body);
    if (refusal) throw new Errors.TOKEN_SCOPE(refusal);
  });

  const requireUser: preHandlerAsyncHookHandler = async (request) => {
    if (!request.user) throw new Errors.UNAUTHENTICATED();
  };
  app.decorate('requireUser', requireUser);

  app.decorate('requireRole', (...roles: RoleName[]): preHandlerAsyncHookHandler => {
    return async (request) => {
      if (!request.user) throw new Errors.UNAUTHENTICATED();
      if (!roles.includes(request.user.role)) {
        throw inChinese(
          new Errors.FORBIDDEN(`This needs the role ${roles.join(' or ')}; you are ${request.user.role}`),
          `这项操作需要${roles.map((r) => ROLE_LABELS[r][0]).join('或')}角色，你的角色是${ROLE_LABELS[request.user.role][0]}。`,
        );
      }
    };
  });
}
