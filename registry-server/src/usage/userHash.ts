import { createHmac, randomBytes } from 'node:crypto';
import { SETTINGS_KEYS } from './settingsKeys.ts';
import type { UsageDb } from './usageDb.ts';

const secrets = new WeakMap<object, Buffer>();

/**
 * The server's HMAC key for user hashes, created on first use and kept in the database, so that every instance
 * sharing the database hashes a user the same way, and a hash cannot be reversed by hashing every user id without it.
 * The insert ignores a conflict: when two instances start at once, both read the winner's key.
 */
export async function getUsageSecret(db: UsageDb): Promise<Buffer> {
  const cached = secrets.get(db);
  if (cached) return cached;
  await db
    .insertInto('settings')
    .values({ key: SETTINGS_KEYS.userHashSecret, value: JSON.stringify(randomBytes(32).toString('base64')) })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', SETTINGS_KEYS.userHashSecret)
    .executeTakeFirstOrThrow();
  const secret = Buffer.from(JSON.parse(row.value) as string, 'base64');
  secrets.set(db, secret);
  return secret;
}

/** How a user appears in usage tables: HMAC-SHA256 of the id, hex, cut to 128 bits (ample against collisions). */
export function hashUser(secret: Buffer, userId: string): string {
  return createHmac('sha256', secret).update(userId).digest('hex').slice(0, 32);
}
