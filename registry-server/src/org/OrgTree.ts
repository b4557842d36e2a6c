import type { Db } from '../db/createDatabase.ts';
import type { UnitKind } from '../db/schema.ts';

export interface OrgUnit {
  id: string;
  name: string;
  kind: UnitKind;
  parentId: string | null;
}

/**
 * The org tree, held in memory: it is small (tens of units), read on every request and written only by the seed.
 * `reload()` re-reads it, e.g. when a unit id is not known yet (another instance or a script added it).
 */
export class OrgTree {
  private units = new Map<string, OrgUnit>();

  constructor(private readonly db: Db) {}

  async reload(): Promise<void> {
    const rows = await this.db.selectFrom('org_units').select(['id', 'name', 'kind', 'parent_id']).orderBy('sort').execute();
    this.units = new Map(rows.map((r) => [r.id, { id: r.id, name: r.name, kind: r.kind, parentId: r.parent_id }]));
  }

  get(id: string): OrgUnit | undefined {
    return this.units.get(id);
  }

  async has(id: string): Promise<boolean> {
    if (!this.units.has(id)) await this.reload();
    return this.units.has(id);
  }

  /** The unit and its ancestors, from the unit up. */
  ancestors(id: string): OrgUnit[] {
    const chain: OrgUnit[] = [];
    let unit = this.units.get(id);
    while (unit && chain.length < 32) {
      chain.push(unit);
      unit = unit.parentId ? this.units.get(unit.parentId) : undefined;
    }
    return chain;
  }

  /** Names from the district down to the unit. */
  path(id: string): string[] {
    return this.ancestors(id)
      .map((u) => u.name)
      .reverse();
  }

  all(): OrgUnit[] {
    return [...this.units.values()];
  }
}
