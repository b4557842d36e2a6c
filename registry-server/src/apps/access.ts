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

export function requestOrigin(request: { protocol: string; host: string }): string {
  return `${request.protocol}://${request.host}`;
}
