import type { FastifyPluginAsync } from 'fastify';
import { publicUser } from '../auth/AuthUser.ts';
import { countFailure, refuseIfLimited } from '../auth/loginGuard.ts';
import { verifyPassword } from '../auth/password.ts';
import { toAuthUser } from '../auth/resolveUser.ts';
import { sha256Hex } from '../auth/secrets.ts';
import { SESSION_COOKIE } from '../auth/sessionCookie.ts';
import { createSession } from '../sessions/sessionStore.ts';
import { unitRef } from '../users/userDto.ts';
import { Errors } from '../errors.ts';
import { userSchema } from '../lib/schemas.ts';
import { endSessionUrlFor, refuseLocalLogin } from '../sso/installSso.ts';

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
      // Before the password is looked at: with TOOLBOX_LOCAL_LOGIN=0 only the break-glass accounts may try one.
      refuseLocalLogin(app, username);
      refuseIfLimited(app, request, reply, username);
      const row = await app.db
        .selectFrom('users')
        .select(['id', 'username', 'name', 'role', 'unit_id', 'password_hash', 'admin_of', 'must_change_password', 'disabled_at'])
        .where('username', '=', username)
        .executeTakeFirst();
      // An unknown name is checked against a real dummy hash: the same scrypt work as a wrong password.
      const ok = await verifyPassword(password, row?.password_hash);
      if (!row || !ok) {
        countFailure(app, request, username);
        throw new Errors.LOGIN_FAILED();
      }

      // Only after the password proved right: a wrong guess learns nothing about the account.
      if (row.disabled_at) throw new Errors.ACCOUNT_DISABLED(row.username);

      const now = app.now();
      const { token, expires } = await createSession(app.db, {
        userId: row.id,
        userAgent: request.headers['user-agent'],
        address: request.ip,
        now,
        settings: await app.sessionSettings.get(now),
      });
      void reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: request.protocol === 'https',
        expires,
      });
      // mustChangePassword true: the desktop asks for a new password before anything else (the server refuses the rest).
      return { user: publicUser(await toAuthUser(app.org, row, 'session'), row.admin_of ? unitRef(app.org, row.admin_of) : null) };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary:
          "Sign out: ends the session of the cookie. 204; or 200 with endSessionUrl after a single sign-on, where the browser is to go to end the provider's session too",
        response: { 200: { type: 'object', properties: { endSessionUrl: { type: 'string' } } }, 204: { type: 'null' } },
      },
    },
    async (request, reply) => {
      const cookie = request.cookies[SESSION_COOKIE];
      const endSessionUrl = await endSessionUrlFor(app, request);
      if (cookie) await app.db.deleteFrom('sessions').where('token_hash', '=', sha256Hex(cookie)).execute();
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return endSessionUrl ? { endSessionUrl } : reply.status(204).send();
    },
  );
};

export default authRoutes;
