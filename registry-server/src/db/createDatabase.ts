import { Kysely } from 'kysely';
import { createDialect, type Engine } from './dialect.ts';
import type { Database } from './schema.ts';
import { registerSqliteHandle } from './sqliteHandle.ts';

export type Db = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  engine: Engine;
  destroy(): Promise<void>;
}

/** Opens `url` (a SQLite file path or a `postgres://` URL) through Kysely. Run `migrateToLatest` before use. */
export function createDatabase(url: string): DatabaseHandle {
  const { engine, dialect, sqlite } = createDialect(url);
  const db = new Kysely<Database>({ dialect });
  if (sqlite) registerSqliteHandle(db, sqlite);
  return { db, engine, destroy: () => db.destroy() };
}
