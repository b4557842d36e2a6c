import { revokeTokensOf } from '../auth/tokenStore.ts';
import type { Db } from '../db/createDatabase.ts';
import { endSessionsOf } from '../sessions/sessionStore.ts';

/**
 * What a new password takes away, in the caller's transaction: every session (but `keepSessionId`, the one that chose
 * it) and every API token of the user, since both were granted by the old password. One rule for an admin's reset,
 * the user's own change and the operator's break-glass reset. How many of each went.
 */
export async function endOldPasswordGrants(trx: Db, userId: string, keepSessionId?: string): Promise<{ sessionsEnded: number; tokensRevoked: number }> {
  const sessionsEnded = await endSessionsOf(trx, userId, keepSessionId);
  const tokensRevoked = await revokeTokensOf(trx, userId);
  return { sessionsEnded, tokensRevoked };
}
