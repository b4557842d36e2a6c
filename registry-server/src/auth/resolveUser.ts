import type BetterSqlite3 from 'better-sqlite3';
import type { Db } from '../db/createDatabase.ts';
import { sqliteHandleOf } from '../db/sqliteHandle.ts';
import type { OrgTree } from '../org/OrgTree.ts';
import type { RoleName } from '../db/schema.ts';
import type { SessionSettingsCache } from '../sessions/sessionSettings.ts';
import { touchSession } from '../sessions/sessionStore.ts';
import type { AuthUser } from './AuthUser.ts';
import { sha256Hex } from './secrets.ts';

interface UserRow {
  id: string;
  username: string;
  name: string;
  role: RoleName;
  unit_id: string;
  admin_of: string | null;
  must_change_password: number | boolean;
}

/** The columns toAuthUser reads, for the session and the token lookups alike. */
const USER_COLUMNS = [
  'users.id',
  'users.username',
  'users.name',
  'users.role',
  'users.unit_id',
  'users.admin_of',
  'users.must_change_password',
] as const;

export async function toAuthUser(org: OrgTree, row: UserRow, via: AuthUser['via']): Promise<AuthUser> {
  if (!org.get(row.unit_id)) await org.reload();
  const chain = org.ancestors(row.unit_id);
  return {
    id: row.id,
    username: row.username,
    name: row.name,
    role: row.role,
    unit: { id: row.unit_id, name: chain[0]?.name ?? row.unit_id, path: chain.map((u) => u.name).reverse() },
    unitAncestors: chain.map((u) => u.id),
    via,
    adminOf: row.admin_of,
    mustChangePassword: Number(row.must_change_password) === 1,
  };
}

interface SessionRow extends UserRow {
  session_id: string;
  created_at: string;
  last_seen_at: string;
  generation: number;
}

// The catalogue's generation rides along (no second round trip): a newer one means the org tree changed elsewhere.
const SESSION_SQL = `select users.id, users.username, users.name, users.role, users.unit_id, users.admin_of,
    users.must_change_password, sessions.id as session_id, sessions.created_at, sessions.last_seen_at,
    (select generation from catalog_state where id = 1) as generation
  from sessions inner join users on users.id = sessions.user_id
  where sessions.token_hash = ? and sessions.expires_at > ? and sessions.idle_expires_at > ? and users.disabled_at is null`;
const sessionStatements = new WeakMap<BetterSqlite3.Database, BetterSqlite3.Statement<[string, string, string], SessionRow>>();

// Once a minute is precise enough for an idle lifetime counted in hours, and spares a write on every request.
const TOUCH_EVERY_MS = 60 * 1000;

/**
 * The user of a live session cookie value, or null: the session exists, is neither idle nor past its absolute end,
 * and its user is not disabled. Looked up on every request, with nothing cached, so that a logout, an expiry or a
 * disabled account takes effect at once on every instance. On SQLite the lookup is one statement prepared once:
 * through Kysely it was compiled and prepared again on each request, the largest cost of a usage batch after the
 * batch itself. With `settings`, a request moves the session's idle end (at most once a minute).
 */
export async function userFromSession(
  db: Db,
  org: OrgTree,
  cookie: string,
  now: Date,
  settings?: SessionSettingsCache,
): Promise<AuthUser | null> {
  const tokenHash = sha256Hex(cookie);
  const at = now.toISOString();
  const sqlite = sqliteHandleOf(db);
  let row: SessionRow | undefined;
  if (sqlite) {
    let statement = sessionStatements.get(sqlite);
    if (!statement) {
      statement = sqlite.prepare<[string, string, string], SessionRow>(SESSION_SQL);
      sessionStatements.set(sqlite, statement);
    }
    const prepared = statement;
    const lookUp = () => prepared.get(tokenHash, at, at);
    // Never read inside another request's open transaction (Kysely's one SQLite connection is shared): then wait for
    // the connection, as any query does. Otherwise read at once; the read is synchronous, so nothing can begin meanwhile.
    row = sqlite.inTransaction ? await db.connection().execute(async () => lookUp()) : lookUp();
  } else {
    row = await db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select([
        ...USER_COLUMNS,
        'sessions.id as session_id',
        'sessions.created_at',
        'sessions.last_seen_at',
      ])
      .select((eb) => eb.selectFrom('catalog_state').select('generation').where('id', '=', 1).as('generation'))
      .where('sessions.token_hash', '=', tokenHash)
      .where('sessions.expires_at', '>', at)
      .where('sessions.idle_expires_at', '>', at)
      .where('users.disabled_at', 'is', null)
      .executeTakeFirst() as SessionRow | undefined;
  }
  if (!row) return null;
  await org.ensureGeneration(Number(row.generation ?? 0));
  if (settings && now.getTime() - Date.parse(row.last_seen_at) >= TOUCH_EVERY_MS) {
    await touchSession(db, row.session_id, row.created_at, now, await settings.get(now));
  }
  const user = await toAuthUser(org, row, 'session');
  user.sessionId = row.session_id;
  return user;
}

// Once a minute is recent enough for "last used" in a list, and saves a write on every call of a busy CI token.
const TOKEN_TOUCH_EVERY_MS = 60 * 1000;

/**
 * The user of a bearer token with the token's grant; `{expired}` for a token past its expiry (refused with its own
 * code, so the CLI can say "log in again" rather than "wrong token"); `{disabled}` when its user was disabled; null
 * for an unknown one.
 */
export async function userFromToken(
  db: Db,
  org: OrgTree,
  token: string,
  now: Date,
): Promise<AuthUser | { expired: string } | { disabled: string } | null> {
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select([
      ...USER_COLUMNS,
      'users.disabled_at',
      'api_tokens.id as token_id',
      'api_tokens.last_used_at',
      'api_tokens.scope',
      'api_tokens.apps',
      'api_tokens.expires_at',
    ])
    .select((eb) => eb.selectFrom('catalog_state').select('generation').where('id', '=', 1).as('generation'))
    .where('api_tokens.token_hash', '=', sha256Hex(token))
    .executeTakeFirst();
  if (!row) return null;
  if (row.disabled_at) return { disabled: row.username };
  if (!row.expires_at || Date.parse(row.expires_at) <= now.getTime()) return { expired: row.expires_at ?? 'an unknown date' };
  if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) >= TOKEN_TOUCH_EVERY_MS) {
    await db.updateTable('api_tokens').set({ last_used_at: now.toISOString() }).where('id', '=', row.token_id).execute();
  }
  await org.ensureGeneration(Number(row.generation ?? 0));
  const user = await toAuthUser(org, row, 'token');
  user.token = { id: row.token_id, scope: row.scope === 'read' ? 'read' : 'publish', apps: row.apps ? parseApps(row.apps) : null };
  return user;
}

function parseApps(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    // An unreadable list grants no app rather than every app.
    return [];
  }
}
