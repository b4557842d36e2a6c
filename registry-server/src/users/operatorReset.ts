import { writeAudit } from '../audit/writeAudit.ts';
import { hashPassword } from '../auth/password.ts';
import type { Db } from '../db/createDatabase.ts';
import type { OrgTree } from '../org/OrgTree.ts';
import { endOldPasswordGrants } from './endOldPasswordGrants.ts';
import { temporaryPassword } from './temporaryPassword.ts';

/** A reset the operator cannot do as asked, with what to do instead (the CLI prints it and exits 1). */
export class OperatorError extends Error {}

export interface OperatorReset {
  username: string;
  name: string;
  /** Shown once: it works only to choose a new password at the next sign-in. */
  temporary: string;
  sessionsEnded: number;
  /** Tokens the user had minted (with the old password), now revoked. */
  tokensRevoked: number;
  /** The account was disabled and `enable` turned it back on. */
  enabled: boolean;
}

/**
 * The break-glass reset, for whoever runs the server (`pnpm run reset-password -- <username>`): the one admin forgot
 * their password, or an admin was disabled by mistake. The same as an admin's reset (a temporary password that must be
 * changed at the next sign-in, every session ended, every token revoked), with no admin signed in to do it: the operator already holds the
 * database. Audited `user.password-reset` (and `user.enable`) by the system, with `via: 'command line'` and the
 * operating-system user who ran it.
 */
export async function resetPasswordAsOperator(
  db: Db,
  org: OrgTree,
  username: string,
  options: { enable: boolean; operator: string; at: Date },
): Promise<OperatorReset> {
  // Usernames are unique whatever their case (the user store checks before every insert), so one lookup by
  // lower(username), which migration 011 indexes, finds the account.
  const user = await db
    .selectFrom('users')
    .select(['id', 'username', 'name', 'unit_id', 'disabled_at'])
    .where((eb) => eb.fn('lower', ['username']), '=', username.toLowerCase())
    .executeTakeFirst();
  if (!user) throw new OperatorError(`there is no user "${username}" (usernames are listed under 组织与人员 in the admin console)`);
  if (user.disabled_at && !options.enable) throw new OperatorError(`${user.username} is disabled: add --enable to enable the account too`);
  if (user.disabled_at && org.get(user.unit_id)?.disabled) {
    throw new OperatorError(`${user.username} cannot be enabled: their unit ${org.get(user.unit_id)?.name ?? user.unit_id} is disabled`);
  }
  const temporary = temporaryPassword();
  const hash = await hashPassword(temporary);
  const enabled = user.disabled_at !== null;
  const { sessionsEnded, tokensRevoked } = await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash: hash, must_change_password: 1, ...(enabled ? { disabled_at: null } : {}) })
      .where('id', '=', user.id)
      .execute();
    const { sessionsEnded: ended, tokensRevoked: revoked } = await endOldPasswordGrants(trx, user.id);
    const via = { via: 'command line', operator: options.operator };
    if (enabled) await writeAudit(trx, { actor: null, action: 'user.enable', details: { userId: user.id, username: user.username, ...via }, at: options.at });
    await writeAudit(trx, { actor: null, action: 'user.password-reset', details: { userId: user.id, username: user.username, sessionsEnded: ended, tokensRevoked: revoked, ...via }, at: options.at });
    return { sessionsEnded: ended, tokensRevoked: revoked };
  });
  return { username: user.username, name: user.name, temporary, sessionsEnded, tokensRevoked, enabled };
}
