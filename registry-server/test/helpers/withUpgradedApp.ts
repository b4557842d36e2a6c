import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Manifest } from '@toolbox/sdk';
import { publishApp } from './bundles.ts';
import { catalog } from './catalog.ts';
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

/**
 * The usual upgrade: the previous release published `old-app` 1.0.0 (with `manifest`); after the upgrade its catalogue
 * entry is there, without `field`. `after` goes on with the upgraded app and admin and dev signed in to it.
 */
export async function withOldAppUpgraded(
  engine: TestEngine,
  upgrade: { column: string; migration: string; field: string; manifest?: Partial<Manifest> },
  after: (t: TestApp, people: { admin: Session; dev: Session }) => Promise<void>,
): Promise<void> {
  const before = async (old: TestApp, dev: Session) => {
    expect((await publishApp(old.app, dev.headers, 'old-app', upgrade.manifest)).statusCode).toBe(201);
  };
  await withUpgradedApp(engine, { ...upgrade, before }, async (upgraded) => {
    const admin = await login(upgraded.app, 'admin');
    const [item] = await catalog(upgraded, admin);
    expect(item).toMatchObject({ id: 'old-app', version: '1.0.0' });
    expect(item && upgrade.field in item).toBe(false);
    await after(upgraded, { admin, dev: await login(upgraded.app, 'dev') });
  });
}
