import type { Translate } from '@toolbox/sdk';
import { labelOr } from '../i18n/labelOr.ts';
import type { ConsoleWords } from '../i18n/messages.ts';

const text = (value: unknown): string | null =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : null;

/**
 * The audit row's details in words: the date and replacement of a deprecation, the versions of a rollback, the old and
 * new maintainer of a hand-over.
 */
export function describeDetails(
  details: Record<string, unknown> | null,
  t: Translate<ConsoleWords>,
  appName: (id: string) => string = (id) => id,
): string[] {
  if (!details) return [];
  const parts: string[] = [];
  if (details.automatic === true) parts.push(t('auditDetail.automatic'));
  const retireOn = text(details.retireOn);
  if (retireOn) parts.push(t('auditDetail.retireOn', retireOn));
  const replacement = text(details.replacement);
  if (replacement) parts.push(t('auditDetail.replacement', appName(replacement)));
  const from = text(details.from);
  const to = text(details.to);
  if (from && to) parts.push(t('auditDetail.versionChange', from, to));
  const maintainer = details.maintainer as { from?: { name?: unknown }; to?: { name?: unknown } } | undefined;
  const before = text(maintainer?.from?.name);
  const after = text(maintainer?.to?.name);
  if (before && after) parts.push(t('auditDetail.maintainerChange', before, after));
  const version = text(details.version);
  if (version) parts.push(t('auditDetail.version', version));
  if (Array.isArray(details.fields) && details.fields.length > 0) {
    parts.push(t('auditDetail.fields', details.fields.map((f) => labelOr(t, 'field', String(f))).join('、')));
  }
  return parts;
}
