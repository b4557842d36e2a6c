import { ToolboxSdkError } from '../errors.ts';
import type { OrgPerson, OrgUnit, ToolboxOrg } from '../shared/hostOrgFiles.ts';
import type { Role, ToolboxUnit, ToolboxUser } from '../shared/types.ts';

export interface MemoryOrgOptions {
  units?: OrgUnit[];
  people?: OrgPerson[];
}

/** The user's unit and its ancestors (named by `path`), as units of a tree. */
function unitsOf(unit: ToolboxUnit): OrgUnit[] {
  const last = unit.path.length - 1;
  const idAt = (i: number) => (i === last ? unit.id : `${unit.id}-up${last - i}`);
  const kinds: OrgUnit['kind'][] = ['district', 'street', 'committee'];
  return unit.path.map((name, i) => ({
    id: idAt(i),
    name,
    nameEn: null,
    kind: kinds[Math.min(i, 2)]!,
    parentId: i === 0 ? null : idAt(i - 1),
    disabled: false,
    path: unit.path.slice(0, i + 1),
  }));
}

/**
 * An in-memory `toolbox.org`: the tree and the people given (by default the user's unit with its ancestors, and the
 * user with two colleagues). As on the registry, staff read only their own unit's people; anyone else's is 403.
 */
export function createMemoryOrg(user: ToolboxUser, unit: ToolboxUnit, options: MemoryOrgOptions = {}): ToolboxOrg {
  const units = options.units ?? unitsOf(unit);
  const people = options.people ?? [
    { id: user.id, name: user.name, unitId: unit.id },
    { id: 'u-colleague-1', name: '李娜', unitId: unit.id },
    { id: 'u-colleague-2', name: '王建国', unitId: unit.id },
  ];
  const administers = (role: Role) => role === 'admin';
  return {
    units: async () => structuredClone(units),
    async people(unitId) {
      if (unitId !== unit.id && !administers(user.role)) {
        throw new ToolboxSdkError('TOOLBOX_DATA_REQUEST_FAILED', [403, 'TOOLBOX_FORBIDDEN', `id: the people of unit "${unitId}" are listed to its own staff`], [], 403);
      }
      return structuredClone(people.filter((p) => p.unitId === unitId).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')));
    },
  };
}
