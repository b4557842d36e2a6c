import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './createDatabase.ts';
import type { Engine } from './dialect.ts';

const folder = fileURLToPath(new URL('./migrations/', import.meta.url));

/**
 * A migration file exports `up(db, engine)`. The engine is passed because a few column types differ; the
 * Migrator itself only hands over `db`, so we close over the engine here.
 */
export type MigrationUp = (db: Db, engine: Engine) => Promise<void>;

/** Every `*.ts`/`*.js` file of `migrations/` (the catalogue's `0…` files and issue 5's `1…` files), by name. */
class FolderMigrationProvider implements MigrationProvider {
  constructor(private readonly engine: Engine) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    const names = (await readdir(folder)).filter((f) => /^\d.*\.(ts|js|mjs)$/.test(f) && !f.endsWith('.d.ts')).sort();
    const migrations: Record<string, Migration> = {};
    for (const file of names) {
      const mod = (await import(pathToFileURL(join(folder, file)).href)) as { up?: MigrationUp };
      if (typeof mod.up !== 'function') throw new Error(`Migration ${file} does not export up()`);
      const up = mod.up;
      migrations[file.replace(/\.(ts|js|mjs)$/, '')] = {
        up: (db) => up(db as Db, this.engine),
      };
    }
    return migrations;
  }
}

/**
 * Applies every pending migration. Forward only: there are no down migrations. Safe to run from several instances.
 * The two series interleave by name (`001_…` sorts before `100_…`), so a database that already ran the later series
 * must still accept a new file of the earlier one: hence `allowUnorderedMigrations`. Pending ones still run by name.
 */
export async function migrateToLatest(db: Db, engine: Engine): Promise<void> {
  const migrator = new Migrator({ db, provider: new FolderMigrationProvider(engine), allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`Database migration ${failed ?? ''} failed: ${String((error as Error).message ?? error)}`, { cause: error });
  }
}
