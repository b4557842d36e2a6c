import type { Db } from '../db/createDatabase.ts';
import { parseJson } from '../lib/json.ts';

export interface AuditFilter {
  app?: string;
  action?: string;
  actor?: string;
  /** ISO instants, already checked; `to` is exclusive. */
  from?: string;
  to?: string;
  limit: number;
}

/** The audit log newest first, with the actor's current display name. */
export async function listAudit(db: Db, filter: AuditFilter) {
  let query = db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.actor_id')
    .selectAll('audit_log')
    .select('users.name as actor_name')
    .orderBy('audit_log.id', 'desc')
    .limit(filter.limit);
  if (filter.app) query = query.where('audit_log.app_id', '=', filter.app);
  if (filter.action) query = query.where('audit_log.action', '=', filter.action);
  if (filter.actor) query = query.where('audit_log.actor_username', '=', filter.actor);
  if (filter.from) query = query.where('audit_log.at', '>=', filter.from);
  if (filter.to) query = query.where('audit_log.at', '<', filter.to);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: Number(r.id),
    at: r.at,
    actor: r.actor_id ? { id: r.actor_id, username: r.actor_username, name: r.actor_name } : null,
    action: r.action,
    app: r.app_id,
    fromStatus: r.from_status,
    toStatus: r.to_status,
    reason: r.reason,
    details: parseJson<Record<string, unknown> | null>(r.details, null),
  }));
}

/** Every audit row in [from, to) oldest first, for the review's CSV. */
export async function auditBetween(db: Db, from: Date, to: Date) {
  return db
    .selectFrom('audit_log')
    .select(['at', 'action', 'app_id', 'actor_username', 'from_status', 'to_status', 'reason', 'details'])
    .where('at', '>=', from.toISOString())
    .where('at', '<', to.toISOString())
    .orderBy('id')
    .execute();
}
