import { listUnits } from '../../../shared/api/clientRoutes.ts';
import type { RouteReply } from '../../../shared/api/route.ts';
import { registryClient } from '../../registry/registryClient.ts';
import type { CliIo } from '../CliIo.ts';
import { say } from '../messages.ts';
import { resolveRegistry, type RegistryOptions } from '../resolveRegistry.ts';

/** One unit as `GET /api/org/units` lists it (flat, in tree order). */
export type OrgUnitSummary = RouteReply<typeof listUnits>['items'][number];

/** Options of `toolbox units`. */
export interface UnitsOptions extends RegistryOptions {
  json?: boolean;
}

/**
 * `toolbox units`: the unit ids an app's `owner.unit` and `visibility.units` take, with their names, as an indented
 * tree (or `--json`). Any signed-in user may read the org tree, so a read token will do.
 */
export async function units(io: CliIo, options: UnitsOptions): Promise<number> {
  const { registry, token } = await resolveRegistry(io, options);
  const { items } = await registryClient(registry, { token }).request(listUnits);
  if (options.json) {
    io.out(JSON.stringify(items, null, 2));
    return 0;
  }
  if (items.length === 0) {
    io.out(say(io, 'unitsNone'));
    return 0;
  }
  const rows = treeOrder(items);
  const width = Math.max(...rows.map((r) => r.depth * 2 + r.unit.id.length));
  io.out(say(io, 'unitsTitle', { count: items.length }));
  for (const { unit, depth } of rows) {
    const label = `${'  '.repeat(depth)}${unit.id}`.padEnd(width);
    const name = io.lang === 'en' && unit.nameEn ? unit.nameEn : unit.name;
    io.out(`${label}  ${name}${unit.disabled ? say(io, 'unitsDisabled') : ''}`);
  }
  io.out('');
  io.out(say(io, 'unitsHint'));
  return 0;
}

/**
 * Each unit after its parent, children in the order listed, with its depth. A unit whose parent is not in the list
 * (a street admin may see only a subtree) starts a tree of its own, and a cycle cannot loop: each unit is placed once.
 */
function treeOrder(items: readonly OrgUnitSummary[]): { unit: OrgUnitSummary; depth: number }[] {
  const ids = new Set(items.map((u) => u.id));
  const children = new Map<string | null, OrgUnitSummary[]>();
  for (const unit of items) {
    const parent = unit.parentId !== null && ids.has(unit.parentId) ? unit.parentId : null;
    const siblings = children.get(parent);
    if (siblings) siblings.push(unit);
    else children.set(parent, [unit]);
  }
  const rows: { unit: OrgUnitSummary; depth: number }[] = [];
  const placed = new Set<string>();
  const stack = [...(children.get(null) ?? [])].reverse().map((unit) => ({ unit, depth: 0 }));
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (placed.has(next.unit.id)) continue;
    placed.add(next.unit.id);
    rows.push(next);
    for (const child of [...(children.get(next.unit.id) ?? [])].reverse()) stack.push({ unit: child, depth: next.depth + 1 });
  }
  // Units only reachable through a cycle have no root above them: list them at the top level rather than lose them.
  for (const unit of items) if (!placed.has(unit.id)) rows.push({ unit, depth: 0 });
  return rows;
}
