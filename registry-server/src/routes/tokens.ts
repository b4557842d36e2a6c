import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import { randomSecret, sha256Hex } from '../auth/secrets.ts';

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
};

export default tokenRoutes;
