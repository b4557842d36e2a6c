// Each version keeps its own descriptive fields (name, visibility, owner…): a rollback restores them. Null means the
// fields of the version's manifest, which is what every version had until an owner or admin edited the app
// (PATCH /api/apps/:id) while that version was current; the edit is then written here too.
import type { Db } from '../createDatabase.ts';

export async function up(db: Db): Promise<void> {
  await db.schema.alterTable('versions').addColumn('fields', 'text').execute();
}
