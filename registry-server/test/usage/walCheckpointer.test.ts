import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { createTestApp, type TestApp } from '../helpers/createTestApp.ts';
import { sqliteHandleOf } from '../../src/db/sqliteHandle.ts';
import { stopUsageFastPath } from '../../src/usage/sqliteFastPath.ts';
import { WalCheckpointer } from '../../src/usage/walCheckpointer.ts';
import { writeUsage } from '../../src/usage/writeUsage.ts';
import type { StoredEvent } from '../../src/usage/rollupEvents.ts';

const until = async (what: () => boolean, ms = 5000) => {
  for (const end = Date.now() + ms; !what(); ) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('WAL checkpoints in a worker (SQLite)', () => {
  let t: TestApp | undefined;
  afterEach(async () => t?.close());

  it('takes over checkpoints from the connection while usage is written, and gives them back when it stops', async () => {
    t = await createTestApp({ engine: 'sqlite', demo: false });
    const sqlite = sqliteHandleOf(t.app.db)!;
    const autocheckpoint = () => sqlite.pragma('wal_autocheckpoint', { simple: true });
    expect(autocheckpoint()).toBe(1000);

    const at = t.clock.now().getTime();
    const events = (n: number): StoredEvent[] =>
      Array.from({ length: n }, () => ({ id: randomUUID(), appId: 'some-app', type: 'open', at, unitId: 'u', userHash: 'h' }));
    await writeUsage(t.app.db, events(10), t.clock.now());
    await until(() => autocheckpoint() === 0);

    // Enough rows for a checkpoint: the pages move from the WAL into the database file.
    const file = t.database.url;
    const before = statSync(file).size;
    for (let i = 0; i < 3; i++) await writeUsage(t.app.db, events(5000), t.clock.now());
    await until(() => statSync(file).size > before);

    // Once the worker has copied the bulk, the next flush copies the rest and restarts the WAL from its beginning:
    // the WAL then holds that flush's frames only, not the thousands written before.
    await new Promise((r) => setTimeout(r, 300));
    await writeUsage(t.app.db, events(10), t.clock.now());
    const reader = new BetterSqlite3(file);
    const { log } = (reader.pragma('wal_checkpoint(PASSIVE)') as { log: number }[])[0]!;
    expect(log).toBeGreaterThan(0);
    expect(log).toBeLessThan(200);
    // Every committed event is readable from a fresh connection.
    expect(reader.prepare('select count(*) as n from usage_events').get()).toEqual({ n: 15_020 });
    reader.close();

    await stopUsageFastPath(t.app.db);
    expect(autocheckpoint()).toBe(1000);
  });

  it('is not started for an in-memory database, which no second connection can open', () => {
    const memory = new BetterSqlite3(':memory:');
    expect(WalCheckpointer.start(memory)).toBeUndefined();
    memory.close();
  });
});
