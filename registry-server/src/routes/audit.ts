import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { listAudit as listAuditRoute } from '@toolbox/sdk/api';
import { Errors } from '../errors.ts';
import { listAudit } from '../audit/auditStore.ts';

function isoTime(value: string, field: string): string {
  const time = new Date(value);
  if (Number.isNaN(time.getTime())) throw new Errors.VALIDATION_FAILED(`querystring/${field} must be an ISO time or YYYY-MM-DD`);
  return time.toISOString();
}

const auditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    listAuditRoute.url,
    { preHandler: app.requireRole('admin'), schema: listAuditRoute.schema },
    async (request) => {
      const q = request.query;
      const from = q.from ? isoTime(q.from, 'from') : undefined;
      const to = q.to ? isoTime(q.to, 'to') : undefined;
      return { items: await listAudit(app.db, { app: q.app, action: q.action, actor: q.actor, from, to, limit: q.limit ?? 100 }) };
    },
  );
};

export default auditRoutes;
