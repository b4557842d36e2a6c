import type { Db } from './createDatabase.ts';
import { requiredText } from './requiredText.ts';

export interface RollupColumns {
  /** Text columns that together make the primary key `<table>_pk`, in this order. */
  key: readonly string[];
  /** Further text columns (not null), after the key. */
  text?: readonly string[];
  /** The counts (integer, not null), last. */
  counts: readonly string[];
}

/**
 * Creates a rollup table of the usage series: text key columns, then text columns, then integer counts, all not
 * null, with the key as primary key `<table>_pk`. Eight tables have this one shape (usage by day, month, period, unit
 * and year; refused events), so the migrations name their columns instead of spelling each one out.
 *
 * Migrations that ran keep their effect only if this keeps producing the same DDL: never change what it emits
 * (test/db/schemaDdl.test.ts compares the schema of a fresh database on both engines with the one recorded there).
 */
export async function createRollupTable(db: Db, table: string, columns: RollupColumns): Promise<void> {
  let builder = db.schema.createTable(table).$call(requiredText([...columns.key, ...(columns.text ?? [])]));
  for (const name of columns.counts) builder = builder.addColumn(name, 'integer', (c) => c.notNull());
  await builder.addPrimaryKeyConstraint(`${table}_pk`, [...columns.key]).execute();
}
