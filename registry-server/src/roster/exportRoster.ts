import type { Db } from '../db/createDatabase.ts';
import { inScope, type AdminScope } from '../org/adminScope.ts';
import type { OrgTree } from '../org/OrgTree.ts';
import { KIND_LABELS, ROLE_LABELS, ROSTER_COLUMNS, STATUS_LABELS, TYPE_LABELS, labelOf, type RosterField } from './rosterColumns.ts';

export type RosterCells = Record<RosterField, string>;

const blank = (): RosterCells => Object.fromEntries(ROSTER_COLUMNS.map((c) => [c.field, ''])) as RosterCells;

export function rosterHeaders(): string[] {
  return ROSTER_COLUMNS.map((c) => c.header);
}

export function rosterLine(cells: RosterCells): string[] {
  return ROSTER_COLUMNS.map((c) => cells[c.field]);
}

/**
 * The units and users the caller manages, in the import's format: units in tree order (parents first), then users by
 * unit in tree order and username, disabled ones included (状态 停用), so the file imports back with no change.
 */
export async function exportRoster(db: Db, org: OrgTree, scope: AdminScope): Promise<RosterCells[]> {
  const units = org.all().filter((u) => inScope(org, scope, u.id));
  const order = new Map(units.map((u, i) => [u.id, i]));
  const out: RosterCells[] = units.map((u) => ({
    ...blank(),
    type: labelOf(TYPE_LABELS, 'unit'),
    unitId: u.id,
    unitName: u.name,
    parentId: u.parentId ?? '',
    kind: labelOf(KIND_LABELS, u.kind),
    nameEn: u.nameEn ?? '',
    status: labelOf(STATUS_LABELS, u.disabled ? 'disabled' : 'active'),
  }));
  let users = db.selectFrom('users').select(['username', 'name', 'phone', 'role', 'unit_id', 'admin_of', 'disabled_at']);
  // A unit's administrator manages the staff of their subtree (as GET /api/users lists them), not its admins or developers.
  if (scope.kind === 'subtree') users = users.where('unit_id', 'in', [...order.keys()]).where('role', '=', 'staff');
  const rows = (await users.execute()).filter((u) => order.has(u.unit_id));
  rows.sort((a, b) => order.get(a.unit_id)! - order.get(b.unit_id)! || (a.username < b.username ? -1 : a.username > b.username ? 1 : 0));
  for (const u of rows) {
    out.push({
      ...blank(),
      type: labelOf(TYPE_LABELS, 'user'),
      username: u.username,
      name: u.name,
      phone: u.phone ?? '',
      userUnit: u.unit_id,
      role: labelOf(ROLE_LABELS, u.role),
      adminOf: u.admin_of ?? '',
      status: labelOf(STATUS_LABELS, u.disabled_at ? 'disabled' : 'active'),
    });
  }
  return out;
}

/** The template's example rows: a street, one of its committees and a member of its staff. */
export function templateRows(): RosterCells[] {
  return [
    { ...blank(), type: '单位', unitId: 'huayanglu', unitName: '华阳路街道', parentId: 'changning', kind: '街道', nameEn: 'Huayang Road Subdistrict', status: '启用' },
    { ...blank(), type: '单位', unitId: 'huayanglu-01', unitName: '华阳居委会', parentId: 'huayanglu', kind: '居委会', status: '启用' },
    { ...blank(), type: '人员', username: 'wangfang', name: '王芳', phone: '13912345678', userUnit: 'huayanglu-01', role: '工作人员', status: '启用' },
  ];
}
