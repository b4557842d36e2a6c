import { randomUUID } from 'node:crypto';
import type { Db } from '../db/createDatabase.ts';
import { parseJson } from '../lib/json.ts';
import { randomSecret, sha256Hex } from './secrets.ts';

const DAY_MS = 24 * 3600 * 1000;

export interface MintedToken {
  id: string;
  /** The secret: given to the caller once, stored only as its hash. */
  token: string;
  createdAt: string;
  expiresAt: string;
}

export async function mintToken(
  db: Db,
  input: { userId: string; name: string; scope: 'publish' | 'read'; apps: string[] | null; days: number; now: Date },
): Promise<MintedToken> {
  const id = randomUUID();
  const token = randomSecret('tbx_');
  const createdAt = input.now.toISOString();
  const expiresAt = new Date(input.now.getTime() + input.days * DAY_MS).toISOString();
  await db
    .insertInto('api_tokens')
    .values({
      id,
      user_id: input.userId,
      name: input.name,
      token_hash: sha256Hex(token),
      created_at: createdAt,
      last_used_at: null,
      scope: input.scope,
      apps: input.apps ? JSON.stringify(input.apps) : null,
      expires_at: expiresAt,
    })
    .execute();
  return { id, token, createdAt, expiresAt };
}

/** The tokens of one user (or of everyone: `userId` null), newest first, never the secrets. */
export async function listTokens(db: Db, userId: string | null, now: Date) {
  let query = db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select([
      'api_tokens.id',
      'api_tokens.name',
      'api_tokens.scope',
      'api_tokens.apps',
      'api_tokens.created_at',
      'api_tokens.expires_at',
      'api_tokens.last_used_at',
      'users.id as user_id',
      'users.username',
      'users.name as user_name',
    ])
    .orderBy('api_tokens.created_at', 'desc')
    .orderBy('api_tokens.id');
  if (userId !== null) query = query.where('api_tokens.user_id', '=', userId);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    scope: r.scope,
    apps: r.apps ? parseJson<string[]>(r.apps, []) : null,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    lastUsedAt: r.last_used_at,
    expired: Date.parse(r.expires_at) <= now.getTime(),
    user: { id: r.user_id, username: r.username, name: r.user_name },
  }));
}

/**
 * Revokes every token of a user, in the caller's transaction: a token is minted with the password, so a new password
 * (a reset, or the user's own change) must not leave one in the hands of whoever knew the old. How many went.
 */
export async function revokeTokensOf(db: Db, userId: string): Promise<number> {
  const result = await db.deleteFrom('api_tokens').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Revokes a token; `ownerId` limits it to that user's tokens (null: any). False when there was none to revoke. */
export async function revokeToken(db: Db, tokenId: string, ownerId: string | null): Promise<boolean> {
  let query = db.deleteFrom('api_tokens').where('id', '=', tokenId);
  if (ownerId !== null) query = query.where('user_id', '=', ownerId);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
