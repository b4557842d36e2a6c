import type { FastifyPluginAsync } from 'fastify';
import { countFailure, refuseIfLimited } from '../auth/loginGuard.ts';
import { verifyPassword } from '../auth/password.ts';
import { listTokens, mintToken, revokeToken } from '../auth/tokenStore.ts';
import { Errors } from '../errors.ts';
import { refuseLocalLogin } from '../sso/installSso.ts';
import { FRESH_SSO_MS, hasFreshSsoAuth } from '../sso/ssoSession.ts';
import { readPasswordHash } from '../users/accountStore.ts';

/** A token lives 90 days unless asked otherwise, and never more than a year: a leaked one stops working on its own. */
export const TOKEN_DEFAULT_DAYS = 90;
export const TOKEN_MAX_DAYS = 365;

interface MintBody {
  name: string;
  /** Omitted: a single sign-on within the last 5 minutes stands in for it (GET /api/auth/oidc/login?reauth=1). */
  password?: string;
  scope: 'publish' | 'read';
  apps?: string[];
  expiresInDays?: number;
}

const tokenItem = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    scope: { type: 'string', enum: ['publish', 'read'] },
    apps: { type: ['array', 'null'], items: { type: 'string' } },
    createdAt: { type: 'string' },
    expiresAt: { type: 'string' },
    lastUsedAt: { type: ['string', 'null'] },
    expired: { type: 'boolean' },
    user: { type: 'object', properties: { id: { type: 'string' }, username: { type: 'string' }, name: { type: 'string' } } },
  },
} as const;

const tokenRoutes: FastifyPluginAsync = async (app) => {
  app.post<{ Body: MintBody }>(
    '/api/tokens',
    {
      preHandler: app.requireRole('developer', 'admin'),
      schema: {
        tags: ['auth'],
        summary:
          'Creates a bearer token for the CLI (shown once, stored hashed). Needs the password again, or (without password) a single sign-on within the last 5 minutes, so code running in a signed-in page cannot mint one',
        body: {
          type: 'object',
          required: ['name', 'scope'],
          properties: {
            name: { type: 'string', minLength: 1, maxLength: 100 },
            password: { type: 'string', minLength: 1, maxLength: 256 },
            scope: { type: 'string', enum: ['publish', 'read'] },
            apps: {
              type: 'array',
              minItems: 1,
              maxItems: 50,
              uniqueItems: true,
              items: { type: 'string', pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$', maxLength: 64 },
            },
            expiresInDays: { type: 'integer', minimum: 1, maximum: TOKEN_MAX_DAYS },
          },
        },
        response: { 201: { type: 'object', properties: { ...tokenItem.properties, token: { type: 'string' } } } },
      },
    },
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

  app.get<{ Querystring: { all?: '0' | '1' } }>(
    '/api/tokens',
    {
      preHandler: app.requireRole('developer', 'admin'),
      schema: {
        tags: ['auth'],
        summary: "The caller's tokens, or everyone's with ?all=1 (admins), never the secrets; lastUsedAt is updated at most once a minute",
        querystring: { type: 'object', properties: { all: { type: 'string', enum: ['0', '1'] } } },
        response: { 200: { type: 'object', properties: { items: { type: 'array', items: tokenItem } } } },
      },
    },
    async (request) => {
      const user = request.user!;
      const all = request.query.all === '1';
      if (all && user.role !== 'admin') throw new Errors.FORBIDDEN(`all=1 lists everyone's tokens and needs the role admin; you are ${user.role}`);
      return { items: await listTokens(app.db, all ? null : user.id, app.now()) };
    },
  );

  app.delete<{ Params: { tokenId: string } }>(
    '/api/tokens/:tokenId',
    {
      preHandler: app.requireRole('developer', 'admin'),
      schema: {
        tags: ['auth'],
        summary: 'Revokes a token (your own; admins any)',
        params: { type: 'object', required: ['tokenId'], properties: { tokenId: { type: 'string', maxLength: 64 } } },
      },
    },
    async (request, reply) => {
      const user = request.user!;
      if (!(await revokeToken(app.db, request.params.tokenId, user.role === 'admin' ? null : user.id))) throw new Errors.NOT_FOUND(`token ${request.params.tokenId}`);
      return reply.status(204).send();
    },
  );
};

export default tokenRoutes;
