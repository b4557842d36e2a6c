import { sql } from 'kysely';
import type { Db } from '../db/createDatabase.ts';
import type { Engine } from '../db/dialect.ts';

let queue: Promise<unknown> = Promise.resolve();

/** The PostgreSQL advisory-lock key of one version of one app. */
function lockKey(app: string, version: string) {
  return sql<number>`hashtext(${`toolbox.publish:${app}@${version}`})`;
}

/**
 * Runs `fn` while no one else places or reconciles this version's folder: in this process, one placement at a time
 * (a rename and a transaction: milliseconds); across instances sharing PostgreSQL, a session advisory lock, which
 * PostgreSQL releases by itself when a crashed instance's connection drops. Serializing in-process first keeps at most
 * one pool connection parked on the lock, so the commit inside `fn` always finds one.
 */
export function withPublishLock<T>(db: Db, engine: Engine, app: string, version: string, fn: () => Promise<T>): Promise<T> {
  const run = async () => {
    if (engine !== 'postgres') return fn();
    return db.connection().execute(async (conn) => {
      await sql`select pg_advisory_lock(${lockKey(app, version)})`.execute(conn);
      try {
        return await fn();
      } finally {
        await sql`select pg_advisory_unlock(${lockKey(app, version)})`.execute(conn);
      }
    });
  };
  const result = queue.then(run);
  queue = result.catch(() => undefined);
  return result;
}

/** Like withPublishLock, but gives up at once (returns undefined) when another instance holds the lock. */
export async function tryPublishLock<T>(db: Db, engine: Engine, app: string, version: string, fn: () => Promise<T>): Promise<T | undefined> {
  if (engine !== 'postgres') return fn();
  return db.connection().execute(async (conn) => {
    const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_lock(${lockKey(app, version)}) as locked`.execute(conn);
    if (!rows[0]?.locked) return undefined;
    try {
      return await fn();
    } finally {
      await sql`select pg_advisory_unlock(${lockKey(app, version)})`.execute(conn);
    }
  });
}
