import type { OrgUnit } from '../org/OrgTree.ts';

/** The unit kinds that coverage counts: the district's streets (and town) and their residents' committees. */
const COVERED_KINDS = new Set(['street', 'town', 'committee']);

/** Units that may use an app: under one of `visibilityUnits` (a listed unit includes its subtree), or all when none. */
export function eligibleUnits(units: readonly OrgUnit[], visibilityUnits: readonly string[] | null): Set<string> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const scope = visibilityUnits && visibilityUnits.length > 0 ? new Set(visibilityUnits) : null;
  const out = new Set<string>();
  for (const unit of units) {
    if (!COVERED_KINDS.has(unit.kind)) continue;
    if (scope && !ancestry(unit, byId).some((id) => scope.has(id))) continue;
    out.add(unit.id);
  }
  return out;
}

/**
 * The street a unit belongs to, for the breakdown by street: its ancestor of kind `street` (the town counts as one),
 * or else its ancestor just below the district (e.g. the district operations centre), or itself.
 */
export function streetOf(units: readonly OrgUnit[]): Map<string, OrgUnit> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const out = new Map<string, OrgUnit>();
  for (const unit of units) {
    const chain = ancestry(unit, byId).map((id) => byId.get(id)!);
    const street = chain.find((u) => u.kind === 'street' || u.kind === 'town') ?? chain.find((u) => u.parentId !== null && byId.get(u.parentId)?.parentId === null) ?? unit;
    out.set(unit.id, street);
  }
  return out;
}

function ancestry(unit: OrgUnit, byId: Map<string, OrgUnit>): string[] {
  const ids: string[] = [];
  let u: OrgUnit | undefined = unit;
  while (u && ids.length < 32) {
    ids.push(u.id);
    u = u.parentId ? byId.get(u.parentId) : undefined;
  }
  return ids;
}
