import type { OrgTree, OrgUnit } from './OrgTree.ts';

/** A unit as `GET /api/org/units` lists it: the fields the CLI has always read, plus `nameEn`, `disabled` and `path`. */
export interface UnitDto {
  id: string;
  name: string;
  nameEn: string | null;
  kind: OrgUnit['kind'];
  parentId: string | null;
  disabled: boolean;
  /** Names from the district down to the unit itself. */
  path: string[];
}

export function unitDto(org: OrgTree, unit: OrgUnit): UnitDto {
  return {
    id: unit.id,
    name: unit.name,
    nameEn: unit.nameEn,
    kind: unit.kind,
    parentId: unit.parentId,
    disabled: unit.disabled,
    path: org.path(unit.id),
  };
}
