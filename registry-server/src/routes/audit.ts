import type { FastifyPluginAsync } from 'fastify';
import { Errors } from '../errors.ts';
import { listAudit } from '../audit/auditStore.ts';

function isoTime(value: string, field: string): string {
  const time = new Date(value);
  if (Number.isNaN(time.getTime())) throw new Errors.VALIDATION_FAILED(`querystring/${field} must be an ISO time or YYYY-MM-DD`);
  return time.toISOString();
}

interface AuditQuery {
  app?: string;
  action?: string;
  actor?: string;
  from?: string;
  to?: string;
  limit?: number;
}

const auditRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: AuditQuery }>(
    '/api/audit',
    {
      preHandler: app.requireRole('admin'),
      schema: {
        tags: ['audit'],
        summary: 'Who did what to which app, when and why; newest first',
        querystring: {
          type: 'object',
          properties: {
            app: { type: 'string', maxLength: 64 },
            action: { type: 'string', maxLength: 64, description: 'e.g. version.publish, app.retire' },
            actor: { type: 'string', maxLength: 64, description: 'username' },
            from: { type: 'string', maxLength: 40, description: 'inclusive, ISO time or YYYY-MM-DD' },
            to: { type: 'string', description: 'exclusive, ISO time or YYYY-MM-DD' },
            limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
          },
        },
      },
    },
    async (request) => {
      const q = request.query;
      const from = q.from ? isoTime(q.from, 'from') : undefined;
      const to = q.to ? isoTime(q.to, 'to') : undefined;
      return { items: await listAudit(app.db, { app: q.app, action: q.action, actor: q.actor, from, to, limit: q.limit ?? 100 }) };
    },
  );
};

export default auditRoutes;
