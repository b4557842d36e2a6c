/*
 * Everything that differs between SQLite and PostgreSQL lives here; the rest of the server speaks plain Kysely.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { type ColumnDefinitionBuilder, type Dialect, type RawBuilder, SqliteDialect, sql } from 'kysely';
import { BumpWatchingDialect } from '../serving/bumpWatchingDialect.ts';
import { CatalogListener } from '../serving/CatalogListener.ts';

export type Engine = 'sqlite' | 'postgres';

export function engineOf(url: string): Engine {
  return /^postgres(ql)?:\/\//i.test(url) ? 'postgres' : 'sqlite';
}

export interface DialectHandle {
  engine: Engine;
  dialect: Dialect;
  /** The SQLite driver, for the usage fast path; absent on PostgreSQL. */
  sqlite?: BetterSqlite3.Database;
  /** PostgreSQL: what this instance learns of catalogue changes by LISTEN (started by the first bundle request). */
  catalogListener?: CatalogListener;
}

export function createDialect(url: string): DialectHandle {
  if (engineOf(url) === 'postgres') {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    // An idle connection that the server drops (restart, failover, DROP DATABASE) must not crash the process: the pool
    // discards that client and the next query opens a new one.
    pool.on('error', () => {});
    const catalogListener = new CatalogListener(url);
    const dialect = new BumpWatchingDialect({ pool }, () => catalogListener.localBumpCommitted());
    return { engine: 'postgres', dialect, catalogListener };
  }
  if (url !== ':memory:') mkdirSync(dirname(url), { recursive: true });
  const sqlite = new BetterSqlite3(url);
  // WAL lets readers run while a publish writes; busy_timeout waits out a second process (a backup, the CLI).
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  return { engine: 'sqlite', dialect: new SqliteDialect({ database: sqlite }), sqlite };
}

/** The column type of an auto-incrementing integer key. */
export function autoIncrementType(engine: Engine): 'serial' | 'integer' {
  return engine === 'postgres' ? 'serial' : 'integer';
}

export function autoIncrementKey(engine: Engine) {
  return (col: ColumnDefinitionBuilder) => (engine === 'postgres' ? col.primaryKey() : col.primaryKey().autoIncrement());
}

/** A primary-key or unique violation, as each driver reports it. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** The column type of bytes: a file's part (migration 007), a photo (013). */
export function bytesType(engine: Engine): RawBuilder<unknown> | 'blob' {
  return engine === 'postgres' ? sql`bytea` : 'blob';
}

/**
 * The column type of text compared byte by byte on PostgreSQL as on SQLite, whatever the cluster's locale: the same
 * sort and ranges on both (record_values' text_value, sort_key and name_key).
 */
export function byteOrderText(engine: Engine): RawBuilder<unknown> | 'text' {
  return engine === 'postgres' ? sql`text collate "C"` : 'text';
}
