import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { UsageDb } from './usageDb.ts';
import { addCounts } from './addCounts.ts';
import { chunk } from './chunk.ts';
import { rollupEvents, type StoredEvent } from './rollupEvents.ts';
import { isoInstant } from './isoInstant.ts';
import { shanghaiDay } from '@toolbox/sdk';
import type { RefusedCount } from './refusalReasons.ts';
import { refusedRows, type RefusedRow } from './refusedRows.ts';
import { writeUsageSqlite } from './sqliteFastPath.ts';

/**
 * Stores events and their rollups in one transaction, so an event is either fully counted or not at all.
 * An id already stored (or repeated in `events`) is skipped: sending a batch twice counts it once.
 * Returns the ids that were new.
 */
export async function writeUsage(
  db: UsageDb,
  events: readonly StoredEvent[],
  receivedAt: Date,
  options: { keepRaw?: boolean; refused?: readonly RefusedCount[] } = {},
): Promise<Set<string>> {
  const unique = new Map<string, StoredEvent>();
  for (const e of events) if (!unique.has(e.id)) unique.set(e.id, e);
  const refused = options.refused ?? [];
  if (unique.size === 0 && refused.length === 0) return new Set();
  // Refusals count on the Shanghai day they were received: an event's own `at` may be what was wrong with it.
  const refusal = { events, refused, day: shanghaiDay(receivedAt) };
  // SQLite: fixed-shape prepared statements run per row (see sqliteFastPath.ts); PostgreSQL: the Kysely code below.
  const fast = await writeUsageSqlite(db, [...unique.values()], receivedAt.toISOString(), options.keepRaw ?? true, refusal);
  if (fast) return fast;
  return db.transaction().execute(async (trx) => {
    const fresh = await insertRaw(trx, [...unique.values()], receivedAt.toISOString(), options.keepRaw ?? true);
    await writeRollup(trx, [...unique.values()].filter((e) => fresh.has(e.id)));
    await writeRefused(trx, refusedRows(events, fresh, refused, refusal.day));
    return fresh;
  });
}

/** Adds refusal counts to `usage_refused`, in the write's transaction. */
async function writeRefused(trx: Transaction<Database>, rows: readonly RefusedRow[]): Promise<void> {
  await addCounts(trx, 'usage_refused', ['day', 'app_id', 'reason'], ['count'], rows);
}

async function insertRaw(
  trx: Transaction<Database>,
  events: StoredEvent[],
  receivedAt: string,
  keepRaw: boolean,
): Promise<Set<string>> {
  // The demo seed and benchmarks skip raw rows for synthetic months that would be pruned at once anyway.
  if (!keepRaw) return new Set(events.map((e) => e.id));
  const fresh = new Set<string>();
  for (const part of chunk(events, 8)) {
    const rows = await trx
      .insertInto('usage_events')
      .values(
        part.map((e) => ({
          id: e.id,
          app_id: e.appId,
          type: e.type,
          at: isoInstant(e.at),
          day: shanghaiDay(e.at),
          unit_id: e.unitId,
          user_hash: e.userHash,
          received_at: receivedAt,
        })),
      )
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .execute();
    for (const r of rows) fresh.add(r.id);
  }
  return fresh;
}

/** Adds new events to every rollup. Exported for the demo seed and the benchmark, which write rollups directly. */
export async function writeRollup(trx: Transaction<Database>, events: readonly StoredEvent[]): Promise<void> {
  if (events.length === 0) return;
  const r = rollupEvents(events);

  await addCounts(trx, 'usage_daily', ['app_id', 'day', 'unit_id', 'type'], ['count'], r.daily);
  // A day row that is new for an (app, type) adds one day to its month: insert the keys first, to learn which are new.
  const newDays = new Set<string>();
  for (const part of chunk(r.appDays, 4)) {
    const rows = await trx
      .insertInto('usage_app_days')
      .values(part.map((d) => ({ ...d, count: 0 })))
      .onConflict((oc) => oc.columns(['day', 'app_id', 'type']).doNothing())
      .returning(['day', 'app_id', 'type'])
      .execute();
    for (const row of rows) newDays.add(`${row.app_id}\u0000${row.day}\u0000${row.type}`);
    await addCounts(trx, 'usage_app_days', ['day', 'app_id', 'type'], ['count'], part);
  }
  const months = new Map<string, { month: string; app_id: string; type: string; count: number; days: number }>();
  for (const d of r.appDays) {
    const month = d.day.slice(0, 7);
    const k = `${d.app_id}\u0000${month}\u0000${d.type}`;
    const isNew = newDays.has(`${d.app_id}\u0000${d.day}\u0000${d.type}`) ? 1 : 0;
    const m = months.get(k);
    if (m) {
      m.count += d.count;
      m.days += isNew;
    } else months.set(k, { month, app_id: d.app_id, type: d.type, count: d.count, days: isNew });
  }
  await addCounts(trx, 'usage_app_months', ['month', 'app_id', 'type'], ['count', 'days'], [...months.values()]);
  for (const part of chunk(r.dailyUsers, 4)) {
    await trx
      .insertInto('usage_daily_users')
      .values(part)
      .onConflict((oc) => oc.columns(['app_id', 'day', 'user_hash']).doNothing())
      .execute();
  }

  // A distinct-user counter goes up only for presence rows that are new, so it stays a union however events arrive.
  const added = new Map<string, { app_id: string; period: string; users: number }>();
  for (const part of chunk(r.periodUsers, 4)) {
    const rows = await trx
      .insertInto('usage_period_users')
      .values(part)
      .onConflict((oc) => oc.columns(['app_id', 'period', 'user_hash']).doNothing())
      .returning(['app_id', 'period'])
      .execute();
    for (const row of rows) {
      const k = `${row.app_id}\u0000${row.period}`;
      const a = added.get(k);
      if (a) a.users++;
      else added.set(k, { app_id: row.app_id, period: row.period, users: 1 });
    }
  }
  await addCounts(trx, 'usage_period_active', ['app_id', 'period'], ['users'], [...added.values()]);

  for (const part of chunk(r.unitYears, 5)) {
    await trx
      .insertInto('usage_unit_years')
      .values(part)
      .onConflict((oc) =>
        oc.columns(['app_id', 'year', 'unit_id']).doUpdateSet({
          months: sql<number>`usage_unit_years.months | excluded.months`,
          opens: sql<number>`usage_unit_years.opens + excluded.opens`,
        }),
      )
      .execute();
  }
}
