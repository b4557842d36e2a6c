import type { AuthUser } from '../auth/AuthUser.ts';
import { Errors } from '../errors.ts';
import { inChinese } from '../lib/defineError.ts';
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
  if (!scope) {
    throw inChinese(
      new Errors.FORBIDDEN(`Managing units and users needs the role admin or a unit to administer; you are ${user.role}`),
      '管理单位和人员需要管理员角色，或被设为某个单位的管理员。',
    );
  }
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
    const unit = org.get(unitId)?.name ?? unitId;
    throw strict && unitId === scope.root
      ? inChinese(new Errors.FORBIDDEN(`${field}: "${unitId}" is the unit you administer; only a district admin changes it`), `“${unit}”是你管理的单位本身，只有区管理员可以修改它。`)
      : inChinese(new Errors.FORBIDDEN(`${field}: unit "${unitId}" is outside ${where}, the part of the tree you administer`), `“${unit}”不在你管理的范围（${where}）之内。`);
  }
}
