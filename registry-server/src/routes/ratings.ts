import type { FastifyPluginAsync } from 'fastify';
import { isOwnerOrAdmin } from '../apps/access.ts';
import { Errors } from '../errors.ts';
import { loadRatings } from '../review/loadRatings.ts';
import { parseRating } from '../usage/parseRating.ts';
import { saveRating } from '../usage/saveRating.ts';
import { getUsageSecret, hashUser } from '../usage/userHash.ts';

const ratingList = {
  type: 'object',
  properties: {
    average: { type: ['number', 'null'] },
    count: { type: 'integer' },
    items: {
      type: 'array',
      items: {
        type: 'object',
        properties: { score: { type: 'integer' }, comment: { type: ['string', 'null'] }, at: { type: 'string' } },
      },
    },
  },
} as const;

/** Ratings: one current rating per user and app; read back without any identity. */
const ratingRoutes: FastifyPluginAsync = async (app) => {
  const secret = await getUsageSecret(app.db);

  app.post<{ Params: { id: string } }>(
    '/api/apps/:id/ratings',
    {
      preHandler: app.requireUser,
      schema: {
        tags: ['usage'],
        summary: 'Rate an app you can open (1–5, optional comment ≤ 500 characters); rating again replaces your rating',
        params: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
        response: {
          200: {
            type: 'object',
            properties: { score: { type: 'integer' }, comment: { type: ['string', 'null'] }, updatedAt: { type: 'string' } },
          },
        },
      },
    },
    async (request) => {
      const user = request.user!;
      const appId = request.params.id;
      // An app the user cannot open (unknown, retired or not visible to them) cannot be rated, and is not revealed.
      if (!(await app.catalog.canOpen(user, appId))) throw new Errors.APP_NOT_FOUND(appId);
      const { score, comment } = parseRating(request.body);
      const at = app.now().toISOString();
      await saveRating(app.db, { appId, userHash: hashUser(secret, user.id), score, comment, at });
      return { score, comment, updatedAt: at };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/apps/:id/ratings',
    {
      preHandler: app.requireUser,
      schema: {
        tags: ['usage'],
        summary: "An app's ratings: average, count and each score with its comment, never who gave it (owner, admin)",
        params: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
        response: { 200: ratingList },
      },
    },
    async (request) => {
      const snap = (await app.catalog.snapshot()).apps.get(request.params.id);
      if (!snap) throw new Errors.APP_NOT_FOUND(request.params.id);
      if (!isOwnerOrAdmin(request.user!, snap)) {
        throw new Errors.FORBIDDEN(`Only the owner of "${request.params.id}" or an admin may read its ratings`);
      }
      return loadRatings(app.db, request.params.id);
    },
  );
};

export default ratingRoutes;
