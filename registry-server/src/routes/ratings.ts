import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { listRatings, rateApp } from '@toolbox/sdk/api';
import { isOwnerOrAdmin } from '../apps/access.ts';
import { Errors } from '../errors.ts';
import { loadRatings } from '../review/loadRatings.ts';
import { parseRating } from '../usage/parseRating.ts';
import { saveRating } from '../usage/saveRating.ts';
import { getUsageSecret, hashUser } from '../usage/userHash.ts';

/** Ratings: one current rating per user and app; read back without any identity. */
const ratingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const secret = await getUsageSecret(app.db);

  app.post(
    rateApp.url,
    { preHandler: app.requireUser, schema: rateApp.schema },
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

  app.get(
    listRatings.url,
    { preHandler: app.requireUser, schema: listRatings.schema },
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
