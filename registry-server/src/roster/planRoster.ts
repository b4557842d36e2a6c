import type { RoleName } from '../db/schema.ts';
import type { AdminScope } from '../org/adminScope.ts';
import type { NewUnit, UnitChange } from '../org/unitStore.ts';
import type { UserChange } from '../users/userStore.ts';
import type { RosterIssue, RosterRow, UnitRosterRow, UserRosterRow } from './RosterRow.ts';
import type { RosterState, StateUnit, StateUser } from './RosterState.ts';

/** One field that a row changes, as the dry run lists it. */
export interface RosterFieldChange {
  field: 'unitName' | 'parentId' | 'kind' | 'nameEn' | 'status' | 'name' | 'phone' | 'unitId' | 'role' | 'adminOf';
  from: string | null;
  to: string | null;
}

/** A unit or user the import adds, changes or disables. `line` is null for a user a full roster disables by leaving them out. */
export interface RosterItem {
  line: number | null;
  type: 'unit' | 'user';
  key: string;
  name: string;
  action: 'add' | 'change' | 'disable';
  changes: RosterFieldChange[];
  /** `absent`: not in a full roster (`mode=full`), so disabled. */
  reason?: 'absent';
}

/** `merge` (the default): rows add and change; only rows marked 停用 disable. `full`: users of the caller's scope absent from the file are disabled too. */
export type RosterMode = 'merge' | 'full';

export interface RosterPlan {
  items: RosterItem[];
  issues: RosterIssue[];
  unchanged: number;
  /** What apply runs, in order. */
  ops: {
    unitEnables: string[];
    unitAdds: (NewUnit & { id: string; line: number })[];
    unitChanges: { id: string; line: number; change: UnitChange }[];
    userAdds: { line: number; username: string; name: string; phone: string | null; unitId: string; role: RoleName; adminOf: string | null; disabled: boolean }[];
    userChanges: { id: string; line: number | null; username: string; change: UserChange }[];
    unitDisables: { id: string; line: number }[];
  };
}

export interface PlanContext {
  scope: AdminScope;
  /** The caller: they cannot disable themselves or change their own role through a roster either. */
  actorId: string | null;
  mode: RosterMode;
}

const DELEGATED_KINDS = new Set(['committee', 'department']);

function statusText(disabled: boolean): string {
  return disabled ? 'disabled' : 'active';
}

/** The text-valued properties of a unit or user, which the dry run shows as they are. */
type TextKey<T> = { [K in keyof T]: T[K] extends string | null ? K : never }[keyof T];

/**
 * What a row changes of an existing unit or user (none for a new one): each `[field, property]` that differs, in that
 * order, then `status` when `disabled` flips.
 */
function fieldChanges<T extends { disabled: boolean }>(
  existing: T | undefined,
  next: T,
  fields: readonly (readonly [RosterFieldChange['field'], TextKey<T>])[],
): RosterFieldChange[] {
  if (!existing) return [];
  const changes: RosterFieldChange[] = [];
  for (const [field, key] of fields) {
    const from = existing[key] as string | null;
    const to = next[key] as string | null;
    if (to !== from) changes.push({ field, from, to });
  }
  if (next.disabled !== existing.disabled) changes.push({ field: 'status', from: statusText(existing.disabled), to: statusText(next.disabled) });
  return changes;
}

/** Whether `id` is `root` or lies below it in `units`. */
function within(units: Map<string, { parentId: string | null }>, id: string | null | undefined, root: string): boolean {
  let current = id ?? null;
  for (let i = 0; current !== null && i < 64; i++) {
    if (current === root) return true;
    current = units.get(current)?.parentId ?? null;
  }
  return false;
}

function depth(units: Map<string, { parentId: string | null }>, id: string): number {
  let d = 0;
  let current = units.get(id)?.parentId ?? null;
  while (current !== null && d < 64) {
    d++;
    current = units.get(current)?.parentId ?? null;
  }
  return d;
}

/**
 * Compares the roster with the stored tree and users: every row that would add, change or disable something, and
 * every row that cannot be taken and why. Pure: the dry run shows it, and apply runs its `ops` only when `issues` is
 * empty, after planning again inside its transaction.
 */
export function planRoster(rows: RosterRow[], state: RosterState, ctx: PlanContext): RosterPlan {
  const issues: RosterIssue[] = [];
  const items: RosterItem[] = [];
  let unchanged = 0;
  const ops: RosterPlan['ops'] = { unitEnables: [], unitAdds: [], unitChanges: [], userAdds: [], userChanges: [], unitDisables: [] };
  const root = ctx.scope.kind === 'subtree' ? ctx.scope.root : null;
  const issue = (row: RosterRow, column: string, code: RosterIssue['code'], message: string, value?: string) =>
    issues.push({
      line: row.line,
      type: row.type,
      key: row.type === 'unit' ? row.id : row.username,
      column,
      code,
      message: `row ${row.line}, ${column}: ${message}`,
      ...(value !== undefined ? { value } : {}),
    });

  // Units: first the tree as the file leaves it (rows may name parents that come later), then each row against it.
  const final = new Map<string, StateUnit>();
  for (const [id, u] of state.units) final.set(id, { ...u });
  const unitRows: { row: UnitRosterRow; existing: StateUnit | undefined }[] = [];
  const firstUnitLine = new Map<string, number>();
  for (const row of rows) {
    if (row.type !== 'unit') continue;
    const first = firstUnitLine.get(row.id);
    if (first !== undefined) {
      issue(row, '单位编号', 'unit_duplicate', `"${row.id}" is on row ${first} already`, `${first}`);
      continue;
    }
    firstUnitLine.set(row.id, row.line);
    const existing = state.units.get(row.id);
    if (!existing) {
      if (!row.name) issue(row, '单位名称', 'name_missing', 'a new unit needs its name');
      if (!row.kind) issue(row, '单位类型', 'kind_missing', 'a new unit needs its type: 区, 街道, 镇, 居委会 or 部门');
      if (!row.name || !row.kind) continue;
      final.set(row.id, { id: row.id, name: row.name, kind: row.kind, parentId: row.parentId ?? null, nameEn: row.nameEn ?? null, disabled: row.status === 'disabled' });
    } else {
      final.set(row.id, {
        ...existing,
        name: row.name ?? existing.name,
        kind: row.kind ?? existing.kind,
        parentId: row.parentId ?? existing.parentId,
        nameEn: row.nameEn === undefined ? existing.nameEn : row.nameEn,
        disabled: row.status === undefined ? existing.disabled : row.status === 'disabled',
      });
    }
    unitRows.push({ row, existing });
  }

  const siblings = new Map<string, string[]>();
  for (const u of final.values()) {
    const key = `${u.parentId ?? ''}\u0000${u.name}`;
    siblings.set(key, [...(siblings.get(key) ?? []), u.id]);
  }
  const districts = [...final.values()].filter((u) => u.parentId === null);

  const unitVerdicts: { row: UnitRosterRow; existing: StateUnit | undefined; next: StateUnit; changes: RosterFieldChange[] }[] = [];
  for (const { row, existing } of unitRows) {
    const next = final.get(row.id)!;
    const before = issues.length;
    const changes = fieldChanges(existing, next, [['unitName', 'name'], ['parentId', 'parentId'], ['kind', 'kind'], ['nameEn', 'nameEn']]);
    const touches = !existing || changes.length > 0;
    const moved = !existing || next.parentId !== existing.parentId;
    if (touches) {
      if (next.kind === 'district') {
        if (next.parentId !== null) issue(row, '上级单位编号', 'district_parent', 'a district is the root of the tree and has no parent unit');
        else if (districts.length > 1) issue(row, '单位类型', 'district_exists', `the tree has its district already ("${districts.find((d) => d.id !== row.id)?.id}")`);
      } else if (next.parentId === null) {
        issue(row, '上级单位编号', 'parent_missing', `a ${next.kind} needs its parent unit's 单位编号`);
      }
      if (next.parentId !== null && moved) {
        const parent = final.get(next.parentId);
        if (!parent) issue(row, '上级单位编号', 'parent_unknown', `no unit "${next.parentId}" in the tree or the file`, next.parentId);
        else if (within(final, next.parentId, row.id)) issue(row, '上级单位编号', 'unit_cycle', `"${next.parentId}" lies inside "${row.id}": a unit cannot be under itself`, next.parentId);
      }
      const parent = next.parentId ? final.get(next.parentId) : undefined;
      if (parent?.disabled && !next.disabled && (moved || existing?.disabled)) {
        issue(row, '上级单位编号', 'parent_disabled', `the parent unit "${parent.id}" is (or becomes) disabled`, parent.id);
      }
      const clash = (siblings.get(`${next.parentId ?? ''}\u0000${next.name}`) ?? []).filter((id) => id !== row.id);
      if (clash.length > 0 && (moved || next.name !== existing?.name)) {
        issue(row, '单位名称', 'sibling_name', `"${next.name}" is the name of unit "${clash[0]}" under the same parent`, clash[0]);
      }
      if (root !== null) {
        const where = `the part of the tree you administer ("${root}")`;
        if (existing && (existing.id === root || !within(state.units, existing.id, root))) issue(row, '单位编号', 'outside_scope', `"${row.id}" is outside ${where}`, row.id);
        else if (!within(final, next.parentId, root)) issue(row, '上级单位编号', 'outside_scope', `"${next.parentId ?? ''}" is outside ${where}`, next.parentId ?? '');
        else if ((!existing || next.kind !== existing.kind) && !DELEGATED_KINDS.has(next.kind)) {
          issue(row, '单位类型', 'outside_scope', `a unit's administrator adds and changes only 居委会 and 部门, not a ${next.kind}`, next.kind);
        }
      }
    }
    if (issues.length > before) continue;
    unitVerdicts.push({ row, existing, next, changes });
  }

  // Users: against the tree as the file leaves it.
  const finalUsers = new Map<string, StateUser>();
  for (const [key, u] of state.users) finalUsers.set(key, { ...u });
  const firstUserLine = new Map<string, number>();
  const listed = new Set<string>();
  const userVerdicts: { row: UserRosterRow; existing: StateUser | undefined; next: StateUser; changes: RosterFieldChange[] }[] = [];
  for (const row of rows) {
    if (row.type !== 'user') continue;
    const key = row.username.toLowerCase();
    listed.add(key);
    const first = firstUserLine.get(key);
    if (first !== undefined) {
      issue(row, '用户名', 'username_duplicate', `"${row.username}" is on row ${first} already (user names are unique whatever their case)`, `${first}`);
      continue;
    }
    firstUserLine.set(key, row.line);
    const existing = state.users.get(key);
    const before = issues.length;
    if (!existing) {
      if (!row.name) issue(row, '姓名', 'name_missing', 'a new user needs their name');
      if (!row.unitId) issue(row, '所属单位编号', 'unit_missing', "a new user needs their unit's 单位编号");
      if (!row.name || !row.unitId) continue;
    }
    const next: StateUser = existing
      ? {
          ...existing,
          name: row.name ?? existing.name,
          phone: row.phone === undefined ? existing.phone : row.phone,
          unitId: row.unitId ?? existing.unitId,
          role: row.role ?? existing.role,
          adminOf: row.adminOf === undefined ? existing.adminOf : row.adminOf,
          disabled: row.status === undefined ? existing.disabled : row.status === 'disabled',
        }
      : {
          id: '',
          username: row.username,
          name: row.name!,
          phone: row.phone ?? null,
          unitId: row.unitId!,
          role: row.role ?? 'staff',
          adminOf: row.adminOf ?? null,
          disabled: row.status === 'disabled',
        };
    const changes = fieldChanges(existing, next, [['name', 'name'], ['phone', 'phone'], ['unitId', 'unitId'], ['role', 'role'], ['adminOf', 'adminOf']]);
    if (!existing || changes.length > 0) {
      const unit = final.get(next.unitId);
      if (!unit) issue(row, '所属单位编号', 'unit_unknown', `no unit "${next.unitId}" in the tree or the file`, next.unitId);
      else if (unit.disabled && !next.disabled && (!existing || next.unitId !== existing.unitId || existing.disabled)) {
        issue(row, '所属单位编号', 'unit_disabled', `unit "${next.unitId}" is (or becomes) disabled`, next.unitId);
      }
      if (next.adminOf !== null && !final.get(next.adminOf)) issue(row, '管理单位编号', 'unit_unknown', `no unit "${next.adminOf}" in the tree or the file`, next.adminOf);
      if (existing && existing.id === ctx.actorId) {
        if (next.role !== existing.role) issue(row, '角色', 'self', 'you cannot change your own role; ask another admin');
        if (next.disabled && !existing.disabled) issue(row, '状态', 'self', 'you cannot disable yourself');
        if (root !== null && (next.unitId !== existing.unitId || next.adminOf !== existing.adminOf)) {
          issue(row, '所属单位编号', 'self', 'you cannot move yourself or change what you administer; ask a district admin');
        }
      }
      if (root !== null) {
        const where = `the part of the tree you administer ("${root}")`;
        if (existing && !within(state.units, existing.unitId, root)) issue(row, '用户名', 'outside_scope', `"${row.username}" is a user outside ${where}`, row.username);
        else if (existing && existing.role !== 'staff') issue(row, '用户名', 'outside_scope', `"${row.username}" is a ${existing.role}; only a district admin manages them`, row.username);
        else if (existing && existing.adminOf !== null && !within(state.units, existing.adminOf, root)) {
          issue(row, '用户名', 'outside_scope', `"${row.username}" administers "${existing.adminOf}", outside ${where}; only a district admin manages them`, row.username);
        }
        else if (!within(final, next.unitId, root)) issue(row, '所属单位编号', 'outside_scope', `"${next.unitId}" is outside ${where}`, next.unitId);
        else if (next.role !== 'staff') issue(row, '角色', 'outside_scope', `a unit's administrator gives only the role 工作人员 (staff), not ${next.role}`, next.role);
        else if (next.adminOf !== null && next.adminOf !== existing?.adminOf && !within(final, next.adminOf, root)) {
          issue(row, '管理单位编号', 'outside_scope', `"${next.adminOf}" is outside ${where}`, next.adminOf);
        }
      }
    }
    if (issues.length > before) continue;
    finalUsers.set(key, next);
    userVerdicts.push({ row, existing, next, changes });
  }

  // A full roster: the users the caller manages that it leaves out are disabled.
  const absent: StateUser[] = [];
  if (ctx.mode === 'full') {
    for (const [key, u] of state.users) {
      if (listed.has(key) || u.disabled || u.id === ctx.actorId) continue;
      // Not those a unit's administrator does not manage: outside their part, not staff, or administering beyond it.
      if (root !== null && (!within(state.units, u.unitId, root) || u.role !== 'staff' || (u.adminOf !== null && !within(state.units, u.adminOf, root)))) continue;
      absent.push(u);
      finalUsers.set(key, { ...u, disabled: true });
    }
  }

  // A unit disabled by the file must be empty once the file is applied: its users moved or disabled, its children too.
  const liveUsersIn = new Map<string, number>();
  for (const u of finalUsers.values()) if (!u.disabled) liveUsersIn.set(u.unitId, (liveUsersIn.get(u.unitId) ?? 0) + 1);
  const liveChildrenOf = new Map<string, number>();
  for (const u of final.values()) if (!u.disabled && u.parentId) liveChildrenOf.set(u.parentId, (liveChildrenOf.get(u.parentId) ?? 0) + 1);

  for (const { row, existing, next, changes } of unitVerdicts) {
    if (next.disabled && !existing?.disabled) {
      const users = liveUsersIn.get(row.id) ?? 0;
      const children = liveChildrenOf.get(row.id) ?? 0;
      if (users > 0 || children > 0) {
        const what = [users ? `${users} active user(s)` : '', children ? `${children} active unit(s) below it` : ''].filter(Boolean).join(' and ');
        issue(row, '状态', 'unit_not_empty', `"${row.id}" cannot be disabled while it keeps ${what}: move or disable them in the file too`, row.id);
        continue;
      }
    }
    if (!existing) {
      // A new unit marked 停用 is added and disabled at once (a unit kept for the record).
      items.push({ line: row.line, type: 'unit', key: row.id, name: next.name, action: 'add', changes: next.disabled ? [{ field: 'status', from: null, to: 'disabled' }] : [] });
      ops.unitAdds.push({ id: row.id, line: row.line, name: next.name, nameEn: next.nameEn, kind: next.kind, parentId: next.parentId });
      if (next.disabled) ops.unitDisables.push({ id: row.id, line: row.line });
      continue;
    }
    if (changes.length === 0) {
      unchanged++;
      continue;
    }
    const disabling = next.disabled && !existing.disabled;
    items.push({ line: row.line, type: 'unit', key: row.id, name: next.name, action: disabling ? 'disable' : 'change', changes });
    if (existing.disabled && !next.disabled) ops.unitEnables.push(row.id);
    const change: UnitChange = {};
    if (next.name !== existing.name) change.name = next.name;
    if (next.nameEn !== existing.nameEn) change.nameEn = next.nameEn;
    if (next.parentId !== existing.parentId) change.parentId = next.parentId;
    if (next.kind !== existing.kind) change.kind = next.kind;
    if (Object.keys(change).length > 0) ops.unitChanges.push({ id: row.id, line: row.line, change });
    if (disabling) ops.unitDisables.push({ id: row.id, line: row.line });
  }

  for (const { row, existing, next, changes } of userVerdicts) {
    if (!existing) {
      items.push({ line: row.line, type: 'user', key: next.username, name: next.name, action: 'add', changes: next.disabled ? [{ field: 'status', from: null, to: 'disabled' }] : [] });
      ops.userAdds.push({ line: row.line, username: next.username, name: next.name, phone: next.phone, unitId: next.unitId, role: next.role, adminOf: next.adminOf, disabled: next.disabled });
      continue;
    }
    if (changes.length === 0) {
      unchanged++;
      continue;
    }
    items.push({ line: row.line, type: 'user', key: existing.username, name: next.name, action: next.disabled && !existing.disabled ? 'disable' : 'change', changes });
    const change: UserChange = {};
    for (const c of changes) {
      if (c.field === 'name') change.name = next.name;
      else if (c.field === 'phone') change.phone = next.phone;
      else if (c.field === 'unitId') change.unitId = next.unitId;
      else if (c.field === 'role') change.role = next.role;
      else if (c.field === 'adminOf') change.adminOf = next.adminOf;
      else if (c.field === 'status') change.disabled = next.disabled;
    }
    ops.userChanges.push({ id: existing.id, line: row.line, username: existing.username, change });
  }
  for (const u of absent) {
    items.push({ line: null, type: 'user', key: u.username, name: u.name, action: 'disable', changes: [{ field: 'status', from: 'active', to: 'disabled' }], reason: 'absent' });
    ops.userChanges.push({ id: u.id, line: null, username: u.username, change: { disabled: true } });
  }

  // Parents before children when adding and enabling; children before parents when disabling.
  ops.unitAdds.sort((a, b) => depth(final, a.id) - depth(final, b.id));
  ops.unitEnables.sort((a, b) => depth(final, a) - depth(final, b));
  ops.unitChanges.sort((a, b) => depth(final, a.id) - depth(final, b.id));
  ops.unitDisables.sort((a, b) => depth(final, b.id) - depth(final, a.id));
  issues.sort((a, b) => a.line - b.line);
  return { items, issues, unchanged, ops };
}
