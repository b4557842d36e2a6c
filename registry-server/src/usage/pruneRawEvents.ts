import type { UsageDb } from './usageDb.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes raw events older than `retentionDays`. Rollups keep every figure; raw rows only serve idempotency (events
 * older than 7 days are refused anyway, so a retention of 8 days or more loses nothing) and rebuilding rollups.
 */
export async function pruneRawEvents(db: UsageDb, now: Date, retentionDays: number): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
  const result = await db.deleteFrom('usage_events').where('at', '<', cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}
