import type { AuthUser } from '../auth/AuthUser.ts';
import { Errors } from '../errors.ts';
import type { OrgTree } from './OrgTree.ts';

/** What an administrator may manage: everything (an admin), or one subtree (a street's 管理员, `adminOf`). */
export type AdminScope = { kind: 'all' } | { kind: 'subtree'; root: string };

export function adminScopeOf(user: Pick<AuthUser, 'role' | 'adminOf'>): AdminScope | null {
  if (user.role === 'admin') return { kind: 'all' };
  if (user.adminOf) return { kind: 'subtree', root: user.adminOf };
  return null;
}

/** 403 unless the caller administers something. */
export function requireScope(user: AuthUser | null): AdminScope {
  if (!user) throw new Errors.UNAUTHENTICATED();
  const scope = adminScopeOf(user);
  if (!scope) throw new Errors.FORBIDDEN(`Managing units and users needs the role admin or a unit to administer; you are ${user.role}`);
  return scope;
}

/** Whether `unitId` lies in the scope; `strict` leaves out the scope's own root (a street's 管理员 does not move their street). */
export function inScope(org: OrgTree, scope: AdminScope, unitId: string, strict = false): boolean {
  if (scope.kind === 'all') return true;
  if (strict && unitId === scope.root) return false;
  return org.isWithin(unitId, scope.root);
}

/** 403 naming the field when `unitId` is outside the caller's scope. */
export function assertInScope(org: OrgTree, scope: AdminScope, unitId: string, field: string, strict = false): void {
  if (inScope(org, scope, unitId, strict)) return;
  if (scope.kind === 'subtree') {
    const where = org.path(scope.root).join(' / ') || scope.root;
    throw new Errors.FORBIDDEN(
      strict && unitId === scope.root
        ? `${field}: "${unitId}" is the unit you administer; only a district admin changes it`
        : `${field}: unit "${unitId}" is outside ${where}, the part of the tree you administer`,
    );
  }
}
