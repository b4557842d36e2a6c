// Issue 12: API tokens get a scope, an optional list of apps and an expiry (they had every right, for ever).
import type { Db } from '../createDatabase.ts';

const DAY_MS = 24 * 3600 * 1000;

export async function up(db: Db): Promise<void> {
  await db.schema.alterTable('api_tokens').addColumn('scope', 'text', (c) => c.notNull().defaultTo('publish')).execute();
  await db.schema.alterTable('api_tokens').addColumn('apps', 'text').execute();
  // Added nullable (a NOT NULL column needs a default on both engines), then filled at once: a token minted before
  // expiries existed lives 90 days from its creation, like a new one without expiresInDays.
  await db.schema.alterTable('api_tokens').addColumn('expires_at', 'text').execute();
  const old = await db.selectFrom('api_tokens').select(['id', 'created_at']).execute();
  for (const row of old) {
    const expires = new Date(Date.parse(row.created_at) + 90 * DAY_MS).toISOString();
    await db.updateTable('api_tokens').set({ expires_at: expires }).where('id', '=', row.id).execute();
  }
}
