import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getHealth } from '@toolbox/sdk/api';
import { probeDatabase } from '../db/probeDatabase.ts';
import { Errors } from '../errors.ts';

/**
 * `GET /api/health` for load balancers and monitors: 200 when the database answers, 503 TOOLBOX_UNAVAILABLE when not.
 * Asked every few seconds, so its requests stay out of the request log (`logLevel: 'silent'`); a failure is logged once
 * per check as a warning on the server's own log instead.
 */
const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(getHealth.url, { schema: { ...getHealth.schema, security: [] }, logLevel: 'silent' }, async (_request, reply) => {
    void reply.header('cache-control', 'no-store');
    try {
      return { status: 'ok' as const, databaseMs: await probeDatabase(app.db) };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      app.log.warn({ reason }, 'health check failed: the database did not answer');
      throw new Errors.UNAVAILABLE(reason);
    }
  });
};

export default healthRoutes;
