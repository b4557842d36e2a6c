import type { RoleName } from '../db/schema.ts';

/** The caller, as `request.user` holds it. `GET /api/me` returns it without `unitAncestors`. */
export interface AuthUser {
  id: string;
  username: string;
  name: string;
  role: RoleName;
  unit: { id: string; name: string; path: string[] };
  /** The unit's id and every ancestor's, from the unit up to the district: what visibility is checked against. */
  unitAncestors: string[];
  /** How the request authenticated. */
  via: 'session' | 'token';
}

export function publicUser(user: AuthUser) {
  return { id: user.id, username: user.username, name: user.name, role: user.role, unit: user.unit };
}
