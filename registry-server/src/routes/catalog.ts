import type { FastifyPluginAsync } from 'fastify';
import { getCatalog } from '@toolbox/sdk/api';
import { requestOrigin } from '../apps/access.ts';

// Not through the type provider: the body is a string CatalogStore serialized once per audience.
const catalogRoutes: FastifyPluginAsync = async (app) => {
  app.get(
    getCatalog.url,
    { preHandler: app.requireUser, schema: getCatalog.schema },
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
