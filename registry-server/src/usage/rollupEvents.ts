import { shanghaiDay } from '@toolbox/sdk';

/** An accepted event, with the user and unit taken from the session. */
export interface StoredEvent {
  id: string;
  appId: string;
  type: string;
  /** Milliseconds since the epoch. */
  at: number;
  unitId: string;
  userHash: string;
}

/** What a set of new events adds to each rollup table; keys are not needed by callers, only the rows. */
export interface Rollup {
  daily: { app_id: string; day: string; unit_id: string; type: string; count: number }[];
  appDays: { app_id: string; day: string; type: string; count: number }[];
  dailyUsers: { app_id: string; day: string; user_hash: string; unit_id: string }[];
  periodUsers: { app_id: string; period: string; user_hash: string; unit_id: string }[];
  unitYears: { app_id: string; year: string; unit_id: string; months: number; opens: number }[];
}

/**
 * Whether an event shows that someone used the app. Opens and actions do; a load error does not (the app never
 * worked for them), nor does a close on its own.
 */
export function isPresenceType(type: string): boolean {
  return type === 'open' || type.startsWith('action:');
}

/**
 * Folds new events into the rows they add to each rollup, so that a flush writes one row per key and not per event.
 * Pure: the caller upserts counts (adding) and inserts presence rows (ignoring ones already there).
 */
export function rollupEvents(events: readonly StoredEvent[]): Rollup {
  // A flush holds thousands of events but few distinct (app, day, unit, user, type): count those first, with one key
  // per event, then fold the groups into each rollup. Cheaper than five keyed lookups per event.
  const groups = new Map<string, { e: StoredEvent; day: string; count: number }>();
  for (const e of events) {
    const day = shanghaiDay(e.at);
    const key = `${e.appId}\u0000${day}\u0000${e.unitId}\u0000${e.userHash}\u0000${e.type}`;
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { e, day, count: 1 });
  }

  const daily = new Map<string, Rollup['daily'][number]>();
  const appDays = new Map<string, Rollup['appDays'][number]>();
  const dailyUsers = new Map<string, Rollup['dailyUsers'][number]>();
  const periodUsers = new Map<string, Rollup['periodUsers'][number]>();
  const unitYears = new Map<string, Rollup['unitYears'][number]>();

  for (const { e, day, count } of groups.values()) {
    const month = day.slice(0, 7);
    const year = day.slice(0, 4);

    const dk = `${e.appId}\u0000${day}\u0000${e.unitId}\u0000${e.type}`;
    const d = daily.get(dk);
    if (d) d.count += count;
    else daily.set(dk, { app_id: e.appId, day, unit_id: e.unitId, type: e.type, count });

    const ak = `${e.appId}\u0000${day}\u0000${e.type}`;
    const a = appDays.get(ak);
    if (a) a.count += count;
    else appDays.set(ak, { app_id: e.appId, day, type: e.type, count });

    if (e.type === 'open') {
      const uk = `${e.appId}\u0000${year}\u0000${e.unitId}`;
      const bit = 1 << (Number(month.slice(5, 7)) - 1);
      const u = unitYears.get(uk);
      if (u) {
        u.months |= bit;
        u.opens += count;
      } else unitYears.set(uk, { app_id: e.appId, year, unit_id: e.unitId, months: bit, opens: count });
    }

    if (!isPresenceType(e.type)) continue;
    const pk = `${e.appId}\u0000${day}\u0000${e.userHash}`;
    if (!dailyUsers.has(pk)) dailyUsers.set(pk, { app_id: e.appId, day, user_hash: e.userHash, unit_id: e.unitId });
    for (const period of [month, year]) {
      const k = `${e.appId}\u0000${period}\u0000${e.userHash}`;
      if (!periodUsers.has(k)) periodUsers.set(k, { app_id: e.appId, period, user_hash: e.userHash, unit_id: e.unitId });
    }
  }

  return {
    daily: [...daily.values()],
    appDays: [...appDays.values()],
    dailyUsers: [...dailyUsers.values()],
    periodUsers: [...periodUsers.values()],
    unitYears: [...unitYears.values()],
  };
}
