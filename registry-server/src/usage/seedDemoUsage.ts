import { randomUUID } from 'node:crypto';
import type { Db } from '../db/createDatabase.ts';
import { parseJson } from '../lib/json.ts';
import { DEFAULT_PROFILE, DEMO_PROFILES, type DemoProfile } from './demoProfiles.ts';
import { mulberry32 } from './mulberry32.ts';
import type { StoredEvent } from './rollupEvents.ts';
import { daysInMonth, shanghaiDay, shanghaiDayStart } from '@toolbox/sdk';
import { getUsageSecret, hashUser } from './userHash.ts';
import { writeUsage } from './writeUsage.ts';

export interface DemoUsageOptions {
  /** The Shanghai year to fill, from 1 January to the day before `now` (or to 31 December). */
  year: number;
  now: Date;
  /** Seed of the pseudo-random numbers: the same seed gives the same year. */
  seed?: number;
}

interface DemoUser {
  hash: string;
  unitId: string;
  patrol: boolean;
  admin: boolean;
}

const FLUSH_EVENTS = 50_000;

/**
 * Writes a year of synthetic usage for the apps that exist, through the same rollup code as `POST /api/usage`,
 * so the review and the console's charts show something real: everyday apps used across streets, barely used ones,
 * one that often fails to load, one poorly rated, two that serve the same people. Users are synthetic (a few per
 * unit, by hash only); events respect each app's visibility. The first version of each app is dated back to
 * 1 January so that the year counts as live. Returns the number of events written.
 */
export async function seedDemoUsage(db: Db, options: DemoUsageOptions): Promise<number> {
  const random = mulberry32(options.seed ?? 20_260_101);
  const secret = await getUsageSecret(db);
  const units = await db.selectFrom('org_units').select(['id', 'kind', 'parent_id']).execute();
  const parent = new Map(units.map((u) => [u.id, u.parent_id]));
  const users = syntheticUsers(units, secret, random);
  const apps = await db.selectFrom('apps').select(['id', 'visibility_units', 'visibility_roles']).execute();
  const lastDay = lastSeededDay(options);
  if (lastDay < `${options.year}-01-01`) return 0;
  await backdateFirstVersions(db, options.year);

  let written = 0;
  let pending: StoredEvent[] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    await writeUsage(db, pending, options.now, { keepRaw: false });
    written += pending.length;
    pending = [];
  };

  for (const app of apps) {
    const profile = DEMO_PROFILES[app.id] ?? DEFAULT_PROFILE;
    const scope = parseJson<string[] | null>(app.visibility_units, null);
    const roles = parseJson<string[] | null>(app.visibility_roles, null);
    const inScope = (unitId: string) => {
      if (!scope || scope.length === 0) return true;
      for (let u: string | null | undefined = unitId; u; u = parent.get(u)) if (scope.includes(u)) return true;
      return false;
    };
    let audience = users.filter((u) => inScope(u.unitId) && audienceOf(profile, u, roles));
    if (profile.maxUsers !== undefined) audience = audience.slice(0, profile.maxUsers);

    for (let m = 0; m < 12; m++) {
      const month = `${options.year}-${String(m + 1).padStart(2, '0')}`;
      if (`${month}-01` > lastDay) break;
      const days = Array.from({ length: daysInMonth(month) }, (_, d) => `${month}-${String(d + 1).padStart(2, '0')}`).filter(
        (d) => d <= lastDay,
      );
      for (const user of audience) {
        if (random() >= profile.reach(m)) continue;
        const wanted = Math.max(1, Math.round(profile.daysPerMonth * (0.5 + random())));
        for (const day of pickDays(days, wanted, random)) {
          pending.push(...sessionEvents(app.id, user, day, profile, random));
        }
      }
      if (pending.length >= FLUSH_EVENTS) await flush();
    }
    await flush();
    await seedRatings(db, app.id, profile, audience, options.now, random);
  }
  return written;
}

function audienceOf(profile: DemoProfile, user: DemoUser, roles: string[] | null): boolean {
  if (roles && roles.length > 0 && !roles.includes('staff')) return user.admin;
  if (profile.audience === 'admins') return user.admin;
  if (profile.audience === 'patrol') return user.patrol;
  return !user.admin;
}

/** A few staff per committee, some at each street office; the operations centre has three admins. */
function syntheticUsers(units: { id: string; kind: string }[], secret: Buffer, random: () => number): DemoUser[] {
  const out: DemoUser[] = [];
  for (const unit of units) {
    const count = unit.kind === 'committee' ? 8 : unit.kind === 'street' ? 5 : unit.kind === 'department' ? 6 : 0;
    for (let i = 0; i < count; i++) {
      out.push({
        hash: hashUser(secret, `demo:${unit.id}:${i}`),
        unitId: unit.id,
        patrol: i < 2 || random() < 0.1,
        admin: unit.kind === 'department' && i < 3,
      });
    }
  }
  return out;
}

/** One working session: an open (after a failed load, sometimes), a few actions, a close. */
function sessionEvents(appId: string, user: DemoUser, day: string, profile: DemoProfile, random: () => number): StoredEvent[] {
  // Office hours, 8:30 to 17:30 in Shanghai.
  let at = shanghaiDayStart(day).getTime() + (8.5 + random() * 9) * 3600_000;
  const event = (type: string): StoredEvent => {
    at += 5_000 + random() * 60_000;
    return { id: randomUUID(), appId, type, at, unitId: user.unitId, userHash: user.hash };
  };
  const out: StoredEvent[] = [];
  while (random() < profile.loadErrorRate) out.push(event('load_error'));
  out.push(event('open'));
  const actions = Math.floor(random() * 3);
  for (let i = 0; i < actions && profile.actions.length > 0; i++) {
    out.push(event(profile.actions[Math.floor(random() * profile.actions.length)]!));
  }
  out.push(event('close'));
  return out;
}

/** `n` distinct days of the month, weekdays four times likelier than weekends. */
function pickDays(days: string[], n: number, random: () => number): string[] {
  const weighted = days.map((d) => ({ d, w: isWeekend(d) ? 0.25 : 1, k: 0 }));
  for (const x of weighted) x.k = Math.pow(random(), 1 / x.w);
  return weighted
    .sort((a, b) => b.k - a.k)
    .slice(0, Math.min(n, days.length))
    .map((x) => x.d);
}

function isWeekend(day: string): boolean {
  const dow = new Date(`${day}T00:00:00Z`).getUTCDay();
  return dow === 0 || dow === 6;
}

async function seedRatings(db: Db, appId: string, profile: DemoProfile, audience: DemoUser[], now: Date, random: () => number) {
  const raters = audience.slice(0, profile.ratings.length);
  if (raters.length === 0) return;
  const rows = raters.map((u, i) => {
    const at = new Date(now.getTime() - Math.floor(random() * 200) * 86_400_000).toISOString();
    const comment = profile.comments?.[i] ?? null;
    return { app_id: appId, user_hash: u.hash, score: profile.ratings[i]!, comment, created_at: at, updated_at: at };
  });
  await db
    .insertInto('app_ratings')
    .values(rows)
    .onConflict((oc) => oc.columns(['app_id', 'user_hash']).doNothing())
    .execute();
}

/** The demo pretends its apps have been live since the start of the year. */
async function backdateFirstVersions(db: Db, year: number): Promise<void> {
  const start = shanghaiDayStart(`${year}-01-01`).getTime() + 9 * 3600_000;
  const versions = await db.selectFrom('versions').select(['app_id', 'version', 'published_at']).orderBy('published_at').execute();
  const seen = new Set<string>();
  for (const v of versions) {
    if (seen.has(v.app_id)) continue;
    seen.add(v.app_id);
    if (Date.parse(v.published_at) <= start) continue;
    const at = new Date(start).toISOString();
    await db.updateTable('versions').set({ published_at: at }).where('app_id', '=', v.app_id).where('version', '=', v.version).execute();
    await db.updateTable('apps').set({ created_at: at }).where('id', '=', v.app_id).where('created_at', '>', at).execute();
  }
}

function lastSeededDay(options: DemoUsageOptions): string {
  const yesterday = shanghaiDay(options.now.getTime() - 86_400_000);
  const yearEnd = `${options.year}-12-31`;
  return yesterday < yearEnd ? yesterday : yearEnd;
}
