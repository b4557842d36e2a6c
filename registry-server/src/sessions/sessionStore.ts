import type { SessionDto } from '@toolbox/sdk/api';
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/createDatabase.ts';
import { randomSecret, sha256Hex } from '../auth/secrets.ts';
import type { SessionSettings } from './sessionSettings.ts';
import { summarizeUserAgent } from './summarizeUserAgent.ts';

const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** When a session seen at `lastSeen`, begun at `createdAt`, ends under `settings`: idle and absolute. */
export function sessionEnds(settings: SessionSettings, createdAt: Date, lastSeen: Date): { idle: string; absolute: string } {
  return {
    idle: new Date(lastSeen.getTime() + settings.idleHours * HOUR_MS).toISOString(),
    absolute: new Date(createdAt.getTime() + settings.absoluteDays * DAY_MS).toISOString(),
  };
}

export interface NewSession {
  /** The cookie value: given to the browser once, stored only as its hash. */
  token: string;
  id: string;
  /** The earlier of the two ends, for the cookie's own expiry. */
  expires: Date;
}

/** Starts a session; expired ones of the same user are swept here rather than by a timer (nothing to coordinate). */
export async function createSession(
  db: Db,
  input: { userId: string; userAgent: string | undefined; address: string | undefined; now: Date; settings: SessionSettings },
): Promise<NewSession> {
  const { now } = input;
  const token = randomSecret();
  const id = randomUUID();
  const ends = sessionEnds(input.settings, now, now);
  await db
    .insertInto('sessions')
    .values({
      token_hash: sha256Hex(token),
      id,
      user_id: input.userId,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      idle_expires_at: ends.idle,
      expires_at: ends.absolute,
      user_agent: input.userAgent ? input.userAgent.slice(0, 300) : null,
      address: input.address ? input.address.slice(0, 64) : null,
    })
    .execute();
  await sweepExpired(db, input.userId, now);
  return { token, id, expires: new Date(Math.min(Date.parse(ends.idle), Date.parse(ends.absolute))) };
}

async function sweepExpired(db: Db, userId: string, now: Date): Promise<void> {
  const at = now.toISOString();
  await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where((eb) => eb.or([eb('expires_at', '<=', at), eb('idle_expires_at', '<=', at)]))
    .execute();
}

/** Records a request: moves the idle end, and the absolute end to what the current setting gives. */
export async function touchSession(db: Db, id: string, createdAt: string, now: Date, settings: SessionSettings): Promise<void> {
  const ends = sessionEnds(settings, new Date(createdAt), now);
  await db
    .updateTable('sessions')
    .set({ last_seen_at: now.toISOString(), idle_expires_at: ends.idle, expires_at: ends.absolute })
    .where('id', '=', id)
    .execute();
}

export type SessionItem = SessionDto;

/** The user's live sessions, most recently seen first. */
export async function listSessions(db: Db, userId: string, currentId: string | undefined, now: Date): Promise<SessionItem[]> {
  const at = now.toISOString();
  const rows = await db
    .selectFrom('sessions')
    .select(['id', 'created_at', 'last_seen_at', 'idle_expires_at', 'expires_at', 'user_agent', 'address'])
    .where('user_id', '=', userId)
    .where('expires_at', '>', at)
    .where('idle_expires_at', '>', at)
    .orderBy('last_seen_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.created_at,
    lastSeenAt: r.last_seen_at,
    expiresAt: r.idle_expires_at < r.expires_at ? r.idle_expires_at : r.expires_at,
    userAgent: summarizeUserAgent(r.user_agent),
    address: r.address,
    current: r.id === currentId,
  }));
}

/** Ends one of the user's sessions; false when it is not theirs (or gone). */
export async function endSession(db: Db, userId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Ends every session of the user but `keepId` (none kept when undefined); the number ended. */
export async function endSessionsOf(db: Db, userId: string, keepId?: string): Promise<number> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepId) query = query.where('id', '!=', keepId);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Ends the session of a cookie (sign out); nothing when it is unknown. */
export async function endSessionOfCookie(db: Db, cookie: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', sha256Hex(cookie)).execute();
}
