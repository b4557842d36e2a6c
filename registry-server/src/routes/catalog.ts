import type { FastifyPluginAsync } from 'fastify';
import { requestOrigin } from '../apps/access.ts';

const catalogRoutes: FastifyPluginAsync = async (app) => {
  app.get(
    '/api/catalog',
    {
      preHandler: app.requireUser,
      schema: {
        tags: ['catalog'],
        summary: 'The apps the caller may open (visibility and status respected), as CatalogItem[] (sdk/src/shared/types.ts)',
      },
    },
    async (request, reply) => {
      // The body is serialized once per audience and cached (CatalogStore); here it is only sent.
      const body = await app.catalog.bodyFor(request.user!, requestOrigin(request));
      void reply.header('Cache-Control', 'private, no-cache').header('Vary', 'Cookie, Authorization').header('ETag', body.etag);
      if (request.headers['if-none-match'] === body.etag) return reply.status(304).send();
      return reply.type('application/json; charset=utf-8').send(body.json);
    },
  );
};

export default catalogRoutes;
