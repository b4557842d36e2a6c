import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { chunk } from './chunk.ts';
import type { UsageTables } from './tables.ts';

/** The rollups that only ever grow by addition: a row per key, with counters. */
type CounterTable = 'usage_daily' | 'usage_app_days' | 'usage_app_months' | 'usage_period_active' | 'usage_refused';
type Column<T extends CounterTable> = keyof UsageTables[T] & string;

/**
 * Adds `rows` to a rollup (PostgreSQL path; sqliteFastPath.ts does the same per row): a new key is inserted, an
 * existing one gets each of `counters` added to what it holds. In the caller's transaction, in statements small
 * enough for both engines' parameter limits.
 */
export async function addCounts<T extends CounterTable>(
  trx: Transaction<Database>,
  table: T,
  keys: readonly Column<T>[],
  counters: readonly Column<T>[],
  rows: readonly UsageTables[T][],
): Promise<void> {
  const added = Object.fromEntries(counters.map((c) => [c, sql<number>`${sql.ref(`${table}.${c}`)} + ${sql.ref(`excluded.${c}`)}`]));
  for (const part of chunk(rows, keys.length + counters.length)) {
    // Kysely cannot follow a table name chosen by a type parameter; the columns are checked by Column<T> above.
    await trx
      .insertInto(table as CounterTable)
      .values(part as never)
      .onConflict((oc) => oc.columns(keys as never).doUpdateSet(added as never))
      .execute();
  }
}
