import type { RoleName } from '../db/schema.ts';

const ROLES: readonly RoleName[] = ['staff', 'maker', 'developer', 'reviewer', 'admin'];

/** The strongest first: a user whose claim names several mapped values gets the strongest role among them. */
export const ROLE_RANK: Record<RoleName, number> = { staff: 0, maker: 1, developer: 2, reviewer: 3, admin: 4 };

/**
 * `toolbox-admin:admin,toolbox-dev:developer` → the provider's value to the product's role. A value may be any text
 * but a comma; the role after the last colon must be one of staff, maker, developer, reviewer, admin. Throws with the
 * entry at fault.
 */
export function parseRoleMap(text: string): Map<string, RoleName> {
  const map = new Map<string, RoleName>();
  for (const raw of text.split(',')) {
    const entry = raw.trim();
    if (!entry) continue;
    const at = entry.lastIndexOf(':');
    const value = at > 0 ? entry.slice(0, at).trim() : '';
    const role = at > 0 ? entry.slice(at + 1).trim() : '';
    if (!value || !ROLES.includes(role as RoleName)) {
      throw new Error(`entry "${entry}" must be <value>:<role> with a role of ${ROLES.join(', ')}`);
    }
    map.set(value, role as RoleName);
  }
  return map;
}
