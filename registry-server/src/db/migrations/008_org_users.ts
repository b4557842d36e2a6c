// Issue 15: the org tree and the staff are managed in the product. Units and users are disabled, never deleted (usage,
// records and the audit log keep pointing at them); a rename keeps the old name for reports of the past.
import type { Db } from '../createDatabase.ts';

export async function up(db: Db): Promise<void> {
  // Null for units that predate this migration: they count as having always existed.
  await db.schema.alterTable('org_units').addColumn('created_at', 'text').execute();
  await db.schema.alterTable('org_units').addColumn('disabled_at', 'text').execute();

  // One row per rename: the name the unit had until `until` (ISO instant). The current name is on org_units.
  await db.schema
    .createTable('org_unit_names')
    .addColumn('unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('until', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('org_unit_names_unit').on('org_unit_names').columns(['unit_id', 'until']).execute();

  await db.schema.alterTable('users').addColumn('phone', 'text').execute();
  await db.schema.alterTable('users').addColumn('disabled_at', 'text').execute();
  // A street's 管理员: manages the units and users of this subtree (delegated administration).
  await db.schema.alterTable('users').addColumn('admin_of', 'text').execute();
  // Set by a password reset: the temporary password works only to choose a new one.
  await db.schema.alterTable('users').addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.createIndex('users_unit').on('users').columns(['unit_id', 'username']).execute();
}
