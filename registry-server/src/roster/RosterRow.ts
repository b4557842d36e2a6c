import type { RoleName, UnitKind } from '../db/schema.ts';

/**
 * A row of the roster after its cells were read and normalised. A field left `undefined` keeps what is stored (its
 * column is missing, or the cell is empty where empty cannot mean "none"); `null` clears it (an empty 手机号, 英文名称
 * or 管理单位编号 cell under a header that is there).
 */
export interface UnitRosterRow {
  line: number;
  type: 'unit';
  id: string;
  name?: string;
  parentId?: string;
  kind?: UnitKind;
  nameEn?: string | null;
  status?: 'active' | 'disabled';
}

export interface UserRosterRow {
  line: number;
  type: 'user';
  username: string;
  name?: string;
  phone?: string | null;
  unitId?: string;
  role?: RoleName;
  adminOf?: string | null;
  status?: 'active' | 'disabled';
}

export type RosterRow = UnitRosterRow | UserRosterRow;

/** Why a row cannot be taken: a stable `code` (the console words it), the column, and a message in English. */
export interface RosterIssue {
  line: number;
  type: 'unit' | 'user' | null;
  /** The unit's 单位编号 or the user's 用户名 as written. */
  key: string;
  /** The Chinese header of the column at fault. */
  column: string;
  code: RosterIssueCode;
  message: string;
  /** The value at fault, or the other row / unit it clashes with. */
  value?: string;
}

export type RosterIssueCode =
  | 'type_unknown'
  | 'key_missing'
  | 'unit_id_invalid'
  | 'unit_duplicate'
  | 'name_missing'
  | 'name_invalid'
  | 'kind_unknown'
  | 'kind_missing'
  | 'parent_missing'
  | 'parent_unknown'
  | 'parent_disabled'
  | 'district_parent'
  | 'district_exists'
  | 'unit_cycle'
  | 'sibling_name'
  | 'unit_not_empty'
  | 'username_invalid'
  | 'username_duplicate'
  | 'phone_invalid'
  | 'unit_missing'
  | 'unit_unknown'
  | 'unit_disabled'
  | 'role_unknown'
  | 'status_unknown'
  | 'self'
  | 'outside_scope';
