import { getAuthMethods, oidcCallback, oidcLogin } from '@toolbox/sdk/api';
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../auth/sessionCookie.ts';
import { Errors } from '../errors.ts';
import { beginLogin, LOGIN_STATE_TTL_MS, takeLogin } from '../sso/loginState.ts';
import { type OidcClient, OidcProviderError, type OidcResult } from '../sso/OidcClient.ts';
import { provisionUser } from '../sso/provisionUser.ts';
import { readProfile } from '../sso/readProfile.ts';
import { safeReturnTo } from '../sso/returnTo.ts';
import { createSsoSession, FRESH_SSO_MS, recordSsoAuth } from '../sso/ssoSession.ts';
import { ssoDb } from '../sso/ssoTables.ts';

/** Binds a sign-in to the browser that began it: the callback's state must equal this cookie's. */
const STATE_COOKIE = 'toolbox_oidc';
const STATE_COOKIE_PATH = '/api/auth/oidc/';

/** The two legs a browser walks (login, callback): open to anyone, and each call writes a row (swept when expired), so bounded per address. */
function browserLeg<S extends object>(route: { schema: S }) {
  return { config: { rateLimit: { max: 30, timeWindow: 60_000 } }, schema: { ...route.schema, security: [] } };
}

function configuredClient(app: FastifyInstance): OidcClient {
  const { client } = app.sso;
  if (!client) throw new Errors.SSO_NOT_CONFIGURED();
  return client;
}

interface ToolboxErrorLike {
  statusCode?: number;
  code: string;
}

/**
 * A browser (which navigated here and asked for a page) is sent back to the desktop with the code in the query,
 * where the sign-in page says what went wrong in words; anything else gets the error body as usual.
 */
function failInBrowser(request: FastifyRequest, reply: FastifyReply, error: ToolboxErrorLike, publicUrl: string): FastifyReply | never {
  const accept = request.headers.accept ?? '';
  if (!accept.includes('text/html')) throw error;
  request.log.warn({ code: error.code }, 'single sign-on refused');
  return reply.redirect(`${publicUrl}/?ssoError=${encodeURIComponent(error.code)}`, 303);
}

const oidcRoutes: FastifyPluginAsync = async (app) => {
  app.get(
    getAuthMethods.url,
    { schema: { ...getAuthMethods.schema, security: [] } },
    async () => {
      const { config } = app.sso;
      return {
        password: config.localLogin,
        passwordForSome: !config.localLogin && config.localLoginUsers.size > 0,
        sso: config.oidc ? { loginUrl: '/api/auth/oidc/login' } : null,
      };
    },
  );

  app.get<{ Querystring: { reauth?: '0' | '1'; returnTo?: string } }>(
    oidcLogin.url,
    browserLeg(oidcLogin),
    async (request, reply) => {
      const client = configuredClient(app);
      const reauth = request.query.reauth === '1';
      const pending = await beginLogin(ssoDb(app.db), { returnTo: safeReturnTo(request.query.returnTo), reauth, now: app.now() });
      let url: URL;
      try {
        url = await client.authorizationUrl({ ...pending, reauth });
      } catch (error) {
        if (!(error instanceof OidcProviderError)) throw error;
        return failInBrowser(request, reply, new Errors.SSO_PROVIDER_FAILED(error.message), client.settings.publicUrl);
      }
      void reply.setCookie(STATE_COOKIE, pending.state, {
        path: STATE_COOKIE_PATH,
        httpOnly: true,
        // Lax: the provider's redirect back is a top-level GET from another site, which Lax lets the cookie ride.
        sameSite: 'lax',
        secure: request.protocol === 'https',
        maxAge: LOGIN_STATE_TTL_MS / 1000,
      });
      return reply.header('cache-control', 'no-store').redirect(url.href, 302);
    },
  );

  app.get<{ Querystring: Record<string, string | undefined> }>(
    oidcCallback.url,
    browserLeg(oidcCallback),
    async (request, reply) => {
      const client = configuredClient(app);
      const { publicUrl } = client.settings;
      const fail = (error: ToolboxErrorLike) => failInBrowser(request, reply, error, publicUrl);
      const now = app.now();
      // Whatever happens next, this sign-in's cookie has done its work.
      void reply.clearCookie(STATE_COOKIE, { path: STATE_COOKIE_PATH });

      const state = request.query.state;
      const cookie = request.cookies[STATE_COOKIE];
      if (!state) return fail(new Errors.SSO_STATE_INVALID('the provider sent no state'));
      if (!cookie || cookie !== state) {
        return fail(new Errors.SSO_STATE_INVALID('it does not match the sign-in this browser began (no or another toolbox_oidc cookie)'));
      }
      const pending = await takeLogin(ssoDb(app.db), state, now);
      if (!pending) return fail(new Errors.SSO_STATE_INVALID('no sign-in with this state is waiting (unknown, used already, or older than 10 minutes)'));
      if (request.query.error) {
        return fail(new Errors.SSO_PROVIDER_FAILED([request.query.error, request.query.error_description].filter(Boolean).join(': ')));
      }

      // The URL the provider redirected to, as openid-client checks it: the registered redirect URI and this query.
      const callbackUrl = new URL(client.settings.redirectUri);
      callbackUrl.search = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      let result: OidcResult;
      try {
        result = await client.finish(callbackUrl, pending);
      } catch (error) {
        if (!(error instanceof OidcProviderError)) throw error;
        return fail(new Errors.SSO_PROVIDER_FAILED(error.message));
      }
      const profile = readProfile(result.claims, client.settings);
      if ('missing' in profile) return fail(new Errors.SSO_CLAIM_MISSING(profile.missing));
      // The provider's auth_time, never later than now: how fresh this authentication is for token minting.
      const authAt = result.authTime && result.authTime.getTime() < now.getTime() ? result.authTime : now;

      const current = request.user?.via === 'session' ? request.user : null;
      if (pending.reauth && current) {
        if (current.username !== profile.username) return fail(new Errors.SSO_REAUTH_MISMATCH(profile.username, current.username));
        if (now.getTime() - authAt.getTime() > FRESH_SSO_MS) {
          return fail(new Errors.SSO_PROVIDER_FAILED('asked to sign in again (prompt=login), the provider reported an older authentication'));
        }
        await recordSsoAuth(app.db, current.sessionId!, authAt, result.idToken);
        return reply.redirect(`${publicUrl}${pending.returnTo}`, 303);
      }

      const user = await provisionUser(app.db, app.org, profile, { autoCreate: client.settings.autoCreate, now });
      if ('refused' in user) {
        if (user.refused === 'disabled') return fail(new Errors.ACCOUNT_DISABLED(user.username));
        if (user.refused === 'unknown-user') return fail(new Errors.SSO_USER_UNKNOWN(user.username));
        const named = user.unitId ? `"${user.unitId}", which is no enabled unit of the org tree` : `no unit (claim "${client.settings.claims.unit}" missing)`;
        return fail(new Errors.SSO_UNIT_UNKNOWN(user.username, named));
      }
      const session = await createSsoSession(app.db, {
        userId: user.id,
        userAgent: request.headers['user-agent'],
        address: request.ip,
        now,
        settings: await app.sessionSettings.get(now),
        authAt,
        idToken: result.idToken,
      });
      void reply.setCookie(SESSION_COOKIE, session.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: request.protocol === 'https',
        expires: session.expires,
      });
      return reply.header('cache-control', 'no-store').redirect(`${publicUrl}${pending.returnTo}`, 303);
    },
  );
};

export default oidcRoutes;
