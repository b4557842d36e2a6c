import type { AuthUser } from '../auth/AuthUser.ts';
import { writeAudit } from '../audit/writeAudit.ts';
import type { Db } from '../db/createDatabase.ts';
import { readSetting, writeSetting } from '../db/settingsStore.ts';

/** The `settings` key of the owner units whose publishes skip review (JSON array of unit ids). */
export const TRUSTED_UNITS_KEY = 'versionReview.trustedUnits';

export async function readTrustedUnits(db: Db): Promise<string[]> {
  let parsed: unknown;
  try {
    parsed = await readSetting<unknown>(db, TRUSTED_UNITS_KEY);
  } catch {
    return [];
  }
  return Array.isArray(parsed) ? parsed.filter((u): u is string => typeof u === 'string') : [];
}

export async function writeTrustedUnits(db: Db, units: string[]): Promise<void> {
  await writeSetting(db, TRUSTED_UNITS_KEY, units);
}

/** Replaces the trusted units and audits the change (review.trust) in one transaction. */
export async function setTrustedUnits(db: Db, input: { actor: AuthUser; units: string[]; reason: string; now: Date }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await readTrustedUnits(trx);
    await writeTrustedUnits(trx, input.units);
    await writeAudit(trx, { actor: input.actor, action: 'review.trust', reason: input.reason, details: { from: before, to: input.units }, at: input.now });
  });
}

/**
 * Whether a publish by this user skips review. The unit is the publisher's own, from the roster that only admins
 * edit, never the manifest's `owner.unit`, which the publisher writes themselves. A trusted unit covers the units
 * below it, as visibility does.
 */
export function isTrustedPublisher(trusted: readonly string[], publisher: { unitAncestors: readonly string[] }): boolean {
  return trusted.some((unit) => publisher.unitAncestors.includes(unit));
}
