import * as client from 'openid-client';
import { sha256Hex } from '../auth/secrets.ts';
import type { SsoDb } from './ssoTables.ts';

/** A sign-in at the provider must come back within 10 minutes. */
export const LOGIN_STATE_TTL_MS = 10 * 60 * 1000;

export interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
  reauth: boolean;
}

/** Records a new sign-in (fresh state, nonce and PKCE verifier) and sweeps the expired ones. */
export async function beginLogin(db: SsoDb, input: { returnTo: string; reauth: boolean; now: Date }): Promise<PendingLogin> {
  const login: PendingLogin = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    codeVerifier: client.randomPKCECodeVerifier(),
    returnTo: input.returnTo,
    reauth: input.reauth,
  };
  const at = input.now.toISOString();
  await db.deleteFrom('oidc_logins').where('expires_at', '<=', at).execute();
  await db
    .insertInto('oidc_logins')
    .values({
      state_hash: sha256Hex(login.state),
      code_verifier: login.codeVerifier,
      nonce: login.nonce,
      return_to: login.returnTo,
      reauth: login.reauth ? 1 : 0,
      created_at: at,
      expires_at: new Date(input.now.getTime() + LOGIN_STATE_TTL_MS).toISOString(),
    })
    .execute();
  return login;
}

/**
 * Takes the sign-in of `state` out of the table (each is used once, whatever follows), or null when there is none
 * or it expired.
 */
export async function takeLogin(db: SsoDb, state: string, now: Date): Promise<PendingLogin | null> {
  const row = await db.deleteFrom('oidc_logins').where('state_hash', '=', sha256Hex(state)).returningAll().executeTakeFirst();
  if (!row || row.expires_at <= now.toISOString()) return null;
  return { state, nonce: row.nonce, codeVerifier: row.code_verifier, returnTo: row.return_to, reauth: row.reauth === 1 };
}
