import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { endMyOtherSessions, endMySession, getSessionSettings, listMySessions, putSessionSettings } from '@toolbox/sdk/api';
import { Errors } from '../errors.ts';
import {
  mergeSessionSettings,
  changeSessionSettings,
  readSessionSettings,
} from '../sessions/sessionSettings.ts';
import { endSession, endSessionsOf, listSessions } from '../sessions/sessionStore.ts';

/** Your sessions (我的账号), and the lifetimes every session gets (admins). */
const sessionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    listMySessions.url,
    { preHandler: app.requireUser, schema: listMySessions.schema },
    async (request) => {
      const user = request.user!;
      return { items: await listSessions(app.db, user.id, user.sessionId, app.now()) };
    },
  );

  app.delete(
    endMySession.url,
    { preHandler: app.requireUser, schema: endMySession.schema },
    async (request, reply) => {
      const user = request.user!;
      if (!(await endSession(app.db, user.id, request.params.id))) throw new Errors.SESSION_NOT_FOUND(request.params.id);
      return reply.status(204).send();
    },
  );

  app.delete(
    endMyOtherSessions.url,
    { preHandler: app.requireUser, schema: endMyOtherSessions.schema },
    async (request) => {
      const user = request.user!;
      return { ended: await endSessionsOf(app.db, user.id, user.sessionId) };
    },
  );

  app.get(
    getSessionSettings.url,
    { preHandler: app.requireRole('admin'), schema: getSessionSettings.schema },
    async () => readSessionSettings(app.db),
  );

  app.put(
    putSessionSettings.url,
    { preHandler: app.requireRole('admin'), schema: putSessionSettings.schema },
    async (request) => {
      const { reason, ...change } = request.body;
      const before = await readSessionSettings(app.db);
      const after = mergeSessionSettings(before, change);
      await changeSessionSettings(app.db, { actor: request.user!, before, after, reason: reason ?? null, now: app.now() });
      app.sessionSettings.set(after, app.now());
      return after;
    },
  );
};

export default sessionRoutes;
