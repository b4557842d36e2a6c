import type { FastifyPluginAsync } from 'fastify';
import { Errors } from '../errors.ts';
import { parseJson } from '../lib/json.ts';

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
      let query = app.db
        .selectFrom('audit_log')
        .leftJoin('users', 'users.id', 'audit_log.actor_id')
        .selectAll('audit_log')
        .select('users.name as actor_name')
        .orderBy('audit_log.id', 'desc')
        .limit(q.limit ?? 100);
      if (q.app) query = query.where('audit_log.app_id', '=', q.app);
      if (q.action) query = query.where('audit_log.action', '=', q.action);
      if (q.actor) query = query.where('audit_log.actor_username', '=', q.actor);
      if (q.from) query = query.where('audit_log.at', '>=', isoTime(q.from, 'from'));
      if (q.to) query = query.where('audit_log.at', '<', isoTime(q.to, 'to'));
      const rows = await query.execute();
      return {
        items: rows.map((r) => ({
          id: Number(r.id),
          at: r.at,
          actor: r.actor_id ? { id: r.actor_id, username: r.actor_username, name: r.actor_name } : null,
          action: r.action,
          app: r.app_id,
          fromStatus: r.from_status,
          toStatus: r.to_status,
          reason: r.reason,
          details: parseJson<Record<string, unknown> | null>(r.details, null),
        })),
      };
    },
  );
};

export default auditRoutes;
