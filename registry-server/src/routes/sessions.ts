import type { FastifyPluginAsync } from 'fastify';
import { Errors } from '../errors.ts';
import {
  SESSION_SETTING_LIMITS,
  mergeSessionSettings,
  changeSessionSettings,
  readSessionSettings,
  type SessionSettings,
} from '../sessions/sessionSettings.ts';
import { endSession, endSessionsOf, listSessions } from '../sessions/sessionStore.ts';

const sessionItem = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    createdAt: { type: 'string' },
    lastSeenAt: { type: 'string' },
    expiresAt: { type: 'string' },
    userAgent: { type: ['string', 'null'] },
    address: { type: ['string', 'null'] },
    current: { type: 'boolean' },
  },
} as const;

const settingsSchema = {
  type: 'object',
  properties: {
    idleHours: { type: 'integer', minimum: SESSION_SETTING_LIMITS.idleHours.min, maximum: SESSION_SETTING_LIMITS.idleHours.max },
    absoluteDays: { type: 'integer', minimum: SESSION_SETTING_LIMITS.absoluteDays.min, maximum: SESSION_SETTING_LIMITS.absoluteDays.max },
  },
} as const;

/** Your sessions (我的账号), and the lifetimes every session gets (admins). */
const sessionRoutes: FastifyPluginAsync = async (app) => {
  app.get(
    '/api/me/sessions',
    {
      preHandler: app.requireUser,
      schema: {
        tags: ['auth'],
        summary: 'Your live sessions, most recently seen first; `current` marks the one of this request',
        response: { 200: { type: 'object', properties: { items: { type: 'array', items: sessionItem } } } },
      },
    },
    async (request) => {
      const user = request.user!;
      return { items: await listSessions(app.db, user.id, user.sessionId, app.now()) };
    },
  );

  app.delete<{ Params: { id: string } }>(
    '/api/me/sessions/:id',
    {
      preHandler: app.requireUser,
      schema: {
        tags: ['auth'],
        summary: 'Ends one of your sessions (the current one too: that signs you out here)',
        params: { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1, maxLength: 64 } } },
      },
    },
    async (request, reply) => {
      const user = request.user!;
      if (!(await endSession(app.db, user.id, request.params.id))) throw new Errors.SESSION_NOT_FOUND(request.params.id);
      return reply.status(204).send();
    },
  );

  app.delete(
    '/api/me/sessions',
    {
      preHandler: app.requireUser,
      schema: {
        tags: ['auth'],
        summary: 'Ends every session of yours but the current one (signed in with a token: every session)',
        response: { 200: { type: 'object', properties: { ended: { type: 'integer' } } } },
      },
    },
    async (request) => {
      const user = request.user!;
      return { ended: await endSessionsOf(app.db, user.id, user.sessionId) };
    },
  );

  app.get(
    '/api/settings/sessions',
    {
      preHandler: app.requireRole('admin'),
      schema: { tags: ['auth'], summary: 'Session lifetimes: idle hours and absolute days', response: { 200: settingsSchema } },
    },
    async () => readSessionSettings(app.db),
  );

  app.put<{ Body: Partial<SessionSettings> & { reason?: string } }>(
    '/api/settings/sessions',
    {
      preHandler: app.requireRole('admin'),
      schema: {
        tags: ['auth'],
        summary: 'Changes session lifetimes (either or both); sessions take them at their next request; audited settings.sessions',
        body: { ...settingsSchema, additionalProperties: false, properties: { ...settingsSchema.properties, reason: { type: 'string', maxLength: 500 } } },
        response: { 200: settingsSchema },
      },
    },
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
