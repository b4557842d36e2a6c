/* The audit log: who did what to which app, when and why. */
import { type Static, Type } from '@sinclair/typebox';
import { routesOf } from './routesOf.ts';

const auditRoute = routesOf('audit');

/** Who acted; `username` and `name` as recorded at the time (null when the account is gone). */
export const AuditActorSchema = Type.Object({ id: Type.String(), username: Type.Union([Type.String(), Type.Null()]), name: Type.Union([Type.String(), Type.Null()]) });

export const AuditEntrySchema = Type.Object(
  {
    id: Type.Integer(),
    at: Type.String(),
    actor: Type.Union([AuditActorSchema, Type.Null()], { description: 'null for the system (e.g. a retirement that came due)' }),
    action: Type.String({ description: 'e.g. version.publish, app.retire' }),
    app: Type.Union([Type.String(), Type.Null()]),
    fromStatus: Type.Union([Type.String(), Type.Null()]),
    toStatus: Type.Union([Type.String(), Type.Null()]),
    reason: Type.Union([Type.String(), Type.Null()]),
    details: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
  },
  { title: 'AuditEntry' },
);

export const AuditQuerySchema = Type.Object({
  app: Type.Optional(Type.String({ maxLength: 64 })),
  action: Type.Optional(Type.String({ maxLength: 64, description: 'e.g. version.publish, app.retire' })),
  actor: Type.Optional(Type.String({ maxLength: 64, description: 'username' })),
  from: Type.Optional(Type.String({ maxLength: 40, description: 'inclusive, ISO time or YYYY-MM-DD' })),
  to: Type.Optional(Type.String({ description: 'exclusive, ISO time or YYYY-MM-DD' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
});

export const listAudit = auditRoute('GET', '/api/audit', 'Who did what to which app, when and why; newest first', { querystring: AuditQuerySchema }, { 200: Type.Object({ items: Type.Array(AuditEntrySchema) }) });

export type AuditEntry = Static<typeof AuditEntrySchema>;
export type AuditQuery = Static<typeof AuditQuerySchema>;
