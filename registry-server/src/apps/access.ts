import { maintainerRoles } from '@toolbox/sdk';
import type { AuthUser } from '../auth/AuthUser.ts';
import type { SnapApp } from '../catalog/Snapshot.ts';
import { Errors } from '../errors.ts';

/** A maker owns the form apps they publish as a developer owns code apps (what a maker may publish is the route's). */
export function isOwnerOrAdmin(user: AuthUser, app: SnapApp): boolean {
  return user.role === 'admin' || ((user.role === 'developer' || user.role === 'maker') && app.row.owner_user_id === user.id);
}

/** 403 unless the caller is an admin or the developer (or maker) who owns the app. */
export function assertOwnerOrAdmin(user: AuthUser, app: SnapApp): void {
  if (!isOwnerOrAdmin(user, app)) throw new Errors.FORBIDDEN(`Only the owner of "${app.row.id}" or an admin may do this`);
}

/** 400 TOOLBOX_APP_OWNER_INVALID unless `user` could maintain `app`: enabled, and of a role that may publish it. */
export function assertMayMaintain(app: SnapApp, user: { username: string; role: string; disabled_at: string | null }): void {
  if (user.disabled_at !== null) throw new Errors.APP_OWNER_INVALID(`${user.username} is disabled`);
  const roles: readonly string[] = maintainerRoles(app.versions.map((v) => v.kind));
  if (!roles.includes(user.role)) {
    const kind = roles.includes('maker') ? 'a form app' : 'an app with code';
    throw new Errors.APP_OWNER_INVALID(`${user.username} is a ${user.role}; ${kind} is maintained by a ${roles.join(', ')}`);
  }
}

export function requestOrigin(request: { protocol: string; host: string }): string {
  return `${request.protocol}://${request.host}`;
}
