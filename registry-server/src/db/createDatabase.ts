import { Kysely } from 'kysely';
import { createDialect, type Engine } from './dialect.ts';
import type { Database } from './schema.ts';
import { registerCatalogListener } from '../serving/CatalogListener.ts';
import { registerSqliteHandle } from './sqliteHandle.ts';

export type Db = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  engine: Engine;
  destroy(): Promise<void>;
}

/** Opens `url` (a SQLite file path or a `postgres://` URL) through Kysely. Run `migrateToLatest` before use. */
export function createDatabase(url: string): DatabaseHandle {
  const { engine, dialect, sqlite, catalogListener } = createDialect(url);
  const db = new Kysely<Database>({ dialect });
  if (sqlite) registerSqliteHandle(db, sqlite);
  if (catalogListener) registerCatalogListener(db, catalogListener);
  return {
    db,
    engine,
    destroy: async () => {
      await catalogListener?.stop();
      await db.destroy();
    },
  };
}
