import type { FastifyPluginAsync } from 'fastify';

const unitSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    kind: { type: 'string', enum: ['district', 'street', 'committee', 'department'] },
    parentId: { type: ['string', 'null'] },
  },
} as const;

/** The org tree, flat and in tree order: what visibility pickers and reports name units with. */
const orgRoutes: FastifyPluginAsync = async (app) => {
  app.get(
    '/api/org/units',
    {
      preHandler: app.requireUser,
      schema: {
        tags: ['org'],
        summary: 'Every unit of the org tree: {id, name, kind: district|street|committee|department, parentId}',
        response: { 200: { type: 'object', properties: { items: { type: 'array', items: unitSchema } } } },
      },
    },
    async () => {
      await app.org.reload();
      return { items: app.org.all() };
    },
  );
};

export default orgRoutes;
