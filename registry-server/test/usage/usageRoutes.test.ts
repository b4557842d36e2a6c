import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/createTestApp.ts';
import { testEngines } from '../helpers/engines.ts';
import { login, type Session } from '../helpers/login.ts';
import { CatalogStore } from '../../src/catalog/CatalogStore.ts';
import { pruneRawEvents } from '../../src/usage/pruneRawEvents.ts';
import { getUsageSecret, hashUser } from '../../src/usage/userHash.ts';
import { event, publishLive } from './usageHelpers.ts';

describe.each(testEngines)('POST /api/usage (%s)', (engine) => {
  let t: TestApp;
  let staff: Session;
  const send = (payload: unknown, s: Session = staff, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/usage', headers: { ...s.headers, ...headers }, payload: payload as object });
  const count = async (table: 'usage_events' | 'usage_daily_users') =>
    Number((await t.app.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const opensOf = async (appId: string) =>
    (await t.app.db.selectFrom('usage_app_days').select(['day', 'count']).where('app_id', '=', appId).where('type', '=', 'open').execute()).map(
      (r) => [r.day, Number(r.count)],
    );

  beforeEach(async () => {
    t = await createTestApp({ engine }); // 2026-03-02 09:00 in Shanghai
    // Live since a week ago: events of the last seven days are of a live app.
    t.clock.advanceDays(-7);
    await publishLive(t.app, 'visit-log');
    t.clock.advanceDays(7);
    staff = await login(t.app, 'staff');
  });
  afterEach(async () => t.close());

  it('counts a batch sent twice once', async () => {
    const now = t.clock.now();
    const batch = { events: [event('visit-log', 'open', now), event('visit-log', 'action:save', now), event('visit-log', 'close', now)] };
    const first = await send(batch);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ accepted: 3, duplicates: 0, rejected: [], refused: { total: 0, byReason: expect.objectContaining({ duplicate: 0 }) } });
    const again = await send(batch);
    expect(again.json()).toEqual({ accepted: 0, duplicates: 3, rejected: [], refused: { total: 3, byReason: expect.objectContaining({ duplicate: 3 }) } });
    expect(await opensOf('visit-log')).toEqual([['2026-03-02', 1]]);
    expect(await count('usage_events')).toBe(3);
    // The same id in upper case is the same event.
    const shouted = await send({ events: [{ ...batch.events[0]!, id: batch.events[0]!.id.toUpperCase() }] });
    expect(shouted.json()).toMatchObject({ accepted: 0, duplicates: 1 });
  });

  it('takes the user and unit from the session and ignores a user id forged in the body', async () => {
    const staff2 = await login(t.app, 'staff2');
    const forged = { ...event('visit-log', 'open', t.clock.now()), user: staff2.user.id, userId: staff2.user.id, unit: 'xinjingzhen-01' };
    const res = await send({ events: [forged], user: staff2.user.id, unitId: 'xinjingzhen-01' });
    expect(res.json().accepted).toBe(1);
    const secret = await getUsageSecret(t.app.db);
    const row = await t.app.db.selectFrom('usage_events').select(['user_hash', 'unit_id']).executeTakeFirstOrThrow();
    expect(row).toEqual({ user_hash: hashUser(secret, staff.user.id), unit_id: 'huayanglu-01' });
    // The user is only a keyed hash: no table of usage holds the user id.
    const raw = JSON.stringify(await t.app.db.selectFrom('usage_events').selectAll().execute());
    expect(raw).not.toContain(staff.user.id);
    expect(raw).not.toContain(staff2.user.id);
  });

  it('rejects, with a reason, events too old, in the future or of unknown apps, and stores the rest', async () => {
    const now = t.clock.now().getTime();
    const ok = event('visit-log', 'open', new Date(now - 6 * 86_400_000));
    const skewed = event('visit-log', 'open', new Date(now + 4 * 60_000));
    const old = event('visit-log', 'open', new Date(now - 8 * 86_400_000));
    const future = event('visit-log', 'open', new Date(now + 10 * 60_000));
    const ghost = event('ghost-app', 'open', new Date(now));
    const odd = event('visit-log', 'scroll', new Date(now));
    const res = await send({ events: [ok, skewed, old, future, ghost, odd] });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.accepted).toBe(2);
    expect(body.rejected.map((r: { id: string; code: string }) => [r.id, r.code])).toEqual([
      [old.id, 'TOOLBOX_USAGE_TOO_OLD'],
      [future.id, 'TOOLBOX_USAGE_IN_FUTURE'],
      [odd.id, 'TOOLBOX_USAGE_BAD_TYPE'],
      [ghost.id, 'TOOLBOX_USAGE_UNKNOWN_APP'],
    ]);
    expect(body.rejected.every((r: { reason: string }) => r.reason.length > 0)).toBe(true);
  });

  it('accepts JSON sent as text/plain (navigator.sendBeacon)', async () => {
    const res = await send(JSON.stringify({ events: [event('visit-log', 'open', t.clock.now())] }), staff, { 'content-type': 'text/plain;charset=UTF-8' });
    expect(res.statusCode).toBe(200);
    expect(res.json().accepted).toBe(1);
  });

  it('refuses a body of the wrong shape with 400 naming the field, and an anonymous caller with 401', async () => {
    const bad = await send({ events: [{ id: 'x', app: 'visit-log', type: 'open', at: t.clock.now().toISOString() }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'TOOLBOX_USAGE_INVALID', error: 'Bad Request', message: expect.stringContaining('events[0].id') });
    // The route reads JSON itself (see routes/usage.ts): broken JSON is still a 400 that says where.
    const broken = await send('{"events": [', staff, { 'content-type': 'application/json' });
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toMatchObject({ code: 'TOOLBOX_USAGE_INVALID', message: expect.stringContaining('body: not JSON') });
    const anonymous = await t.app.inject({ method: 'POST', url: '/api/usage', payload: { events: [] } });
    expect(anonymous.statusCode).toBe(401);
    expect(await count('usage_events')).toBe(0);
  });

  it('writes concurrent batches together and acknowledges each with its own figures', async () => {
    const now = t.clock.now();
    const staff2 = await login(t.app, 'staff2');
    const batches = Array.from({ length: 8 }, (_, i) =>
      Array.from({ length: 50 }, () => event('visit-log', i % 2 ? 'action:save' : 'open', now)),
    );
    const replies = await Promise.all(batches.map((events, i) => send({ events }, i % 2 ? staff : staff2)));
    expect(replies.map((r) => r.json().accepted)).toEqual(batches.map(() => 50));
    expect(await count('usage_events')).toBe(400);
    expect(await opensOf('visit-log')).toEqual([['2026-03-02', 200]]);
    expect(await count('usage_daily_users')).toBe(2);
  });

  it('counts each user once per day, month and year however the batches that name them are flushed', async () => {
    const now = t.clock.now();
    const staff2 = await login(t.app, 'staff2');
    const activeUsers = async () =>
      Object.fromEntries(
        (await t.app.db.selectFrom('usage_period_active').select(['period', 'users']).where('app_id', '=', 'visit-log').execute()).map(
          (r) => [r.period, Number(r.users)],
        ),
      );
    // One flush after another (each request is acknowledged after its commit): staff, then staff again with staff2,
    // then both again on the next day.
    await send({ events: [event('visit-log', 'open', now)] });
    expect(await activeUsers()).toEqual({ '2026-03': 1, '2026': 1 });
    await send({ events: [event('visit-log', 'open', now), event('visit-log', 'action:save', now)] });
    await send({ events: [event('visit-log', 'open', now)] }, staff2);
    expect(await activeUsers()).toEqual({ '2026-03': 2, '2026': 2 });
    t.clock.advanceDays(1);
    await send({ events: [event('visit-log', 'open', t.clock.now())] });
    await send({ events: [event('visit-log', 'open', t.clock.now())] }, staff2);
    expect(await activeUsers()).toEqual({ '2026-03': 2, '2026': 2 });
    expect(await count('usage_daily_users')).toBe(4);
  });

  it('knows an app published after earlier batches, here or through another instance', async () => {
    const now = t.clock.now();
    // The first batch teaches the route which apps exist; an unknown one is not remembered as unknown.
    expect((await send({ events: [event('visit-log', 'open', now)] })).json().accepted).toBe(1);
    const early = await send({ events: [event('late-app', 'open', now)] });
    expect(early.json().rejected.map((r: { code: string }) => r.code)).toEqual(['TOOLBOX_USAGE_UNKNOWN_APP']);
    await publishLive(t.app, 'late-app');
    const late = await send({ events: [event('late-app', 'open', now), event('ghost-app', 'open', now)] });
    expect(late.json()).toMatchObject({ accepted: 1, rejected: [{ code: 'TOOLBOX_USAGE_UNKNOWN_APP' }] });
    // An app registered straight in the database, as another instance sharing it would, is known as well.
    await t.app.db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('apps').selectAll().where('id', '=', 'late-app').executeTakeFirstOrThrow();
      await trx.insertInto('apps').values({ ...row, id: 'other-instance-app' }).execute();
      const version = await trx.selectFrom('versions').selectAll().where('app_id', '=', 'late-app').executeTakeFirstOrThrow();
      await trx.insertInto('versions').values({ ...version, app_id: 'other-instance-app' }).execute();
      await CatalogStore.bump(trx);
    });
    expect((await send({ events: [event('other-instance-app', 'open', now)] })).json().accepted).toBe(1);
  });

  it('refuses a batch once the session has ended: logout, logout elsewhere, expiry', async () => {
    const now = t.clock.now();
    expect((await send({ events: [event('visit-log', 'open', now)] })).statusCode).toBe(200);
    await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: staff.headers });
    expect((await send({ events: [event('visit-log', 'open', now)] })).statusCode).toBe(401);

    // A session deleted by another instance sharing the database ends here too, with nothing cached.
    const other = await login(t.app, 'staff');
    expect((await send({ events: [event('visit-log', 'open', now)] }, other)).statusCode).toBe(200);
    await t.app.db.deleteFrom('sessions').execute();
    expect((await send({ events: [event('visit-log', 'open', now)] }, other)).statusCode).toBe(401);

    const third = await login(t.app, 'staff');
    expect((await send({ events: [event('visit-log', 'open', now)] }, third)).statusCode).toBe(200);
    t.clock.advanceDays(8);
    expect((await send({ events: [event('visit-log', 'open', t.clock.now())] }, third)).statusCode).toBe(401);
  });

  it('prunes raw events past the retention, keeping the rollups', async () => {
    await send({ events: [event('visit-log', 'open', t.clock.now())] });
    t.clock.advanceDays(91);
    expect(await pruneRawEvents(t.app.db, t.clock.now(), 90)).toBe(1);
    expect(await count('usage_events')).toBe(0);
    expect(await opensOf('visit-log')).toEqual([['2026-03-02', 1]]);
  });
});
