import type { Db } from '../db/createDatabase.ts';
import type { SessionSettings } from '../sessions/sessionSettings.ts';
import { createSession, type NewSession } from '../sessions/sessionStore.ts';
import { ssoDb } from './ssoTables.ts';

/** A token may be minted on the strength of an SSO sign-in this recent (issue 12: "or a fresh SSO sign-in"). */
export const FRESH_SSO_MS = 5 * 60 * 1000;

/** Starts a session as a password sign-in does, marked as SSO with when the provider authenticated the user. */
export async function createSsoSession(
  db: Db,
  input: {
    userId: string;
    userAgent: string | undefined;
    address: string | undefined;
    now: Date;
    settings: SessionSettings;
    authAt: Date;
    idToken: string;
  },
): Promise<NewSession> {
  const session = await createSession(db, input);
  await recordSsoAuth(db, session.id, input.authAt, input.idToken);
  return session;
}

/** Records a (re-)authentication at the provider on an existing session. */
export async function recordSsoAuth(db: Db, sessionId: string, authAt: Date, idToken: string): Promise<void> {
  await ssoDb(db)
    .updateTable('sessions')
    .set({ auth_method: 'oidc', sso_auth_at: authAt.toISOString(), sso_id_token: idToken })
    .where('id', '=', sessionId)
    .execute();
}

/** How the session of `sessionId` was authenticated, for sign-out and token minting. */
export async function sessionAuth(db: Db, sessionId: string): Promise<{ method: string | null; ssoAuthAt: string | null; idToken: string | null } | null> {
  const row = await ssoDb(db)
    .selectFrom('sessions')
    .select(['auth_method', 'sso_auth_at', 'sso_id_token'])
    .where('id', '=', sessionId)
    .executeTakeFirst();
  return row ? { method: row.auth_method, ssoAuthAt: row.sso_auth_at, idToken: row.sso_id_token } : null;
}

/** Whether the session's user authenticated at the provider within FRESH_SSO_MS of `now`. */
export async function hasFreshSsoAuth(db: Db, sessionId: string, now: Date): Promise<boolean> {
  const auth = await sessionAuth(db, sessionId);
  if (auth?.method !== 'oidc' || !auth.ssoAuthAt) return false;
  const age = now.getTime() - Date.parse(auth.ssoAuthAt);
  return age >= -60_000 && age <= FRESH_SSO_MS;
}
