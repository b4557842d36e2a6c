import type { StaffUser } from '@toolbox/sdk/api';
import type { Selectable } from 'kysely';
import type { UsersTable } from '../db/schema.ts';
import type { OrgTree } from '../org/OrgTree.ts';

/** A member of staff as the user management screens see them; never the password hash. */
export type { StaffUser };

export type UserRow = Pick<Selectable<UsersTable>, 'id' | 'username' | 'name' | 'phone' | 'role' | 'unit_id' | 'admin_of' | 'disabled_at' | 'must_change_password' | 'created_at'>;

export const USER_COLUMNS = [
  'id', 'username', 'name', 'phone', 'role', 'unit_id', 'admin_of', 'disabled_at', 'must_change_password', 'created_at',
] as const;

export function unitRef(org: OrgTree, id: string): { id: string; name: string; path: string[] } {
  return { id, name: org.get(id)?.name ?? id, path: org.path(id) };
}

export function userDto(org: OrgTree, row: UserRow): StaffUser {
  return {
    id: row.id,
    username: row.username,
    name: row.name,
    phone: row.phone,
    role: row.role,
    unit: unitRef(org, row.unit_id),
    adminOf: row.admin_of ? unitRef(org, row.admin_of) : null,
    disabled: row.disabled_at !== null,
    disabledAt: row.disabled_at,
    mustChangePassword: Number(row.must_change_password) === 1,
    createdAt: row.created_at,
  };
}
