import type { FastifyPluginAsync } from 'fastify';
import { publicUser } from '../auth/AuthUser.ts';
import { countFailure, refuseIfLimited } from '../auth/loginGuard.ts';
import { verifyPassword } from '../auth/password.ts';
import { toAuthUser } from '../auth/resolveUser.ts';
import { randomSecret, sha256Hex } from '../auth/secrets.ts';
import { SESSION_COOKIE, SESSION_TTL_MS } from '../auth/sessionCookie.ts';
import { Errors } from '../errors.ts';
import { userSchema } from '../lib/schemas.ts';

const authRoutes: FastifyPluginAsync = async (app) => {
  app.post<{ Body: { username: string; password: string } }>(
    '/api/auth/login',
    {
      // Limited by app.loginLimiter (failures per address, per user name and overall), not by a per-route counter.
      schema: {
        tags: ['auth'],
        summary: 'Sign in: sets the httpOnly session cookie toolbox_session',
        security: [],
        body: {
          type: 'object',
          required: ['username', 'password'],
          properties: { username: { type: 'string', minLength: 1, maxLength: 64 }, password: { type: 'string', minLength: 1, maxLength: 256 } },
        },
        response: { 200: { type: 'object', properties: { user: userSchema } } },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      refuseIfLimited(app, request, reply, username);
      const row = await app.db
        .selectFrom('users')
        .select(['id', 'username', 'name', 'role', 'unit_id', 'password_hash'])
        .where('username', '=', username)
        .executeTakeFirst();
      // An unknown name is checked against a real dummy hash: the same scrypt work as a wrong password.
      const ok = await verifyPassword(password, row?.password_hash);
      if (!row || !ok) {
        countFailure(app, request, username);
        throw new Errors.LOGIN_FAILED();
      }

      const token = randomSecret();
      const now = app.now();
      const expires = new Date(now.getTime() + SESSION_TTL_MS);
      await app.db
        .insertInto('sessions')
        .values({ token_hash: sha256Hex(token), user_id: row.id, created_at: now.toISOString(), expires_at: expires.toISOString() })
        .execute();
      // Expired sessions of this user are swept here rather than by a timer: no background work to coordinate.
      await app.db.deleteFrom('sessions').where('user_id', '=', row.id).where('expires_at', '<=', now.toISOString()).execute();
      void reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: request.protocol === 'https',
        expires,
      });
      return { user: publicUser(await toAuthUser(app.org, row, 'session')) };
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: 'Sign out: ends the session of the cookie' } },
    async (request, reply) => {
      const cookie = request.cookies[SESSION_COOKIE];
      if (cookie) await app.db.deleteFrom('sessions').where('token_hash', '=', sha256Hex(cookie)).execute();
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );
};

export default authRoutes;
