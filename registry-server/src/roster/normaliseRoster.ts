import type { RoleName, UnitKind } from '../db/schema.ts';
import { UNIT_ID_PATTERN } from '../org/unitStore.ts';
import { normalizePhone } from '../users/phone.ts';
import { USERNAME_PATTERN } from '../users/userStore.ts';
import { ROSTER_COLUMNS, fieldOfHeader, kindOf, roleOf, statusOf, typeOf, type RosterField } from './rosterColumns.ts';
import type { RosterIssue, RosterRow } from './RosterRow.ts';
import type { RosterTable } from './RosterTable.ts';

const HEADER: Record<RosterField, string> = Object.fromEntries(ROSTER_COLUMNS.map((c) => [c.field, c.header])) as Record<RosterField, string>;
const unitIdPattern = new RegExp(UNIT_ID_PATTERN);
const usernamePattern = new RegExp(USERNAME_PATTERN);
// Characters the export puts before a cell that Excel would run as a formula; an import takes them off again.
const FORMULA_GUARD = /^'(?=[=+\-@\t\r])/;

/** A code or a name typed in Excel: full-width letters, digits and spaces folded (NFKC), trimmed. */
function code(text: string): string {
  return text.normalize('NFKC').replace(FORMULA_GUARD, '').trim();
}

/** A person's or unit's name: Chinese kept as typed (NFC), the full-width space (U+3000) and runs of spaces made one space. */
function displayName(text: string): string {
  return text.normalize('NFC').replace(FORMULA_GUARD, '').replace(/[\s\u3000]+/g, ' ').trim();
}

export interface NormalisedRoster {
  rows: RosterRow[];
  issues: RosterIssue[];
  /** Headers that name no column of the roster: their cells are not read. */
  ignoredColumns: string[];
  /** Which optional columns the file has (a missing column keeps what is stored). */
  columns: RosterField[];
}

/** Maps the header row onto the roster's fields and each row onto a unit or a user, with every cell checked on its own. */
export function normaliseRoster(table: RosterTable): NormalisedRoster {
  const index = new Map<RosterField, number>();
  const ignoredColumns: string[] = [];
  table.headers.forEach((h, i) => {
    const field = fieldOfHeader(h);
    if (field && !index.has(field)) index.set(field, i);
    else if (h.trim() !== '') ignoredColumns.push(h.trim());
  });
  const issues: RosterIssue[] = [];
  const rows: RosterRow[] = [];
  if (!index.has('unitId') && !index.has('username')) {
    issues.push({ line: 1, type: null, key: '', column: HEADER.unitId, code: 'key_missing', message: 'the header row has neither 单位编号 (unitId) nor 用户名 (username): is this the roster template?' });
    return { rows, issues, ignoredColumns, columns: [...index.keys()] };
  }

  for (const { line, cells } of table.rows) {
    const raw = (field: RosterField): string | undefined => {
      const i = index.get(field);
      return i === undefined ? undefined : (cells[i] ?? '');
    };
    const cell = (field: RosterField): string | undefined => {
      const v = raw(field);
      return v === undefined ? undefined : code(v);
    };
    // Empty cell: keep (undefined); a column that is there with an empty cell clears the optional fields.
    const optional = (field: RosterField): string | undefined => {
      const v = cell(field);
      return v === '' ? undefined : v;
    };
    const issue = (type: 'unit' | 'user' | null, key: string, field: RosterField, c: RosterIssue['code'], message: string, value?: string) =>
      issues.push({ line, type, key, column: HEADER[field], code: c, message: `row ${line}, ${HEADER[field]}: ${message}`, ...(value !== undefined ? { value } : {}) });

    const typeText = optional('type');
    let type: 'unit' | 'user' | undefined;
    if (typeText !== undefined) {
      type = typeOf(typeText);
      if (!type) {
        issue(null, optional('username') ?? optional('unitId') ?? '', 'type', 'type_unknown', `"${typeText}" is neither 单位 (unit) nor 人员 (user)`, typeText);
        continue;
      }
    } else {
      type = optional('username') ? 'user' : 'unit';
    }
    const statusText = optional('status');
    const status = statusText === undefined ? undefined : statusOf(statusText);

    if (type === 'unit') {
      const id = (optional('unitId') ?? '').toLowerCase();
      if (!id) {
        if (cells.some((c) => c.trim() !== '')) issue('unit', '', 'unitId', 'key_missing', 'a unit row needs its 单位编号 (unit id)');
        continue;
      }
      const before = issues.length;
      if (!unitIdPattern.test(id)) issue('unit', id, 'unitId', 'unit_id_invalid', `"${id}" must be lowercase letters, digits and "-" (at most 64, from a letter or digit), e.g. huayanglu-05`, id);
      const nameText = raw('unitName');
      const name = nameText === undefined ? undefined : displayName(nameText) || undefined;
      if (name !== undefined && [...name].length > 60) issue('unit', id, 'unitName', 'name_invalid', 'is longer than 60 characters');
      const kindText = optional('kind');
      const kind: UnitKind | undefined = kindText === undefined ? undefined : kindOf(kindText);
      if (kindText !== undefined && !kind) issue('unit', id, 'kind', 'kind_unknown', `"${kindText}" is not a unit type: 区, 街道, 镇, 居委会 or 部门`, kindText);
      if (statusText !== undefined && !status) issue('unit', id, 'status', 'status_unknown', `"${statusText}" is neither 启用 nor 停用`, statusText);
      const nameEnText = cell('nameEn');
      const nameEn = nameEnText === undefined ? undefined : displayName(nameEnText) || null;
      if (nameEn && nameEn.length > 120) issue('unit', id, 'nameEn', 'name_invalid', 'is longer than 120 characters');
      if (issues.length > before) continue;
      const parent = optional('parentId')?.toLowerCase();
      rows.push({ line, type: 'unit', id, name, parentId: parent, kind, nameEn, status });
      continue;
    }

    const username = optional('username') ?? '';
    if (!username) {
      issue('user', '', 'username', 'key_missing', 'a person row needs its 用户名 (username)');
      continue;
    }
    const before = issues.length;
    if (!usernamePattern.test(username)) {
      issue('user', username, 'username', 'username_invalid', `"${username}" must be 2 to 64 letters, digits, ".", "_", "@" or "-", from a letter or digit`, username);
    }
    const nameText = raw('name');
    const name = nameText === undefined ? undefined : displayName(nameText) || undefined;
    if (name !== undefined && [...name].length > 40) issue('user', username, 'name', 'name_invalid', 'is longer than 40 characters');
    const phoneText = cell('phone');
    let phone: string | null | undefined;
    if (phoneText !== undefined) {
      if (phoneText === '') phone = null;
      else {
        const result = normalizePhone(phoneText);
        if ('problem' in result) issue('user', username, 'phone', 'phone_invalid', `"${phoneText}" ${result.problem}`, phoneText);
        else phone = result.phone;
      }
    }
    const roleText = optional('role');
    const role: RoleName | undefined = roleText === undefined ? undefined : roleOf(roleText);
    if (roleText !== undefined && !role) issue('user', username, 'role', 'role_unknown', `"${roleText}" is not a role: 工作人员, 开发者, 审核员 or 管理员`, roleText);
    if (statusText !== undefined && !status) issue('user', username, 'status', 'status_unknown', `"${statusText}" is neither 启用 nor 停用`, statusText);
    const adminText = cell('adminOf');
    const adminOf = adminText === undefined ? undefined : adminText.toLowerCase() || null;
    if (issues.length > before) continue;
    rows.push({ line, type: 'user', username, name, phone, unitId: (optional('userUnit') ?? optional('unitId'))?.toLowerCase(), role, adminOf, status });
  }
  return { rows, issues, ignoredColumns, columns: [...index.keys()] };
}
