import type { AuthUser } from '../auth/AuthUser.ts';
import type { RoleName } from '../db/schema.ts';

export interface Visibility {
  units: string[] | null;
  roles: RoleName[] | null;
}

/** Empty or absent lists mean everyone; a unit listed includes every unit below it. */
export function isVisibleTo(visibility: Visibility, user: Pick<AuthUser, 'role' | 'unitAncestors'>): boolean {
  if (visibility.roles && visibility.roles.length > 0 && !visibility.roles.includes(user.role)) return false;
  if (visibility.units && visibility.units.length > 0 && !visibility.units.some((u) => user.unitAncestors.includes(u))) {
    return false;
  }
  return true;
}
