// The schema a fresh database gets from the migrations, on both engines, compared with the one recorded beside this
// test. Migrations that already ran somewhere are history: a refactoring of a migration, or of a helper it calls
// (src/db/createRollupTable.ts), must leave what they create exactly as it was. A deliberate schema change is a new
// migration, and the recorded schema is updated with it (`vitest -u`).
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle } from '../../src/db/createDatabase.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { createTestDatabase, type TestDatabase, testEngines } from '../helpers/engines.ts';

/** SQLite keeps each object's CREATE statement as the migration sent it. */
async function sqliteSchema(h: DatabaseHandle): Promise<string> {
  const { rows } = await sql<{ name: string; sql: string | null }>`
    select name, sql from sqlite_master where name not like 'kysely%' and name not like 'sqlite%' order by name`.execute(h.db);
  return rows.map((r) => `${r.name}\n  ${r.sql ?? '(automatic)'}`).join('\n');
}

/** PostgreSQL's catalogue, read back: columns with types, nullability and defaults, then constraints and indexes. */
async function postgresSchema(h: DatabaseHandle): Promise<string> {
  const columns = await sql<{ table_name: string; column_name: string; data_type: string; is_nullable: string; column_default: string | null }>`
    select table_name, column_name, data_type, is_nullable, column_default from information_schema.columns
    where table_schema = 'public' and table_name not like 'kysely%' order by table_name, ordinal_position`.execute(h.db);
  const constraints = await sql<{ t: string; conname: string; def: string }>`
    select conrelid::regclass::text as t, conname, pg_get_constraintdef(oid) as def from pg_constraint
    where connamespace = 'public'::regnamespace and conrelid::regclass::text not like 'kysely%' order by 1, 2`.execute(h.db);
  const indexes = await sql<{ indexdef: string }>`
    select indexdef from pg_indexes where schemaname = 'public' and tablename not like 'kysely%' order by indexname`.execute(h.db);
  return [
    ...columns.rows.map(
      (c) => `${c.table_name}.${c.column_name} ${c.data_type}${c.is_nullable === 'NO' ? ' not null' : ''}${c.column_default ? ` default ${c.column_default}` : ''}`,
    ),
    ...constraints.rows.map((c) => `${c.t} ${c.conname}: ${c.def}`),
    ...indexes.rows.map((i) => i.indexdef),
  ].join('\n');
}

describe.each(testEngines)('the schema of a fresh database (%s)', (engine) => {
  let database: TestDatabase | undefined;
  let handle: DatabaseHandle | undefined;
  afterEach(async () => {
    await handle?.destroy();
    await database?.drop();
  });

  it('is the recorded one', async () => {
    database = await createTestDatabase(engine);
    handle = createDatabase(database.url);
    await migrateToLatest(handle.db, handle.engine);
    const schema = engine === 'sqlite' ? await sqliteSchema(handle) : await postgresSchema(handle);
    expect(schema).toContain('usage_refused');
    await expect(schema).toMatchFileSnapshot(`__snapshots__/schema.${engine}.txt`);
  });
});
