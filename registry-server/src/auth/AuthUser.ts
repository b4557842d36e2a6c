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
  /** The bearer token's rights, when `via` is `token`. */
  token?: TokenGrant;
}

/** What a bearer token may do: `read` only reads; `publish` publishes, rolls back and reads, for `apps` when named. */
export interface TokenGrant {
  id: string;
  scope: 'publish' | 'read';
  /** The app ids a publish token is limited to; null for every app its user may publish. */
  apps: string[] | null;
}

export function publicUser(user: AuthUser) {
  return { id: user.id, username: user.username, name: user.name, role: user.role, unit: user.unit };
}
