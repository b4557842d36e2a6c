import type { Messages } from '../i18n/messages.ts';

const text = (value: unknown): string | null =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : null;

/**
 * The audit row's details in words: the date and replacement of a deprecation, the versions of a rollback, the old and
 * new maintainer of a hand-over.
 */
export function describeDetails(
  details: Record<string, unknown> | null,
  m: Messages,
  appName: (id: string) => string = (id) => id,
): string[] {
  if (!details) return [];
  const parts: string[] = [];
  if (details.automatic === true) parts.push(m.auditDetail.automatic);
  const retireOn = text(details.retireOn);
  if (retireOn) parts.push(m.auditDetail.retireOn(retireOn));
  const replacement = text(details.replacement);
  if (replacement) parts.push(m.auditDetail.replacement(appName(replacement)));
  const from = text(details.from);
  const to = text(details.to);
  if (from && to) parts.push(m.auditDetail.versionChange(from, to));
  const maintainer = details.maintainer as { from?: { name?: unknown }; to?: { name?: unknown } } | undefined;
  const before = text(maintainer?.from?.name);
  const after = text(maintainer?.to?.name);
  if (before && after) parts.push(m.auditDetail.maintainerChange(before, after));
  const version = text(details.version);
  if (version) parts.push(m.auditDetail.version(version));
  if (Array.isArray(details.fields) && details.fields.length > 0) {
    parts.push(m.auditDetail.fields(details.fields.map((f) => m.field[String(f)] ?? String(f)).join('、')));
  }
  return parts;
}
