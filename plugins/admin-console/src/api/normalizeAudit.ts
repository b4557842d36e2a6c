import type { AuditEntry } from './types.ts';

type Raw = Record<string, unknown>;

const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/**
 * The audit route may name the actor as an object (`actor: {username, name}`), as `actorName` or as the stored
 * `actorUsername`; the console shows one name whichever arrives, and never guesses a person from an id.
 * No actor at all means the server did it (a retirement that came due).
 */
export function normalizeAudit(raw: Raw): AuditEntry {
  const actor = (raw.actor && typeof raw.actor === 'object' ? raw.actor : {}) as Raw;
  const details = raw.details;
  return {
    id: String(raw.id ?? `${String(raw.at)}-${String(raw.action)}`),
    at: String(raw.at ?? ''),
    actorName: str(actor.name) ?? str(actor.username) ?? str(raw.actorName) ?? str(raw.actorUsername) ?? str(raw.actor),
    action: String(raw.action ?? ''),
    app: str(raw.app) ?? str(raw.appId),
    fromStatus: str(raw.fromStatus),
    toStatus: str(raw.toStatus),
    reason: str(raw.reason),
    details: details && typeof details === 'object' ? (details as Record<string, unknown>) : null,
  };
}
