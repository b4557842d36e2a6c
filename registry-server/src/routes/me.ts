import type { FastifyPluginAsync } from 'fastify';
import { publicUser } from '../auth/AuthUser.ts';
import { parseJson } from '../lib/json.ts';
import { userSchema } from '../lib/schemas.ts';

const MAX_PINS = 50;

const pinsSchema = {
  type: 'object',
  required: ['pins'],
  properties: {
    pins: {
      type: 'array',
      maxItems: MAX_PINS,
      uniqueItems: true,
      items: { type: 'string', pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$', maxLength: 64 },
    },
  },
} as const;

const meRoutes: FastifyPluginAsync = async (app) => {
  app.get(
    '/api/me',
    {
      preHandler: app.requireUser,
      schema: { tags: ['auth'], summary: 'The signed-in user and the path of their unit', response: { 200: { type: 'object', properties: { user: userSchema } } } },
    },
    async (request) => ({ user: publicUser(request.user!) }),
  );

  app.get(
    '/api/me/pins',
    { preHandler: app.requireUser, schema: { tags: ['auth'], summary: 'The app ids the user pinned to the desktop, in order', response: { 200: pinsSchema } } },
    async (request) => {
      const row = await app.db.selectFrom('users').select('pins').where('id', '=', request.user!.id).executeTakeFirstOrThrow();
      return { pins: parseJson<string[]>(row.pins, []) };
    },
  );

  app.put<{ Body: { pins: string[] } }>(
    '/api/me/pins',
    { preHandler: app.requireUser, schema: { tags: ['auth'], summary: 'Replaces the pinned app ids (at most 50)', body: pinsSchema, response: { 200: pinsSchema } } },
    async (request) => {
      const pins = request.body.pins;
      await app.db.updateTable('users').set({ pins: JSON.stringify(pins) }).where('id', '=', request.user!.id).execute();
      return { pins };
    },
  );
};

export default meRoutes;
