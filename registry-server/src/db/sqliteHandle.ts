import type BetterSqlite3 from 'better-sqlite3';

/**
 * The better-sqlite3 handle behind a Kysely instance, for the one hot path that bypasses the query builder (usage
 * ingestion, see usage/sqliteFastPath.ts). Kysely keeps its driver private, so createDatabase records it here.
 */
const handles = new WeakMap<object, BetterSqlite3.Database>();

export function registerSqliteHandle(db: object, sqlite: BetterSqlite3.Database): void {
  handles.set(db, sqlite);
}

/** The SQLite handle of `db`, or undefined when `db` runs on PostgreSQL. */
export function sqliteHandleOf(db: object): BetterSqlite3.Database | undefined {
  return handles.get(db);
}
