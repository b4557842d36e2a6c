import compare from 'semver/functions/compare.js';
import valid from 'semver/functions/valid.js';
import type { Db } from '../db/createDatabase.ts';
import { Errors } from '../errors.ts';

/**
 * Refuses a version that is not newer than the app's highest live-or-coming one: the current version, any approved
 * version (a rollback leaves newer approved ones behind) and any pending one (it becomes current when approved, so a
 * lower number published after it would be overtaken the other way round). Rejected versions never went live and do
 * not count. `allowOlder` lets a deliberate lower number through (a hotfix branch, a renumbering).
 */
export async function assertNewer(db: Db, appId: string, version: string, allowOlder: boolean): Promise<void> {
  if (allowOlder) return;
  const rows = await db
    .selectFrom('versions')
    .select(['version', 'status'])
    .where('app_id', '=', appId)
    .where('status', 'in', ['approved', 'pending'])
    .execute();
  const app = await db.selectFrom('apps').select('current_version').where('id', '=', appId).executeTakeFirst();
  let highest: { version: string; what: string } | undefined;
  for (const row of rows) {
    if (!valid(row.version)) continue;
    if (!highest || compare(row.version, highest.version) > 0) {
      const what = row.version === app?.current_version ? 'the current version' : row.status === 'pending' ? 'a version pending review' : 'an approved version';
      highest = { version: row.version, what };
    }
  }
  if (highest && compare(version, highest.version) <= 0) throw new Errors.VERSION_NOT_NEWER(version, `${highest.version} (${highest.what})`, appId);
}
