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
  /** The unit whose subtree this user administers (a street's 管理员), or null. */
  adminOf: string | null;
  /** After a password reset: nothing but choosing a new password (and signing out) until it is done. */
  mustChangePassword: boolean;
  /** The public id of the session, when `via` is `session`. */
  sessionId?: string;
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

/**
 * What `GET /api/me` and the login answer: plugins rely on id, username, name, role and unit; `adminOf` and
 * `mustChangePassword` were added for the desktop and the console (issue 15), additively.
 */
export function publicUser(user: AuthUser, adminOf: { id: string; name: string; path: string[] } | null = null) {
  return {
    id: user.id,
    username: user.username,
    name: user.name,
    role: user.role,
    unit: user.unit,
    adminOf,
    mustChangePassword: user.mustChangePassword,
  };
}
