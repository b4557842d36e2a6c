// On PostgreSQL each instance learns of catalogue changes by LISTEN/NOTIFY (src/serving/CatalogListener.ts) instead of
// asking the database on every bundle request. Two real instances on one real database: a retirement on one stops the
// other serving within the time a notification takes; with the listening connection killed, the instance asks the
// database on every request until it has listened again and re-read the generation.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import pg from 'pg';
import { CatalogStore } from '../src/catalog/CatalogStore.ts';
import { catalogListenerOf, type CatalogListener } from '../src/serving/CatalogListener.ts';
import { testEngines } from './helpers/engines.ts';
import { createTestApp, type TestApp } from './helpers/createTestApp.ts';
import { login, type Session } from './helpers/login.ts';
import { publishApp } from './helpers/bundles.ts';
import { until } from './helpers/until.ts';

const FILE = '/bundles/heard-app/1.0.0/remoteEntry.js';

describe.runIf(testEngines.includes('postgres'))('catalogue changes pushed by NOTIFY (postgres)', () => {
  let one: TestApp;
  let two: TestApp;
  let admin: Session;
  let listener: CatalogListener;

  beforeEach(async () => {
    one = await createTestApp({ engine: 'postgres' });
    two = await createTestApp({ engine: 'postgres', database: one.database, clock: one.clock });
    const dev = await login(one.app, 'dev');
    expect((await publishApp(one.app, dev.headers, 'heard-app')).statusCode).toBe(201);
    admin = await login(one.app, 'admin');
    // The first bundle request starts the listener; until it listens, requests ask the database.
    expect((await two.app.inject({ url: FILE })).statusCode).toBe(200);
    listener = catalogListenerOf(two.app.db)!;
    await until(() => listener.isListening, 'instance 2 listens');
  });
  afterEach(async () => {
    await two.app.close();
    await one.close();
  });

  const onTwo = async () => (await two.app.inject({ url: FILE })).statusCode;
  const lifecycle = async (action: 'retire' | 'restore') => {
    const res = await one.app.inject({ method: 'POST', url: `/api/apps/heard-app/${action}`, headers: admin.headers, payload: { reason: '测试' } });
    expect(res.statusCode, res.body).toBe(200);
  };

  it('a retirement on instance 1 stops instance 2 serving within a short bounded wait, and a restore serves again', async () => {
    expect(listener.generation()).toBeTypeOf('number');
    const started = Date.now();
    await lifecycle('retire');
    await until(async () => (await onTwo()) === 410, 'instance 2 refuses the retired app', 2000);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(listener.isListening).toBe(true);
    await lifecycle('restore');
    await until(async () => (await onTwo()) === 200, 'instance 2 serves the restored app', 2000);
  });

  it('the instance that commits a retirement refuses at its very next request', async () => {
    const own = catalogListenerOf(one.app.db)!;
    expect((await one.app.inject({ url: FILE })).statusCode).toBe(200);
    await until(() => own.isListening, 'instance 1 listens');
    for (let i = 0; i < 3; i++) {
      await lifecycle('retire');
      expect((await one.app.inject({ url: FILE })).statusCode).toBe(410);
      await lifecycle('restore');
      expect((await one.app.inject({ url: FILE })).statusCode).toBe(200);
    }
    // Its own notification may well be here first; either way a commit of its own makes it ask the database until a
    // generation read after that commit answers, instead of racing the notification.
    const before = own.generation();
    expect(before).toBeTypeOf('number');
    await one.app.db.transaction().execute(async (trx) => {
      await trx.updateTable('apps').set({ status: 'retired' }).where('id', '=', 'heard-app').execute();
      await CatalogStore.bump(trx);
    });
    expect(own.generation()).toBeUndefined();
    expect((await one.app.inject({ url: FILE })).statusCode).toBe(410);
    expect(own.generation()).toBe(before! + 1);
  });

  it('a write rolled back never counts, though it bumped inside its transaction', async () => {
    const before = listener.generation();
    await two.app.db
      .transaction()
      .execute(async (trx) => {
        await trx.updateTable('apps').set({ status: 'retired' }).where('id', '=', 'heard-app').execute();
        await CatalogStore.bump(trx);
        throw new Error('rolled back');
      })
      .catch(() => {});
    expect(await onTwo()).toBe(200);
    expect(listener.generation()).toBe(before);
  });

  it('with its listening connection killed, instance 2 asks the database per request, then listens again after re-reading', async () => {
    const pid = listener.backendPid;
    expect(pid).toBeTypeOf('number');
    const admin2 = new pg.Client({ connectionString: one.database.url });
    await admin2.connect();
    try {
      const { rows } = await admin2.query<{ done: boolean }>('select pg_terminate_backend($1) as done', [pid]);
      expect(rows[0]?.done).toBe(true);
    } finally {
      await admin2.end();
    }
    await until(() => !listener.isListening, 'instance 2 notices the lost connection');
    expect(listener.generation()).toBeUndefined();

    // Retired while instance 2 cannot hear it: its notification is lost, yet the very next request refuses.
    await lifecycle('retire');
    expect(await onTwo()).toBe(410);
    expect(listener.isListening).toBe(false); // the refusal came from asking the database (it retries after 1 s)

    // Listening again, it re-read the generation (the retirement's notification never came) and still refuses.
    await until(() => listener.isListening, 'instance 2 reconnects', 10_000);
    expect(listener.backendPid).not.toBe(pid);
    expect(await onTwo()).toBe(410);
    // And hears the next change again.
    await lifecycle('restore');
    await until(async () => (await onTwo()) === 200, 'instance 2 serves the restored app', 2000);
  });
});
