import type { CreateTableBuilder } from 'kysely';

/**
 * Adds each named column as `text not null`, in order, through the table builder's `$call`. Most of the catalogue's
 * columns are that (ids, names, ISO times, JSON), so a migration names them instead of spelling each one out.
 *
 * Migrations that ran keep their effect only if this keeps producing the same DDL: never change what it emits
 * (test/db/schemaDdl.test.ts compares the schema of a fresh database on both engines with the one recorded there).
 */
export function requiredText(names: readonly string[]) {
  return <T extends string>(table: CreateTableBuilder<T, string>): CreateTableBuilder<T, string> =>
    names.reduce((builder, name) => builder.addColumn(name, 'text', (c) => c.notNull()), table);
}
