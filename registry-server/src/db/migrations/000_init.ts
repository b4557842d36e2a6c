import type { Db } from '../createDatabase.ts';
import { autoIncrementKey, autoIncrementType, type Engine } from '../dialect.ts';
import { requiredText } from '../requiredText.ts';

/** The catalogue: org tree, users, sessions, tokens, apps, versions, audit log, app data, settings. */
export async function up(db: Db, engine: Engine): Promise<void> {
  await db.schema
    .createTable('org_units')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text', (c) => c.references('org_units.id'))
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('pins', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_expires').on('sessions').column('expires_at').execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .execute();

  await db.schema
    .createTable('apps')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name_zh', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text')
    .addColumn('description_zh', 'text')
    .addColumn('description_en', 'text')
    .addColumn('icon', 'text')
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('keywords', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('scenario', 'text', (c) => c.notNull())
    .addColumn('owner_unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('owner_contact', 'text', (c) => c.notNull())
    .addColumn('owner_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('visibility_units', 'text')
    .addColumn('visibility_roles', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
    .addColumn('current_version', 'text')
    .addColumn('retire_on', 'text')
    .addColumn('deprecation_reason', 'text')
    .addColumn('replacement_id', 'text')
    .addColumn('retired_reason', 'text')
    .addColumn('retired_at', 'text')
    .addColumn('annual_cost', 'double precision')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('versions')
    .addColumn('app_id', 'text', (c) => c.notNull().references('apps.id'))
    .$call(requiredText(['version', 'kind', 'manifest', 'entry']))
    .addColumn('entry_integrity', 'text')
    .addColumn('files', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('sdk', 'text', (c) => c.notNull())
    .addColumn('changelog', 'text')
    .addColumn('published_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('versions_pk', ['app_id', 'version'])
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', autoIncrementType(engine), autoIncrementKey(engine))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_username', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('app_id', 'text')
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text')
    .addColumn('reason', 'text')
    .addColumn('details', 'text')
    .execute();
  await db.schema.createIndex('audit_log_app').on('audit_log').columns(['app_id', 'id']).execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();

  await db.schema
    .createTable('records')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('app_id', 'text', (c) => c.notNull().references('apps.id'))
    .$call(requiredText(['collection', 'unit_id', 'created_by', 'data', 'created_at', 'updated_at']))
    .execute();
  await db.schema
    .createIndex('records_scope')
    .on('records')
    .columns(['app_id', 'collection', 'unit_id', 'created_at'])
    .execute();
  await db.schema.createIndex('records_app_time').on('records').columns(['app_id', 'collection', 'created_at']).execute();

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('catalog_state')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('generation', 'integer', (c) => c.notNull())
    .execute();
  await db.insertInto('catalog_state').values({ id: 1, generation: 0 }).execute();
}
