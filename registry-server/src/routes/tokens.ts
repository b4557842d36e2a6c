import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import { randomSecret, sha256Hex } from '../auth/secrets.ts';
import { Errors } from '../errors.ts';

const tokenRoutes: FastifyPluginAsync = async (app) => {
  app.post<{ Body: { name: string } }>(
    '/api/tokens',
    {
      preHandler: app.requireRole('developer', 'admin'),
      schema: {
        tags: ['auth'],
        summary: 'Creates a bearer token for the CLI (shown once, stored hashed)',
        body: { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 1, maxLength: 100 } } },
        response: { 201: { type: 'object', properties: { id: { type: 'string' }, token: { type: 'string' } } } },
      },
    },
    async (request, reply) => {
      const id = randomUUID();
      const token = randomSecret('tbx_');
      await app.db
        .insertInto('api_tokens')
        .values({ id, user_id: request.user!.id, name: request.body.name, token_hash: sha256Hex(token), created_at: app.now().toISOString(), last_used_at: null })
        .execute();
      return reply.status(201).send({ id, token });
    },
  );

  app.get(
    '/api/tokens',
    {
      preHandler: app.requireRole('developer', 'admin'),
      schema: { tags: ['auth'], summary: "The caller's tokens (never the secrets): id, name, createdAt, lastUsedAt (updated at most hourly)" },
    },
    async (request) => {
      const rows = await app.db
        .selectFrom('api_tokens')
        .select(['id', 'name', 'created_at', 'last_used_at'])
        .where('user_id', '=', request.user!.id)
        .orderBy('created_at', 'desc')
        .execute();
      return { items: rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at, lastUsedAt: r.last_used_at })) };
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
      let query = app.db.deleteFrom('api_tokens').where('id', '=', request.params.tokenId);
      if (user.role !== 'admin') query = query.where('user_id', '=', user.id);
      const result = await query.executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) throw new Errors.NOT_FOUND(`token ${request.params.tokenId}`);
      return reply.status(204).send();
    },
  );
};

export default tokenRoutes;
