import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Errors } from '../errors.ts';
import { OidcClient } from './OidcClient.ts';
import type { SsoConfig } from './SsoConfig.ts';
import { sessionAuth } from './ssoSession.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Single sign-on and the password sign-in switch (installSso). */
    sso: { config: SsoConfig; client: OidcClient | null };
  }
}

/** Decorates `app.sso` from the checked configuration. */
export function installSso(app: FastifyInstance, config: SsoConfig): void {
  app.decorate('sso', { config, client: config.oidc ? new OidcClient(config.oidc) : null });
}

/** Throws TOOLBOX_LOCAL_LOGIN_DISABLED when password sign-in is off and `username` is not a break-glass account. */
export function refuseLocalLogin(app: FastifyInstance, username: string): void {
  const { localLogin, localLoginUsers } = app.sso.config;
  if (!localLogin && !localLoginUsers.has(username)) throw new Errors.LOCAL_LOGIN_DISABLED();
}

/**
 * Where the browser goes after its SSO session ended here: the provider's end-session endpoint with the ID token as
 * the hint, or null (a password session, or a provider without one). Read before the session row is deleted.
 */
export async function endSessionUrlFor(app: FastifyInstance, request: FastifyRequest): Promise<string | null> {
  const sessionId = request.user?.via === 'session' ? request.user.sessionId : undefined;
  if (!app.sso.client || !sessionId) return null;
  const auth = await sessionAuth(app.db, sessionId);
  if (auth?.method !== 'oidc') return null;
  return app.sso.client.endSessionUrl(auth.idToken);
}
