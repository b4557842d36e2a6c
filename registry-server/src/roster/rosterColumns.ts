import type { RoleName, UnitKind } from '../db/schema.ts';

/** The fields of a roster row; the file names them by a Chinese header (first) or an English alias. */
export type RosterField =
  | 'type'
  | 'unitId'
  | 'unitName'
  | 'parentId'
  | 'kind'
  | 'nameEn'
  | 'username'
  | 'name'
  | 'phone'
  | 'userUnit'
  | 'role'
  | 'adminOf'
  | 'status';

/** The columns in the order the export and the template write them: one sheet, a unit or a person per row. */
export const ROSTER_COLUMNS: readonly { field: RosterField; header: string; aliases: readonly string[] }[] = [
  { field: 'type', header: '类型', aliases: ['type', '行类型', '记录类型'] },
  { field: 'unitId', header: '单位编号', aliases: ['unitid', 'unit id', 'unit_id', 'unitcode', '单位代码', '组织编号'] },
  { field: 'unitName', header: '单位名称', aliases: ['unitname', 'unit name', 'unit_name', '组织名称'] },
  { field: 'parentId', header: '上级单位编号', aliases: ['parentid', 'parent id', 'parent_id', 'parent', '上级编号', '上级单位'] },
  { field: 'kind', header: '单位类型', aliases: ['kind', 'unit kind', 'unittype', 'unit type'] },
  { field: 'nameEn', header: '英文名称', aliases: ['nameen', 'name en', 'english name', '单位英文名称'] },
  { field: 'username', header: '用户名', aliases: ['username', 'user name', 'login', '账号', '登录名'] },
  { field: 'name', header: '姓名', aliases: ['name', 'full name', 'fullname'] },
  { field: 'phone', header: '手机号', aliases: ['phone', 'mobile', '手机', '电话', '联系电话', '手机号码'] },
  { field: 'userUnit', header: '所属单位编号', aliases: ['unit', 'userunit', 'user unit', 'unitofuser', '所属单位'] },
  { field: 'role', header: '角色', aliases: ['role'] },
  { field: 'adminOf', header: '管理单位编号', aliases: ['adminof', 'admin of', 'admin_of', '管理单位'] },
  { field: 'status', header: '状态', aliases: ['status', 'state'] },
];

/** Headers compare without case, spaces, underscores and full-width forms: "单位 编号", "Unit_ID" and "unitid" are one. */
export function headerKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s_\-*（）()]/g, '');
}

const HEADER_INDEX = new Map<string, RosterField>();
for (const c of ROSTER_COLUMNS) for (const name of [c.header, ...c.aliases, c.field]) HEADER_INDEX.set(headerKey(name), c.field);

export function fieldOfHeader(text: string): RosterField | undefined {
  return HEADER_INDEX.get(headerKey(text));
}

function lookup<T extends string>(table: Record<T, readonly string[]>): (text: string) => T | undefined {
  const index = new Map<string, T>();
  for (const [value, names] of Object.entries(table) as [T, readonly string[]][]) for (const n of [value, ...names]) index.set(headerKey(n), value);
  return (text) => index.get(headerKey(text));
}

/** The word the export writes first, then what an import also accepts. */
export const TYPE_LABELS: Record<'unit' | 'user', readonly string[]> = {
  unit: ['单位', '组织', '机构'],
  user: ['人员', '用户', '员工', 'staff', 'person'],
};
export const KIND_LABELS: Record<UnitKind, readonly string[]> = {
  district: ['区', '区县', '区级'],
  street: ['街道', '街道办事处', 'subdistrict'],
  town: ['镇', '乡镇'],
  committee: ['居委会', '居民委员会', '居委', '村委会', 'residents committee'],
  department: ['部门', '科室', 'dept'],
};
export const ROLE_LABELS: Record<RoleName, readonly string[]> = {
  staff: ['工作人员', '员工', '普通用户'],
  maker: ['应用搭建员', '搭建员', '表单应用制作人'],
  developer: ['开发者', '开发人员'],
  reviewer: ['审核员', '审核人'],
  admin: ['管理员', '系统管理员'],
};
export const STATUS_LABELS: Record<'active' | 'disabled', readonly string[]> = {
  active: ['启用', '正常', '在职', '有效', 'enabled'],
  disabled: ['停用', '禁用', '离职', '注销', 'inactive'],
};

export const typeOf = lookup(TYPE_LABELS);
export const kindOf = lookup(KIND_LABELS);
export const roleOf = lookup(ROLE_LABELS);
export const statusOf = lookup(STATUS_LABELS);

/** The label an export writes for a value: the first Chinese word of its table. */
export function labelOf<T extends string>(table: Record<T, readonly string[]>, value: T): string {
  return table[value][0] ?? value;
}
