import type { OrgUnit } from '../api/types.ts';

/** The units by parent, in the server's order, and the roots (units whose parent is not in the list). */
export function childrenByParent(units: readonly OrgUnit[]): { roots: OrgUnit[]; children: Map<string, OrgUnit[]> } {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string, OrgUnit[]>();
  const roots: OrgUnit[] = [];
  for (const unit of units) {
    if (unit.parentId && ids.has(unit.parentId)) {
      const list = children.get(unit.parentId) ?? [];
      list.push(unit);
      children.set(unit.parentId, list);
    } else {
      roots.push(unit);
    }
  }
  return { roots, children };
}

/** The unit and everything below it: where a unit cannot move to. */
export function subtreeIds(unitId: string, children: Map<string, OrgUnit[]>): Set<string> {
  const out = new Set<string>();
  const stack = [unitId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    out.add(id);
    for (const c of children.get(id) ?? []) stack.push(c.id);
  }
  return out;
}

/** "长宁区 / 华阳路街道 / 华阳居委会" for a unit, from its path or, failing that, its name. */
export function pathLabel(unit: Pick<OrgUnit, 'name' | 'path'>): string {
  return (unit.path && unit.path.length > 0 ? unit.path : [unit.name]).join(' / ');
}
