import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { login, logout } from '@toolbox/sdk/api';
import { publicUser } from '../auth/AuthUser.ts';
import { countFailure, refuseIfLimited } from '../auth/loginGuard.ts';
import { verifyPassword } from '../auth/password.ts';
import { toAuthUser } from '../auth/resolveUser.ts';
import { SESSION_COOKIE } from '../auth/sessionCookie.ts';
import { createSession, endSessionOfCookie } from '../sessions/sessionStore.ts';
import { findLoginAccount } from '../users/accountStore.ts';
import { unitRef } from '../users/userDto.ts';
import { Errors } from '../errors.ts';
import { endSessionUrlFor, refuseLocalLogin } from '../sso/installSso.ts';

const authRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    login.url,
    // Limited by app.loginLimiter (failures per address, per user name and overall), not by a per-route counter.
    { schema: { ...login.schema, security: [] } },
    async (request, reply) => {
      const { username, password } = request.body;
      // Before the password is looked at: with TOOLBOX_LOCAL_LOGIN=0 only the break-glass accounts may try one.
      refuseLocalLogin(app, username);
      refuseIfLimited(app, request, reply, username);
      const row = await findLoginAccount(app.db, username);
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

  app.post(logout.url, { schema: logout.schema },
    async (request, reply) => {
      const cookie = request.cookies[SESSION_COOKIE];
      const endSessionUrl = await endSessionUrlFor(app, request);
      if (cookie) await endSessionOfCookie(app.db, cookie);
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return endSessionUrl ? { endSessionUrl } : reply.status(204).send();
    },
  );
};

export default authRoutes;
