import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface AuditRow {
  /** Who did it; null for the server itself (e.g. a retirement that came due). */
  actor: { id: string; username: string } | null;
  /** Dotted verb, e.g. `app.register`, `version.publish`, `app.deprecate`, `app.retire`. */
  action: string;
  app?: string | null;
  fromStatus?: string | null;
  toStatus?: string | null;
  reason?: string | null;
  details?: Record<string, unknown> | null;
  at: Date;
}

/** Appends one row to the audit log. Pass the transaction when the change it records is in one. */
export async function writeAudit(db: Kysely<Database>, row: AuditRow): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: row.at.toISOString(),
      actor_id: row.actor?.id ?? null,
      actor_username: row.actor?.username ?? null,
      action: row.action,
      app_id: row.app ?? null,
      from_status: row.fromStatus ?? null,
      to_status: row.toStatus ?? null,
      reason: row.reason ?? null,
      details: row.details ? JSON.stringify(row.details) : null,
    })
    .execute();
}
