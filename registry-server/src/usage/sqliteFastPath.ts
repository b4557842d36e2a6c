/*
 * SQLite-only write path for usage events (issue 5, ingestion benchmark).
 *
 * Why it exists: on SQLite, a flush through Kysely built large multi-row INSERTs of a different shape every time, so
 * SQLite re-prepared them on every flush, and Kysely spent CPU building them; together with the rollups that was
 * ~3.5× the CPU of plain inserts. better-sqlite3 statements of fixed shape, prepared once and run per row inside the
 * one flush transaction, cost a few microseconds a row. So on SQLite the flush bypasses Kysely's query builder and
 * uses the driver directly. PostgreSQL keeps the Kysely code in writeUsage.ts (multi-row statements suit a network
 * round trip there). Behaviour is the same as that code: same rows, same dedup by id, one transaction per flush.
 *
 * Getting the driver: createDatabase records the better-sqlite3 handle behind each Kysely instance
 * (db/sqliteHandle.ts). The raw handle is used only while holding Kysely's single SQLite connection
 * (`db.connection()`), so a flush never interleaves with, or nests into, a Kysely transaction.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { sqliteHandleOf } from '../db/sqliteHandle.ts';
import type { UsageDb } from './usageDb.ts';
import type { RefusedCount } from './refusalReasons.ts';
import { refusedRows } from './refusedRows.ts';
import { rollupEvents, type StoredEvent } from './rollupEvents.ts';
import { isoInstant } from './isoInstant.ts';
import { shanghaiDay } from '@toolbox/sdk';
import { WalCheckpointer } from './walCheckpointer.ts';

type Sqlite = BetterSqlite3.Database;
type Statement = BetterSqlite3.Statement;

/** Per handle, once: the raw table's random-uuid keys touch a different B-tree page per event, so a page cache larger
 * than the default 2 MB keeps those pages in memory instead of re-reading them on every insert. And checkpoints move
 * to a worker (walCheckpointer.ts), so that flushes do not wait on them. */
const tuned = new WeakSet<Sqlite>();
const checkpointers = new WeakMap<Sqlite, WalCheckpointer>();

function handleOf(db: UsageDb): Sqlite | undefined {
  const s = sqliteHandleOf(db);
  if (s && !tuned.has(s)) {
    s.pragma('cache_size = -65536');
    // Checkpoints are rarer with the checkpointer (see wrote()): give the WAL file back beyond 64 MB when it restarts.
    s.pragma('journal_size_limit = 67108864');
    const checkpointer = WalCheckpointer.start(s);
    if (checkpointer) checkpointers.set(s, checkpointer);
    tuned.add(s);
  }
  return s;
}

/** Ends the checkpoint worker of `db`, if the fast path started one; call before the database closes. */
export async function stopUsageFastPath(db: UsageDb): Promise<void> {
  const s = sqliteHandleOf(db);
  const checkpointer = s && checkpointers.get(s);
  if (!s || !checkpointer) return;
  checkpointers.delete(s);
  await checkpointer.stop();
}

interface Statements {
  insertEvent: Statement;
  daily: Statement;
  appDayAdd: Statement;
  appDayInsert: Statement;
  month: Statement;
  dailyUser: Statement;
  periodUser: Statement;
  periodActive: Statement;
  unitYear: Statement;
  refused: Statement;
}

const prepared = new WeakMap<Sqlite, Statements>();

function statements(s: Sqlite): Statements {
  let st = prepared.get(s);
  if (!st) {
    st = {
      insertEvent: s.prepare(
        `insert into usage_events (id, app_id, type, at, day, unit_id, user_hash, received_at)
         values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing`,
      ),
      daily: s.prepare(
        `insert into usage_daily (app_id, day, unit_id, type, count) values (?, ?, ?, ?, ?)
         on conflict (app_id, day, unit_id, type) do update set count = usage_daily.count + excluded.count`,
      ),
      appDayAdd: s.prepare(`update usage_app_days set count = count + ? where day = ? and app_id = ? and type = ?`),
      appDayInsert: s.prepare(`insert into usage_app_days (app_id, day, type, count) values (?, ?, ?, ?)`),
      month: s.prepare(
        `insert into usage_app_months (month, app_id, type, count, days) values (?, ?, ?, ?, ?)
         on conflict (month, app_id, type) do update set
           count = usage_app_months.count + excluded.count, days = usage_app_months.days + excluded.days`,
      ),
      dailyUser: s.prepare(
        `insert into usage_daily_users (app_id, day, user_hash, unit_id) values (?, ?, ?, ?)
         on conflict (app_id, day, user_hash) do nothing`,
      ),
      periodUser: s.prepare(
        `insert into usage_period_users (app_id, period, user_hash, unit_id) values (?, ?, ?, ?)
         on conflict (app_id, period, user_hash) do nothing`,
      ),
      periodActive: s.prepare(
        `insert into usage_period_active (app_id, period, users) values (?, ?, ?)
         on conflict (app_id, period) do update set users = usage_period_active.users + excluded.users`,
      ),
      unitYear: s.prepare(
        `insert into usage_unit_years (app_id, year, unit_id, months, opens) values (?, ?, ?, ?, ?)
         on conflict (app_id, year, unit_id) do update set
           months = usage_unit_years.months | excluded.months, opens = usage_unit_years.opens + excluded.opens`,
      ),
      refused: s.prepare(
        `insert into usage_refused (day, app_id, reason, count) values (?, ?, ?, ?)
         on conflict (day, app_id, reason) do update set count = usage_refused.count + excluded.count`,
      ),
    };
    prepared.set(s, st);
  }
  return st;
}

/**
 * Presence rows (who used an app on a day, in a month, in a year) that are known to be in the database. Rows of these
 * tables are only ever added, never changed or deleted, so a row once seen need not be inserted-or-ignored again: in a
 * steady stream of events most presence keys of a flush were written by an earlier one. Keys are added only once
 * their transaction has committed. A bounded set: when full it starts again, which only costs the skipped inserts.
 */
class PresenceRows {
  private static readonly MAX = 200_000;
  private readonly keys = new Set<string>();

  has(key: string): boolean {
    return this.keys.has(key);
  }

  addAll(keys: readonly string[]): void {
    if (this.keys.size + keys.length > PresenceRows.MAX) this.keys.clear();
    for (const k of keys) this.keys.add(k);
  }
}

const presenceRows = new WeakMap<Sqlite, PresenceRows>();

/**
 * Adds new events to every rollup, one statement run per rollup row (rows are already folded per flush). Returns the
 * presence keys that exist once the transaction commits, for PresenceRows.
 */
function writeRollupSync(st: Statements, presence: PresenceRows, events: readonly StoredEvent[]): string[] {
  const present: string[] = [];
  if (events.length === 0) return present;
  const r = rollupEvents(events);
  for (const d of r.daily) st.daily.run(d.app_id, d.day, d.unit_id, d.type, d.count);

  // A day row that is new for an (app, type) adds one day to its month.
  const months = new Map<string, { month: string; app_id: string; type: string; count: number; days: number }>();
  for (const d of r.appDays) {
    let isNew = 0;
    if (st.appDayAdd.run(d.count, d.day, d.app_id, d.type).changes === 0) {
      st.appDayInsert.run(d.app_id, d.day, d.type, d.count);
      isNew = 1;
    }
    const month = d.day.slice(0, 7);
    const k = `${d.app_id}\u0000${month}\u0000${d.type}`;
    const m = months.get(k);
    if (m) {
      m.count += d.count;
      m.days += isNew;
    } else months.set(k, { month, app_id: d.app_id, type: d.type, count: d.count, days: isNew });
  }
  for (const m of months.values()) st.month.run(m.month, m.app_id, m.type, m.count, m.days);

  for (const u of r.dailyUsers) {
    const key = `d\u0000${u.app_id}\u0000${u.day}\u0000${u.user_hash}`;
    if (presence.has(key)) continue;
    st.dailyUser.run(u.app_id, u.day, u.user_hash, u.unit_id);
    present.push(key);
  }

  // A distinct-user counter goes up only for presence rows that are new, so it stays a union however events arrive.
  const added = new Map<string, { app_id: string; period: string; users: number }>();
  for (const p of r.periodUsers) {
    const key = `p\u0000${p.app_id}\u0000${p.period}\u0000${p.user_hash}`;
    if (presence.has(key)) continue;
    const inserted = st.periodUser.run(p.app_id, p.period, p.user_hash, p.unit_id).changes === 1;
    present.push(key);
    if (!inserted) continue;
    const k = `${p.app_id}\u0000${p.period}`;
    const a = added.get(k);
    if (a) a.users++;
    else added.set(k, { app_id: p.app_id, period: p.period, users: 1 });
  }
  for (const a of added.values()) st.periodActive.run(a.app_id, a.period, a.users);

  for (const u of r.unitYears) st.unitYear.run(u.app_id, u.year, u.unit_id, u.months, u.opens);
  return present;
}

/**
 * Writes `unique` (already deduplicated by id) and their rollups in one SQLite transaction, and returns the ids that
 * were new; or returns undefined when `db` is not SQLite, for the caller to use the Kysely path.
 */
export async function writeUsageSqlite(
  db: UsageDb,
  unique: readonly StoredEvent[],
  receivedAt: string,
  keepRaw: boolean,
  /** What the write adds to `usage_refused` (see refusedRows.ts): all events as sent, the refusals judged before. */
  refusal: { events: readonly StoredEvent[]; refused: readonly RefusedCount[]; day: string },
): Promise<Set<string> | undefined> {
  const handle = handleOf(db);
  if (!handle) return undefined;
  const s = handle;
  // Holding Kysely's only SQLite connection: no Kysely query or transaction runs while this flush does.
  return db.connection().execute(async () => {
    if (s.inTransaction) throw new Error('usage fast path: the SQLite connection is already in a transaction');
    const st = statements(s);
    let presence = presenceRows.get(s);
    if (!presence) {
      presence = new PresenceRows();
      presenceRows.set(s, presence);
    }
    const known = presence;
    let present: string[] = [];
    const write = s.transaction((): Set<string> => {
      const fresh = new Set<string>();
      const freshEvents: StoredEvent[] = [];
      for (const e of unique) {
        // The demo seed and benchmarks skip raw rows for synthetic months that would be pruned at once anyway.
        const isNew =
          !keepRaw ||
          st.insertEvent.run(e.id, e.appId, e.type, isoInstant(e.at), shanghaiDay(e.at), e.unitId, e.userHash, receivedAt)
            .changes === 1;
        if (isNew) {
          fresh.add(e.id);
          freshEvents.push(e);
        }
      }
      present = writeRollupSync(st, known, freshEvents);
      for (const r of refusedRows(refusal.events, fresh, refusal.refused, refusal.day)) st.refused.run(r.day, r.app_id, r.reason, r.count);
      return fresh;
    });
    const checkpointer = checkpointers.get(s);
    checkpointer?.beforeWrite();
    const fresh = write();
    known.addAll(present);
    checkpointer?.wrote(unique.length);
    return fresh;
  });
}
