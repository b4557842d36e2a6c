import { SESSION_SETTING_LIMITS, type SessionSettings } from '@toolbox/sdk/api';
import type { AuthUser } from '../auth/AuthUser.ts';
import { writeAudit } from '../audit/writeAudit.ts';
import type { Db } from '../db/createDatabase.ts';
import { readSetting, writeSetting } from '../db/settingsStore.ts';
import { Errors } from '../errors.ts';

/** How long a session lives: it ends after `idleHours` without a request, and `absoluteDays` after sign-in at the latest. */
export type { SessionSettings };

/** A working day without a request ends a session; a week ends it in any case (sign in again on Monday). */
export const DEFAULT_SESSION_SETTINGS: SessionSettings = { idleHours: 8, absoluteDays: 7 };
const KEY = 'sessions';

export async function readSessionSettings(db: Db): Promise<SessionSettings> {
  return { ...DEFAULT_SESSION_SETTINGS, ...(await readSetting<Partial<SessionSettings>>(db, KEY)) };
}

/** Checks a change (only the fields given) against the current settings; the idle lifetime may not exceed the absolute one. */
export function mergeSessionSettings(current: SessionSettings, change: Partial<SessionSettings>): SessionSettings {
  const next = { ...current, ...change };
  for (const key of ['idleHours', 'absoluteDays'] as const) {
    const { min, max } = SESSION_SETTING_LIMITS[key];
    const value = next[key];
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new Errors.VALIDATION_FAILED(`body/${key} must be a whole number from ${min} to ${max}`);
    }
  }
  if (next.idleHours > next.absoluteDays * 24) {
    throw new Errors.VALIDATION_FAILED(`body/idleHours (${next.idleHours}) must not exceed absoluteDays × 24 (${next.absoluteDays * 24})`);
  }
  return next;
}

export async function writeSessionSettings(db: Db, settings: SessionSettings): Promise<void> {
  await writeSetting(db, KEY, settings);
}

/** An admin's change of the lifetimes, audited settings.sessions in the same transaction. */
export async function changeSessionSettings(
  db: Db,
  input: { actor: AuthUser; before: SessionSettings; after: SessionSettings; reason: string | null; now: Date },
): Promise<void> {
  const { before, after } = input;
  await db.transaction().execute(async (trx) => {
    await writeSessionSettings(trx, after);
    await writeAudit(trx, { actor: input.actor, action: 'settings.sessions', reason: input.reason, details: { before, after }, at: input.now });
  });
}

const CACHE_MS = 60 * 1000;

/**
 * The settings as the session lookup reads them: at most a minute old on another instance (a change on this one
 * applies at once). Sessions take the new lifetimes at their next touch.
 */
export class SessionSettingsCache {
  private value: SessionSettings | undefined;
  private readAt = 0;
  constructor(private readonly db: Db) {}

  async get(now: Date): Promise<SessionSettings> {
    if (!this.value || now.getTime() - this.readAt >= CACHE_MS || now.getTime() < this.readAt) {
      this.value = await readSessionSettings(this.db);
      this.readAt = now.getTime();
    }
    return this.value;
  }

  set(settings: SessionSettings, now: Date): void {
    this.value = settings;
    this.readAt = now.getTime();
  }
}
