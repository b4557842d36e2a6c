// Issue 15, the roster import: usernames are unique whatever their case and looked up as lower(username) (the user
// store's check before every insert, the import's match). Without an index on that expression each lookup read the
// whole table: an import of 3,000 users read it 3,000 times.
import { sql } from 'kysely';
import type { Db } from '../createDatabase.ts';

export async function up(db: Db): Promise<void> {
  await db.schema.createIndex('users_username_lower').on('users').expression(sql`lower(username)`).execute();
}
