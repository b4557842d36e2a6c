import { sql } from 'kysely';
import type { Db } from './createDatabase.ts';

/**
 * Asks the database the cheapest question there is; resolves with how long it took (ms), rejects when it failed or
 * gave no answer within `timeoutMs` (a PostgreSQL server gone quiet would otherwise hold a health check until the
 * TCP stack gave up).
 */
export async function probeDatabase(db: Db, timeoutMs = 2000): Promise<number> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the database gave no answer within ${timeoutMs / 1000} s`)), timeoutMs);
  });
  try {
    await Promise.race([sql`select 1`.execute(db), late]);
  } finally {
    clearTimeout(timer);
  }
  return Math.round((performance.now() - started) * 10) / 10;
}
