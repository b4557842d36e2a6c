import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { listTokens as listTokensRoute, mintToken as mintTokenRoute, revokeToken as revokeTokenRoute } from '@toolbox/sdk/api';
import { countFailure, refuseIfLimited } from '../auth/loginGuard.ts';
import { verifyPassword } from '../auth/password.ts';
import { listTokens, mintToken, revokeToken } from '../auth/tokenStore.ts';
import { Errors } from '../errors.ts';
import { inChinese } from '../lib/defineError.ts';
import { refuseLocalLogin } from '../sso/installSso.ts';
import { FRESH_SSO_MS, hasFreshSsoAuth } from '../sso/ssoSession.ts';
import { readPasswordHash } from '../users/accountStore.ts';

/** A token lives 90 days unless asked otherwise, and never more than a year: a leaked one stops working on its own. */
export const TOKEN_DEFAULT_DAYS = 90;
export const TOKEN_MAX_DAYS = 365;

const tokenRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    mintTokenRoute.url,
    { preHandler: app.requireRole('developer', 'admin'), schema: mintTokenRoute.schema },
    async (request, reply) => {
      const user = request.user!;
      const body = request.body;
      if (body.apps && body.scope !== 'publish') throw new Errors.VALIDATION_FAILED('body/apps: only a publish token is limited to apps; a read token reads every app its user may read');
      // The password again, or a fresh sign-in at the provider: plugin code in the user's page has the cookie, never
      // the password, and cannot make the provider ask the user for their credentials without the user seeing it.
      if (body.password === undefined) {
        const fresh = user.via === 'session' && user.sessionId !== undefined && (await hasFreshSsoAuth(app.db, user.sessionId, app.now()));
        if (!fresh) throw new Errors.REAUTH_REQUIRED(FRESH_SSO_MS / 60_000);
      } else {
        refuseLocalLogin(app, user.username);
        refuseIfLimited(app, request, reply, user.username);
        if (!(await verifyPassword(body.password, await readPasswordHash(app.db, user.id)))) {
          countFailure(app, request, user.username);
          throw new Errors.PASSWORD_WRONG();
        }
      }
      const apps = body.apps ?? null;
      const minted = await mintToken(app.db, { userId: user.id, name: body.name, scope: body.scope, apps, days: body.expiresInDays ?? TOKEN_DEFAULT_DAYS, now: app.now() });
      return reply.status(201).send({ ...minted, name: body.name, scope: body.scope, apps });
    },
  );

  app.get(
    listTokensRoute.url,
    { preHandler: app.requireRole('developer', 'admin'), schema: listTokensRoute.schema },
    async (request) => {
      const user = request.user!;
      const all = request.query.all === '1';
      if (all && user.role !== 'admin') throw new Errors.FORBIDDEN(`all=1 lists everyone's tokens and needs the role admin; you are ${user.role}`);
      return { items: await listTokens(app.db, all ? null : user.id, app.now()) };
    },
  );

  app.delete(
    revokeTokenRoute.url,
    { preHandler: app.requireRole('developer', 'admin'), schema: revokeTokenRoute.schema },
    async (request, reply) => {
      const user = request.user!;
      if (!(await revokeToken(app.db, request.params.tokenId, user.role === 'admin' ? null : user.id))) throw inChinese(new Errors.NOT_FOUND(`token ${request.params.tokenId}`), '这个令牌已被吊销或不存在，请刷新列表。');
      return reply.status(204).send();
    },
  );
};

export default tokenRoutes;
