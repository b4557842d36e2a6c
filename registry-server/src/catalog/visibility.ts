import type { AuthUser } from '../auth/AuthUser.ts';
import type { RoleName } from '../db/schema.ts';

/** The visibility role held by anyone who administers a unit. */
export const UNIT_ADMIN = 'unit-admin';

export interface Visibility {
  units: string[] | null;
  roles: RoleName[] | null;
}

/**
 * Empty or absent lists mean everyone; a unit listed includes every unit below it, in the live tree (`unitAncestors`
 * is read from it on each request). The role `unit-admin` in a list stands for anyone who administers a unit
 * (`adminOf`), whatever their own role: a street's 管理员 stays staff for every other app.
 */
export function isVisibleTo(visibility: Visibility, user: Pick<AuthUser, 'role' | 'unitAncestors'> & { adminOf?: string | null }): boolean {
  if (
    visibility.roles &&
    visibility.roles.length > 0 &&
    !visibility.roles.includes(user.role) &&
    !(user.adminOf && (visibility.roles as string[]).includes(UNIT_ADMIN))
  ) {
    return false;
  }
  if (visibility.units && visibility.units.length > 0 && !visibility.units.some((u) => user.unitAncestors.includes(u))) {
    return false;
  }
  return true;
}
