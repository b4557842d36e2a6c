// The board of running imports (routes/data.ts asks it for getImportProgress): bounded, one import per owner and token,
// read back only by the same user in the same app and collection. The same contract for the one-process board
// (SQLite) and the table instances share (PostgreSQL; run here on every engine). A second instance reading it:
// twoInstances.test.ts.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createDatabaseImportProgressBoard, createImportProgressBoard, IMPORT_PROGRESS_STALE_MS, type ImportProgressBoard } from '../../src/data/importProgress.ts';
import { appPerTest } from '../helpers/appPerTest.ts';
import { testEngines } from '../helpers/engines.ts';

const staff = { userId: 'u-staff', appId: 'hardship-hy', collection: 'records' };
const TOKEN = 'token-0123456789abcdef';
/** The database board writes the latest report in the background: what a poll a moment later reads. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 50));

function contract(name: string, make: (max?: number) => ImportProgressBoard) {
  describe(name, () => {
    it('follows an import from reading to writing, never past its photos, and forgets it at the end', async () => {
      const board = make();
      const tracker = (await board.start(staff, TOKEN))!;
      expect(await board.read(staff, TOKEN)).toEqual({ phase: 'reading', photos: 0, photosDone: 0 });
      tracker.set('photos', 10, 4);
      await settled();
      expect(await board.read(staff, TOKEN)).toEqual({ phase: 'photos', photos: 10, photosDone: 4 });
      // The last batch may count past the total: never more than it.
      tracker.set('photos', 10, 12);
      await settled();
      expect((await board.read(staff, TOKEN))?.photosDone).toBe(10);
      // What is read is a copy: a caller cannot change the board.
      const read = (await board.read(staff, TOKEN))!;
      read.photosDone = 0;
      expect((await board.read(staff, TOKEN))?.photosDone).toBe(10);
      await tracker.end();
      expect(await board.read(staff, TOKEN)).toBeUndefined();
      expect(await board.size()).toBe(0);
    });

    it('is read only by the same user, app and collection, and runs a second import under a token in use unfollowed', async () => {
      const board = make();
      (await board.start(staff, TOKEN))!.set('photos', 3, 1);
      await settled();
      expect(await board.read({ ...staff, userId: 'u-staff2' }, TOKEN)).toBeUndefined();
      expect(await board.read({ ...staff, appId: 'visit-log' }, TOKEN)).toBeUndefined();
      expect(await board.read({ ...staff, collection: 'other' }, TOKEN)).toBeUndefined();
      expect(await board.start(staff, TOKEN)).toBeUndefined();
      expect(await board.read(staff, TOKEN)).toEqual({ phase: 'photos', photos: 3, photosDone: 1 });
      // Another user may use the same token for an import of theirs.
      expect(await board.start({ ...staff, userId: 'u-staff2' }, TOKEN)).toBeDefined();
    });

    it('follows at most so many imports at once; the rest run unfollowed until one ends', async () => {
      const board = make(2);
      const first = (await board.start(staff, 'token-a-0123456789ab'))!;
      await board.start(staff, 'token-b-0123456789ab');
      expect(await board.start(staff, 'token-c-0123456789ab')).toBeUndefined();
      await first.end();
      expect(await board.start(staff, 'token-c-0123456789ab')).toBeDefined();
      expect(await board.size()).toBe(2);
    });
  });
}

contract('createImportProgressBoard (one process)', (max) => createImportProgressBoard(max));

describe.each(testEngines)('createDatabaseImportProgressBoard (%s)', (engine) => {
  const t = appPerTest({ engine });
  contract('the shared table', (max) => createDatabaseImportProgressBoard(t.app.db, () => t.clock.now(), max));

  it('never fails an import: one whose progress cannot be written runs unfollowed, and its end does not throw', async () => {
    const board = createDatabaseImportProgressBoard(t.app.db, () => t.clock.now());
    const tracker = (await board.start(staff, TOKEN))!;
    // The table gone (a database hiccup, say) under a running import and before the next one.
    await sql`drop table import_progress`.execute(t.app.db);
    tracker.set('photos', 10, 4);
    await expect(tracker.end()).resolves.toBeUndefined();
    expect(await board.start(staff, 'token-b-0123456789ab')).toBeUndefined();
  });

  it('does not read, and sweeps, the row of an instance that stopped without ending its import', async () => {
    const board = createDatabaseImportProgressBoard(t.app.db, () => t.clock.now());
    (await board.start(staff, TOKEN))!.set('photos', 40, 8);
    await settled();
    expect(await board.read(staff, TOKEN)).toEqual({ phase: 'photos', photos: 40, photosDone: 8 });
    t.clock.set(new Date(t.clock.now().getTime() + IMPORT_PROGRESS_STALE_MS + 1000).toISOString());
    expect(await board.read(staff, TOKEN)).toBeUndefined();
    // The next import sweeps it, and may use the token again.
    expect(await board.start(staff, TOKEN)).toBeDefined();
    expect(await t.app.db.selectFrom('import_progress').select('photos').execute()).toEqual([{ photos: 0 }]);
  });
});
