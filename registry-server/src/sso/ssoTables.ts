import type { Db } from '../db/createDatabase.ts';

/** A sign-in begun at the provider and not yet back (migration 010_oidc). */
export interface OidcLoginsTable {
  state_hash: string;
  code_verifier: string;
  nonce: string;
  return_to: string;
  reauth: number;
  created_at: string;
  expires_at: string;
}

/** What migration 010_oidc added to `sessions`. */
export interface SsoSessionColumns {
  /** 'password' or 'oidc'; null for sessions begun before the migration. */
  auth_method: string | null;
  /** When the provider last authenticated the user of an SSO session. */
  sso_auth_at: string | null;
  /** The ID token, sent back as `id_token_hint` at sign-out. */
  sso_id_token: string | null;
}

/** The database as the SSO code sees it: kept here rather than in db/schema.ts, as the tables only SSO reads. */
export function ssoDb(db: Db) {
  return db.withTables<{ oidc_logins: OidcLoginsTable; sessions: SsoSessionColumns }>();
}
export type SsoDb = ReturnType<typeof ssoDb>;
