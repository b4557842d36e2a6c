import type { UnitDto } from '@toolbox/sdk/api';
import type { OrgTree, OrgUnit } from './OrgTree.ts';

/** A unit as `GET /api/org/units` lists it: the fields the CLI has always read, plus `nameEn`, `disabled` and `path`. */
export type { UnitDto };

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
