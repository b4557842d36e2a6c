import type { AuthUser } from '../auth/AuthUser.ts';
import type { SnapApp } from '../catalog/Snapshot.ts';
import { Errors } from '../errors.ts';

export function isOwnerOrAdmin(user: AuthUser, app: SnapApp): boolean {
  return user.role === 'admin' || (user.role === 'developer' && app.row.owner_user_id === user.id);
}

/** 403 unless the caller is an admin or the developer who owns the app. */
export function assertOwnerOrAdmin(user: AuthUser, app: SnapApp): void {
  if (!isOwnerOrAdmin(user, app)) throw new Errors.FORBIDDEN(`Only the owner of "${app.row.id}" or an admin may do this`);
}

export function requestOrigin(request: { protocol: string; host: string }): string {
  return `${request.protocol}://${request.host}`;
}
