import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/createTestApp.ts';
import { testEngines } from '../helpers/engines.ts';
import { login, type Session } from '../helpers/login.ts';
import { makeManifest } from '../helpers/bundles.ts';
import { shanghaiDay } from '@toolbox/sdk';
import { event, publishLive } from './usageHelpers.ts';

const HOUR = 3_600_000;
const yearOf = (at: Date) => shanghaiDay(at).slice(0, 4);

/** Issue 12: usage is taken only for apps the user may open and that were live, at most N events per user a minute. */
describe.each(testEngines)('usage that can be trusted (%s)', (engine) => {
  let t: TestApp;
  afterEach(async () => t?.close());

  const send = (s: Session, events: ReturnType<typeof event>[]) =>
    t.app.inject({ method: 'POST', url: '/api/usage', headers: s.headers, payload: { events } });
  const count = async (table: 'usage_events' | 'usage_app_days' | 'usage_daily' | 'usage_period_users') =>
    Number((await t.app.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const refusedRows = async () =>
    (await t.app.db.selectFrom('usage_refused').select(['app_id', 'reason', 'count']).orderBy('app_id').orderBy('reason').execute()).map(
      (r) => [r.app_id, r.reason, Number(r.count)],
    );
  const review = async () => {
    const admin = await login(t.app, 'admin');
    const year = yearOf(t.clock.now());
    const res = await t.app.inject({ method: 'GET', url: `/api/reviews/${year}`, headers: admin.headers });
    expect(res.statusCode).toBe(200);
    return res.json<{ apps: { id: string; opens: number; activeUsers: number }[]; refusedEvents: { total: number; byReason: Record<string, number>; byApp: Record<string, { total: number; byReason: Record<string, number> }> } }>();
  };
  /** Starts the server a week before "now" and publishes, so that the apps are live for the last seven days. */
  const start = async (apps: [string, Parameters<typeof publishLive>[2]?][], limits = {}) => {
    t = await createTestApp({ engine, limits });
    t.clock.advanceDays(-7);
    for (const [id, overrides] of apps) await publishLive(t.app, id, overrides);
    t.clock.advanceDays(7);
  };

  it('refuses events of an app hidden from the user’s unit or role, counts them, and leaves the review unchanged', async () => {
    await start([['visit-log'], ['xinjing-only', { visibility: { units: ['xinjingzhen'] } }], ['admins-only', { visibility: { roles: ['admin'] } }]]);
    const staff = await login(t.app, 'staff'); // 华阳路街道
    const staff2 = await login(t.app, 'staff2'); // 新泾镇
    const now = t.clock.now();
    const before = await review();

    const hidden = [event('xinjing-only', 'open', now), event('xinjing-only', 'action:save', now), event('admins-only', 'open', now)];
    const res = await send(staff, [event('visit-log', 'open', now), ...hidden]);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.accepted).toBe(1);
    expect(body.rejected.map((r: { id: string; code: string }) => [r.id, r.code])).toEqual(
      hidden.map((e) => [e.id, 'TOOLBOX_USAGE_NOT_VISIBLE']),
    );
    expect(body.refused).toEqual({ total: 3, byReason: expect.objectContaining({ notVisible: 3, duplicate: 0, retired: 0 }) });
    expect(await refusedRows()).toEqual([
      ['admins-only', 'notVisible', 1],
      ['xinjing-only', 'notVisible', 2],
    ]);

    const after = await review();
    const opensOf = (r: typeof after, id: string) => r.apps.find((a) => a.id === id)?.opens;
    expect(opensOf(after, 'xinjing-only')).toBe(opensOf(before, 'xinjing-only'));
    expect(opensOf(after, 'admins-only')).toBe(0);
    expect(after.apps.find((a) => a.id === 'xinjing-only')?.activeUsers).toBe(0);
    expect(opensOf(after, 'visit-log')).toBe(1);

    // The same app is counted for a user of the unit it is shown to.
    expect((await send(staff2, [event('xinjing-only', 'open', now)])).json().accepted).toBe(1);
  });

  it('refuses events of a retired app from its retirement on, and takes those from before it', async () => {
    await start([['old-ledger']]);
    const staff = await login(t.app, 'staff');
    const admin = await login(t.app, 'admin');
    const beforeRetirement = new Date(t.clock.now().getTime() - HOUR);
    const retire = await t.app.inject({ method: 'POST', url: '/api/apps/old-ledger/retire', headers: admin.headers, payload: { reason: '功能已并入其他应用' } });
    expect(retire.statusCode).toBe(200);
    t.clock.set(new Date(t.clock.now().getTime() + 60_000).toISOString());

    const late = event('old-ledger', 'open', t.clock.now());
    const early = event('old-ledger', 'close', beforeRetirement);
    const res = await send(staff, [late, early]);
    expect(res.json()).toMatchObject({ accepted: 1, rejected: [{ id: late.id, code: 'TOOLBOX_USAGE_APP_RETIRED' }] });
    expect(await count('usage_events')).toBe(1);
    expect(await refusedRows()).toEqual([['old-ledger', 'retired', 1]]);
  });

  it('refuses events dated before the app’s first version was live, and of an app with no current version', async () => {
    t = await createTestApp({ engine });
    await publishLive(t.app, 'new-form');
    const staff = await login(t.app, 'staff');
    const now = t.clock.now().getTime();
    const yesterday = event('new-form', 'open', new Date(now - 24 * HOUR));
    const today = event('new-form', 'open', new Date(now));
    const res = await send(staff, [yesterday, today]);
    expect(res.json()).toMatchObject({ accepted: 1, rejected: [{ id: yesterday.id, code: 'TOOLBOX_USAGE_NOT_LIVE' }] });

    // Registered, never published: nothing of it is live.
    const dev = await login(t.app, 'dev');
    const registered = await t.app.inject({ method: 'POST', url: '/api/apps', headers: dev.headers, payload: makeManifest('draft-app') });
    expect(registered.statusCode).toBe(201);
    const draft = await send(staff, [event('draft-app', 'open', new Date(now))]);
    expect(draft.json()).toMatchObject({ accepted: 0, rejected: [{ code: 'TOOLBOX_USAGE_NOT_LIVE' }] });
    expect(await count('usage_events')).toBe(1);
    expect(await refusedRows()).toEqual([
      ['draft-app', 'notLive', 1],
      ['new-form', 'notLive', 1],
    ]);
  });

  it('answers 429 TOOLBOX_USAGE_RATE_LIMITED with Retry-After over the per-user limit, and writes no event', async () => {
    await start([['visit-log']], { usageEventsPerMinute: 100 });
    const staff = await login(t.app, 'staff');
    const staff2 = await login(t.app, 'staff2');
    const now = () => t.clock.now();
    const batch = (n: number) => Array.from({ length: n }, () => event('visit-log', 'open', now()));

    expect((await send(staff, batch(60))).json().accepted).toBe(60);
    expect((await send(staff, batch(40))).json().accepted).toBe(40);
    const tables = { events: await count('usage_events'), days: await count('usage_app_days'), daily: await count('usage_daily') };
    const opens = await t.app.db.selectFrom('usage_app_days').select('count').executeTakeFirstOrThrow();

    const over = await send(staff, batch(10));
    expect(over.statusCode).toBe(429);
    expect(over.json()).toMatchObject({ statusCode: 429, code: 'TOOLBOX_USAGE_RATE_LIMITED', error: 'Too Many Requests' });
    expect(over.json().message).toContain('100');
    const retryAfter = Number(over.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect({ events: await count('usage_events'), days: await count('usage_app_days'), daily: await count('usage_daily') }).toEqual(tables);
    expect(await t.app.db.selectFrom('usage_app_days').select('count').executeTakeFirstOrThrow()).toEqual(opens);
    expect(await refusedRows()).toEqual([['', 'rateLimited', 10]]);

    // Another user is not held back by this one; and after the wait, the same batch goes through.
    expect((await send(staff2, batch(10))).statusCode).toBe(200);
    t.clock.set(new Date(now().getTime() + retryAfter * 1000).toISOString());
    expect((await send(staff, batch(10))).json().accepted).toBe(10);
  });

  it('reports the year’s refused events per reason and per app in the review JSON and CSV, never per person', async () => {
    await start([['visit-log'], ['xinjing-only', { visibility: { units: ['xinjingzhen'] } }]], { usageEventsPerMinute: 20 });
    const staff = await login(t.app, 'staff');
    const now = t.clock.now();
    const sent = event('visit-log', 'open', now);
    await send(staff, [sent, event('xinjing-only', 'open', now), event('ghost-app', 'open', now)]);
    await send(staff, [sent]); // a duplicate
    expect((await send(staff, Array.from({ length: 30 }, () => event('visit-log', 'open', now)))).statusCode).toBe(429);

    const r = await review();
    expect(r.refusedEvents.total).toBe(33);
    expect(r.refusedEvents.byReason).toMatchObject({ notVisible: 1, unknownApp: 1, duplicate: 1, rateLimited: 30, retired: 0, notLive: 0 });
    expect(r.refusedEvents.byApp).toEqual({
      'visit-log': { total: 1, byReason: { duplicate: 1 } },
      'xinjing-only': { total: 1, byReason: { notVisible: 1 } },
    });
    // Nothing in it names a person or a unit.
    const json = JSON.stringify(r.refusedEvents);
    expect(json).not.toContain(staff.user.id);
    expect(json).not.toContain('huayanglu');
    const rows = JSON.stringify(await t.app.db.selectFrom('usage_refused').selectAll().execute());
    expect(rows).not.toContain(staff.user.id);

    const admin = await login(t.app, 'admin');
    const csv = await t.app.inject({ method: 'GET', url: `/api/reviews/${yearOf(now)}?format=csv`, headers: admin.headers });
    expect(csv.body).toContain('# 未计入的事件：共 33 个（用户无权打开 1；超过每人每分钟上限 30；重复上报 1；没有这个应用 1）');
    expect(csv.body).toContain('# 未计入的事件：xinjing-only 共 1 个（用户无权打开 1）');

    // A year with none says so.
    t.clock.advanceDays(366);
    const again = await login(t.app, 'admin');
    const next = await t.app.inject({ method: 'GET', url: `/api/reviews/${yearOf(t.clock.now())}?format=csv`, headers: again.headers });
    expect(next.body).toContain('# 未计入的事件：无');
  });
});
