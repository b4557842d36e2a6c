import { createHmac, randomBytes } from 'node:crypto';
import type { UsageDb } from './usageDb.ts';

const SECRET_KEY = 'user_hash_secret';
const secrets = new WeakMap<object, Buffer>();

/**
 * The server's HMAC key for user hashes, created on first use and kept in the database, so that every instance
 * sharing the database hashes a user the same way, and a hash cannot be reversed by hashing every user id without it.
 */
export async function getUsageSecret(db: UsageDb): Promise<Buffer> {
  const cached = secrets.get(db);
  if (cached) return cached;
  await db
    .insertInto('usage_settings')
    .values({ key: SECRET_KEY, value: randomBytes(32).toString('base64') })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db.selectFrom('usage_settings').select('value').where('key', '=', SECRET_KEY).executeTakeFirstOrThrow();
  const secret = Buffer.from(row.value, 'base64');
  secrets.set(db, secret);
  return secret;
}

/** How a user appears in usage tables: HMAC-SHA256 of the id, hex, cut to 128 bits (enough to never collide here). */
export function hashUser(secret: Buffer, userId: string): string {
  return createHmac('sha256', secret).update(userId).digest('hex').slice(0, 32);
}
