import type { AuthUser } from '../auth/AuthUser.ts';
import type { SnapApp } from '../catalog/Snapshot.ts';
import { isVisibleTo } from '../catalog/visibility.ts';
import { isOwnerOrAdmin } from './access.ts';
import type { AppDto } from './appDto.ts';

/**
 * Whether `user` learns of `app` at all through `GET /api/apps[/:id]`: admins and the owner always; reviewers too
 * (they judge every app's versions); anyone else only an app they may open, so an app meant for other units or
 * roles is not even named to them (its id answers 404, as an unknown one does).
 */
export function canSeeApp(user: AuthUser, app: SnapApp): boolean {
  return isOwnerOrAdmin(user, app) || user.role === 'reviewer' || isVisibleTo(app.visibility, user);
}

/**
 * The app as `user` may read it. The yearly cost is an admin's figure for the review: only admins and the owner
 * read it. The owner's contact is there for the people the app is meant for, so it is dropped for an app the user
 * may not open (which only a reviewer sees).
 */
export function appDtoFor(user: AuthUser, app: SnapApp, dto: AppDto): AppDto {
  if (isOwnerOrAdmin(user, app)) return dto;
  const { annualCost: _cost, ...rest } = dto;
  if (isVisibleTo(app.visibility, user)) return rest;
  const { contact: _contact, ...owner } = rest.owner;
  return { ...rest, owner };
}
