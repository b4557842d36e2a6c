import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import type { BuildAppOptions } from '../../src/options.ts';
import { writeTrustedUnits } from '../../src/versionReview/trustedUnits.ts';
import { writeSessionSettings, type SessionSettings } from '../../src/sessions/sessionSettings.ts';
import { createTestDatabase, type TestDatabase, type TestEngine } from './engines.ts';

/** A settable clock: `clock.set('2026-03-01T09:00:00+08:00')`, `clock.advanceDays(31)`. */
export class TestClock {
  private time: number;
  constructor(start = '2026-03-02T09:00:00+08:00') {
    this.time = Date.parse(start);
  }
  now = (): Date => new Date(this.time);
  set(iso: string): void {
    this.time = Date.parse(iso);
  }
  advanceDays(days: number): void {
    this.time += days * 24 * 3600 * 1000;
  }
}

export interface TestApp {
  app: FastifyInstance;
  /** The bundles directory of this app. */
  dataDir: string;
  database: TestDatabase;
  clock: TestClock;
  /** Closes the app, drops the database and removes the data dir. */
  close(): Promise<void>;
}

export interface TestAppOptions extends Partial<Omit<BuildAppOptions, 'db' | 'now'>> {
  engine: TestEngine;
  /** Reuse a database (e.g. a second instance on one PostgreSQL); it is then not dropped by close(). */
  database?: TestDatabase;
  clock?: TestClock;
  /**
   * Owner units whose publishes skip review (上架审核). Suites about publishing, serving and the catalogue predate
   * review and expect a publish to go live, so by default the demo's publishers (`dev` and `admin`, at ops-centre)
   * are trusted; the review suites (test/review-before-live/) pass `[]` and go through approve.
   */
  trustedUnits?: string[];
  /**
   * Session lifetimes. Suites that predate idle lifetimes move the clock by days with one sign-in, so by default a
   * session idles as long as it lives (7 days, the old rule); the session suites (test/org/sessions.test.ts) pass the
   * product's defaults or their own.
   */
  sessionSettings?: SessionSettings;
}

// Suites that predate the entry digest publish apps deployed elsewhere at hosts that do not exist; the suites about
// external entries (test/publish/externalEntry.test.ts) pass `fetchExternalEntries: true` and serve them on loopback.

/** buildApp on a fresh database migrated from empty, seeded with the demo (unless `demo: false`), with a fake clock. */
export async function createTestApp(options: TestAppOptions): Promise<TestApp> {
  const { engine, database: shared, clock = new TestClock(), trustedUnits, sessionSettings = { idleHours: 7 * 24, absoluteDays: 7 }, ...rest } = options;
  const database = shared ?? (await createTestDatabase(engine));
  const dataDir = rest.dataDir ?? mkdtempSync(join(tmpdir(), 'toolbox-data-'));
  const app = await buildApp({ demo: true, fetchExternalEntries: false, ...rest, db: database.url, dataDir, now: clock.now });
  const trusted = trustedUnits ?? (shared ? [] : ['ops-centre']);
  if (trusted.length > 0) await writeTrustedUnits(app.db, trusted);
  await writeSessionSettings(app.db, sessionSettings);
  app.sessionSettings.set(sessionSettings, clock.now());
  return {
    app,
    dataDir,
    database,
    clock,
    close: async () => {
      await app.close();
      if (!shared) await database.drop();
      if (!rest.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
