import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { createTestApp, type TestApp } from './createTestApp.ts';
import { createTestDatabase, type TestEngine } from './engines.ts';
import { login, type Session } from './login.ts';

export interface UpgradeCase {
  /** The column of `versions` that the migration adds. */
  column: string;
  /** The migration's name, e.g. `001_version_preload`. */
  migration: string;
  /** What the previous release stored, done as dev (trusted, as every publish was before review existed). */
  before(t: TestApp, dev: Session): Promise<void>;
}

/**
 * An app started on a database of the previous release: the current app makes it and runs `before`, then the column is
 * dropped and the migration forgotten, and a second app starts on it. Checks that the migration ran and hands that app
 * to `after`; everything is closed, dropped and removed at the end.
 */
export async function withUpgradedApp(engine: TestEngine, upgrade: UpgradeCase, after: (t: TestApp) => Promise<void>): Promise<void> {
  const database = await createTestDatabase(engine);
  const dataDir = mkdtempSync(join(tmpdir(), 'toolbox-upgrade-'));
  try {
    const old = await createTestApp({ engine, database, dataDir, trustedUnits: ['ops-centre'] });
    try {
      await upgrade.before(old, await login(old.app, 'dev'));
      await old.app.db.schema.alterTable('versions').dropColumn(upgrade.column).execute();
      await old.app.db.deleteFrom('kysely_migration' as never).where('name' as never, '=', upgrade.migration as never).execute();
    } finally {
      await old.app.close();
    }
    const upgraded = await createTestApp({ engine, database, dataDir });
    try {
      const names = await upgraded.app.db.selectFrom('kysely_migration' as never).select('name' as never).execute();
      expect(names.map((r) => (r as { name: string }).name)).toContain(upgrade.migration);
      await after(upgraded);
    } finally {
      await upgraded.app.close();
    }
  } finally {
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
