import type { Db } from '../db/createDatabase.ts';
import type { RoleName } from '../db/schema.ts';
import type { OrgTree, OrgUnit } from '../org/OrgTree.ts';

/** A unit as an import compares it: the tree's unit without its dates. */
export type StateUnit = Pick<OrgUnit, 'id' | 'name' | 'kind' | 'parentId' | 'nameEn' | 'disabled'>;

export interface StateUser {
  id: string;
  username: string;
  name: string;
  phone: string | null;
  role: RoleName;
  unitId: string;
  adminOf: string | null;
  disabled: boolean;
}

/** The tree and every user as an import compares a roster with; users keyed by lower-case username (names are unique whatever their case). */
export interface RosterState {
  units: Map<string, StateUnit>;
  users: Map<string, StateUser>;
}

export async function loadRosterState(db: Db, org: OrgTree): Promise<RosterState> {
  const units = new Map<string, StateUnit>();
  for (const u of org.all()) units.set(u.id, { id: u.id, name: u.name, kind: u.kind, parentId: u.parentId, nameEn: u.nameEn, disabled: u.disabled });
  const rows = await db.selectFrom('users').select(['id', 'username', 'name', 'phone', 'role', 'unit_id', 'admin_of', 'disabled_at']).execute();
  const users = new Map<string, StateUser>();
  for (const r of rows) {
    users.set(r.username.toLowerCase(), {
      id: r.id,
      username: r.username,
      name: r.name,
      phone: r.phone,
      role: r.role,
      unitId: r.unit_id,
      adminOf: r.admin_of,
      disabled: r.disabled_at !== null,
    });
  }
  return { units, users };
}
