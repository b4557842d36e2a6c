// Issue 15 (single sign-on): a sign-in through the district's OpenID provider is begun on one instance and may come
// back to another, so what the callback checks (state, nonce, the PKCE verifier) is kept in the database, briefly.
// A session records how it was authenticated: token minting accepts a recent SSO sign-in instead of the password,
// and sign-out sends the browser to the provider's end-session endpoint with the ID token as the hint.
import type { Db } from '../createDatabase.ts';
import { requiredText } from '../requiredText.ts';

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('oidc_logins')
    // sha256 of the state: the state itself travels in the browser's cookie and the provider's redirect only.
    .addColumn('state_hash', 'text', (c) => c.primaryKey())
    .$call(requiredText(['code_verifier', 'nonce', 'return_to']))
    // 1: a re-authentication (prompt=login) for an action that needs it, such as minting an API token.
    .addColumn('reauth', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('oidc_logins_expires').on('oidc_logins').column('expires_at').execute();

  // 'password' or 'oidc'; null for sessions older than this migration (they were password sign-ins).
  await db.schema.alterTable('sessions').addColumn('auth_method', 'text').execute();
  // When the provider last authenticated the user of an SSO session (its auth_time, or the callback's time).
  await db.schema.alterTable('sessions').addColumn('sso_auth_at', 'text').execute();
  await db.schema.alterTable('sessions').addColumn('sso_id_token', 'text').execute();
}
