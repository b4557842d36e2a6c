import type { Db } from '../db/createDatabase.ts';
import type { RoleName } from '../db/schema.ts';
import { applyRoster } from '../roster/applyRoster.ts';
import type { RosterRow } from '../roster/RosterRow.ts';
import type { SeedUnit } from './demoOrg.ts';

// The seed runs as nobody. Seeding an empty database is no administrator's act and was never audited: the stores'
// audit rows, written under this id, are taken out again in the same transaction.
const SEED_ACTOR = { id: '00000000-0000-0000-0000-00000000seed', username: '(seed)' };

/**
 * Seeds units and users as a roster import applied by the server (the same planning, stores and audit rows as an
 * admin's upload), in the caller's transaction. Every user gets `passwordHash` with no forced change (the demo's public
 * `toolbox`, or the first admin's TOOLBOX_ADMIN_PASSWORD). The seeded units count as having always existed, so the
 * review of a past year covers them as before; the audit log stays empty, as before.
 */
export async function seedRoster(
  trx: Db,
  units: readonly SeedUnit[],
  users: readonly { username: string; name: string; role: RoleName; unitId: string }[],
  passwordHash: string,
  at: Date,
): Promise<void> {
  let line = 1;
  const rows: RosterRow[] = [
    ...units.map((u): RosterRow => ({ line: ++line, type: 'unit', id: u.id, name: u.name, nameEn: u.nameEn ?? null, kind: u.kind, parentId: u.parentId ?? undefined })),
    ...users.map((u): RosterRow => ({ line: ++line, type: 'user', username: u.username, name: u.name, unitId: u.unitId, role: u.role })),
  ];
  await applyRoster(trx, { user: SEED_ACTOR, scope: { kind: 'all' }, at }, rows, {
    mode: 'merge',
    passwords: { kind: 'fixed', hash: passwordHash },
    source: { seed: true },
  });
  await trx.updateTable('org_units').set({ created_at: null }).where('id', 'in', units.map((u) => u.id)).execute();
  await trx.deleteFrom('audit_log').where('actor_id', '=', SEED_ACTOR.id).execute();
}
