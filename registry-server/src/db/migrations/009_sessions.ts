// Issue 15: a user lists and ends their sessions, so each gets a public id (the table is keyed by the token's hash,
// which must never leave the server), when it was last seen, and from where; sessions also end when idle.
import { randomUUID } from 'node:crypto';
import type { Db } from '../createDatabase.ts';

export async function up(db: Db): Promise<void> {
  await db.schema.alterTable('sessions').addColumn('id', 'text').execute();
  await db.schema.alterTable('sessions').addColumn('last_seen_at', 'text').execute();
  await db.schema.alterTable('sessions').addColumn('idle_expires_at', 'text').execute();
  await db.schema.alterTable('sessions').addColumn('user_agent', 'text').execute();
  await db.schema.alterTable('sessions').addColumn('address', 'text').execute();
  const old = await db.selectFrom('sessions').select(['token_hash', 'created_at', 'expires_at']).execute();
  for (const row of old) {
    await db
      .updateTable('sessions')
      .set({ id: randomUUID(), last_seen_at: row.created_at, idle_expires_at: row.expires_at })
      .where('token_hash', '=', row.token_hash)
      .execute();
  }
  await db.schema.createIndex('sessions_id').on('sessions').column('id').unique().execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
}
