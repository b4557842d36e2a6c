import type { Db } from '../db/createDatabase.ts';
import type { UnitKind } from '../db/schema.ts';

export interface OrgUnit {
  id: string;
  name: string;
  kind: UnitKind;
  parentId: string | null;
  nameEn: string | null;
  /** Disabled units stay in the tree (history, usage, visibility below them) but take no new users or children. */
  disabled: boolean;
  createdAt: string | null;
  disabledAt: string | null;
}

/**
 * The org tree, held in memory: a few hundred units, read on every request. Every change to it bumps the catalogue's
 * generation in the same transaction; each instance reloads the tree when it sees a generation newer than the one it
 * loaded at (`ensureGeneration`, fed by the session lookup), so a move on one instance reaches visibility on all.
 */
export class OrgTree {
  private units = new Map<string, OrgUnit>();
  private children = new Map<string | null, string[]>();
  private generation = -1;
  private loading: Promise<void> | undefined;

  constructor(private readonly db: Db) {}

  async reload(): Promise<void> {
    const [rows, state] = await Promise.all([
      this.db
        .selectFrom('org_units')
        .select(['id', 'name', 'name_en', 'kind', 'parent_id', 'created_at', 'disabled_at'])
        .orderBy('sort')
        .orderBy('id')
        .execute(),
      this.db.selectFrom('catalog_state').select('generation').where('id', '=', 1).executeTakeFirst(),
    ]);
    const units = new Map<string, OrgUnit>();
    const children = new Map<string | null, string[]>();
    for (const r of rows) {
      units.set(r.id, {
        id: r.id,
        name: r.name,
        kind: r.kind,
        parentId: r.parent_id,
        nameEn: r.name_en,
        disabled: r.disabled_at !== null,
        createdAt: r.created_at,
        disabledAt: r.disabled_at,
      });
      const list = children.get(r.parent_id) ?? [];
      list.push(r.id);
      children.set(r.parent_id, list);
    }
    this.units = units;
    this.children = children;
    this.generation = Number(state?.generation ?? 0);
  }

  /** Reloads when the catalogue's generation moved past the one this tree was read at (another instance wrote). */
  async ensureGeneration(generation: number): Promise<void> {
    if (generation <= this.generation) return;
    this.loading ??= this.reload().finally(() => {
      this.loading = undefined;
    });
    await this.loading;
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

  /** Whether `id` is `rootId` or lies below it. */
  isWithin(id: string, rootId: string): boolean {
    return this.ancestors(id).some((u) => u.id === rootId);
  }

  /** The ids of the unit and every unit below it, the unit first. */
  subtree(rootId: string): string[] {
    const out: string[] = [];
    const stack = [rootId];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (!this.units.has(id)) continue;
      out.push(id);
      stack.push(...(this.children.get(id) ?? []));
    }
    return out;
  }

  childrenOf(id: string | null): OrgUnit[] {
    return (this.children.get(id) ?? []).map((c) => this.units.get(c)!);
  }

  /** Every unit, parents before children, siblings in their stored order. */
  all(): OrgUnit[] {
    const out: OrgUnit[] = [];
    const visit = (parent: string | null, depth: number) => {
      if (depth > 32) return;
      for (const id of this.children.get(parent) ?? []) {
        out.push(this.units.get(id)!);
        visit(id, depth + 1);
      }
    };
    visit(null, 0);
    // A unit whose parent is missing (should not happen) is still listed rather than lost.
    if (out.length < this.units.size) {
      const seen = new Set(out.map((u) => u.id));
      for (const u of this.units.values()) if (!seen.has(u.id)) out.push(u);
    }
    return out;
  }
}
