import type { AuthUser } from '../auth/AuthUser.ts';
import { writeAudit } from '../audit/writeAudit.ts';
import type { Db } from '../db/createDatabase.ts';
import { parseJson } from '../lib/json.ts';
import { endOldPasswordGrants } from './endOldPasswordGrants.ts';

/** What a sign-in needs of an account, looked up by name (the hash is checked even when there is none, against a dummy). */
export async function findLoginAccount(db: Db, username: string) {
  return db
    .selectFrom('users')
    .select(['id', 'username', 'name', 'role', 'unit_id', 'password_hash', 'admin_of', 'must_change_password', 'disabled_at'])
    .where('username', '=', username)
    .executeTakeFirst();
}

/** The stored password hash of a user; undefined when the user is gone (verifyPassword then checks a dummy). */
export async function readPasswordHash(db: Db, userId: string): Promise<string | undefined> {
  const row = await db.selectFrom('users').select('password_hash').where('id', '=', userId).executeTakeFirst();
  return row?.password_hash;
}

/** A user's change of their own display name; audited user.update with `self`. */
export async function renameSelf(db: Db, user: AuthUser, name: string, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ name }).where('id', '=', user.id).execute();
    await writeAudit(trx, { actor: user, action: 'user.update', details: { userId: user.id, username: user.username, name: { from: user.name, to: name }, self: true }, at: now });
  });
}

/**
 * Stores a user's new password hash, clears must-change, ends their other sessions and revokes their tokens (minted
 * with the old password); audited user.password. Returns how many of each went.
 */
export async function changeOwnPassword(db: Db, user: AuthUser, hash: string, now: Date): Promise<{ otherSessionsEnded: number; tokensRevoked: number }> {
  return db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash: hash, must_change_password: 0 }).where('id', '=', user.id).execute();
    const { sessionsEnded: otherSessionsEnded, tokensRevoked } = await endOldPasswordGrants(trx, user.id, user.sessionId);
    await writeAudit(trx, {
      actor: user,
      action: 'user.password',
      details: { userId: user.id, username: user.username, afterReset: user.mustChangePassword, otherSessionsEnded, tokensRevoked },
      at: now,
    });
    return { otherSessionsEnded, tokensRevoked };
  });
}

export async function readPins(db: Db, userId: string): Promise<string[]> {
  const row = await db.selectFrom('users').select('pins').where('id', '=', userId).executeTakeFirstOrThrow();
  return parseJson<string[]>(row.pins, []);
}

export async function writePins(db: Db, userId: string, pins: string[]): Promise<void> {
  await db.updateTable('users').set({ pins: JSON.stringify(pins) }).where('id', '=', userId).execute();
}
