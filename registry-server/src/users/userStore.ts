import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { writeAudit } from '../audit/writeAudit.ts';
import { hashPassword } from '../auth/password.ts';
import type { Db } from '../db/createDatabase.ts';
import type { RoleName } from '../db/schema.ts';
import { Errors } from '../errors.ts';
import { ROLE_LABELS } from '../roster/rosterColumns.ts';
import { inChinese } from '../lib/defineError.ts';
import { assertInScope, inScope, type AdminScope } from '../org/adminScope.ts';
import type { OrgTree } from '../org/OrgTree.ts';
import type { Actor } from '../org/unitStore.ts';
import { endSessionsOf } from '../sessions/sessionStore.ts';
import { endOldPasswordGrants } from './endOldPasswordGrants.ts';
import { normalizePhone } from './phone.ts';
import { temporaryPassword } from './temporaryPassword.ts';
import { USER_COLUMNS, type UserRow } from './userDto.ts';

export const ROLES: readonly RoleName[] = ['staff', 'maker', 'developer', 'reviewer', 'admin'];
/** A unit's administrator manages staff; developers, reviewers and admins are the district's to appoint. */
const DELEGATED_ROLES: readonly RoleName[] = ['staff'];
export const USERNAME_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._@-]{1,63}$';

export interface NewUser {
  username: string;
  name: string;
  phone?: string | null;
  unitId: string;
  role: RoleName;
  adminOf?: string | null;
  /**
   * `temporary` (the default): a temporary password, returned once, to be changed at first sign-in. `none`: no
   * password that works (users who sign in through the district's SSO, or whose password an admin resets later).
   */
  password?: 'temporary' | 'none';
}

export interface UserChange {
  name?: string;
  phone?: string | null;
  unitId?: string;
  role?: RoleName;
  adminOf?: string | null;
  disabled?: boolean;
}

function cleanName(name: string, field: string): string {
  const trimmed = name.normalize('NFC').trim().replace(/\s+/g, ' ');
  if ([...trimmed].length < 1 || [...trimmed].length > 40) throw new Errors.VALIDATION_FAILED(`${field} must be 1 to 40 characters`);
  return trimmed;
}

function cleanPhone(phone: string | null | undefined, field: string): string | null {
  if (phone === undefined || phone === null || phone.trim() === '') return null;
  const result = normalizePhone(phone);
  if ('problem' in result) throw new Errors.VALIDATION_FAILED(`${field} ${result.problem}`);
  return result.phone;
}

function checkRole(scope: AdminScope, role: RoleName, field: string): void {
  if (scope.kind === 'subtree' && !DELEGATED_ROLES.includes(role)) {
    throw inChinese(
      new Errors.FORBIDDEN(`${field}: a unit's administrator gives only the role ${DELEGATED_ROLES.join(', ')}; ${role} is given by a district admin`),
      `街道（单位）管理员只能设置${DELEGATED_ROLES.map((r) => ROLE_LABELS[r][0]).join('、')}角色；${ROLE_LABELS[role][0]}须由区管理员设置。`,
    );
  }
}

function checkUnit(org: OrgTree, scope: AdminScope, unitId: string, field: string): void {
  const unit = org.get(unitId);
  if (!unit) throw new Errors.UNIT_NOT_FOUND(field, unitId);
  if (unit.disabled) throw new Errors.UNIT_DISABLED(field, unitId);
  assertInScope(org, scope, unitId, field);
}

function checkAdminOf(org: OrgTree, scope: AdminScope, unitId: string | null, field: string): void {
  if (unitId === null) return;
  checkUnit(org, scope, unitId, field);
}

export async function findUser(db: Db, id: string): Promise<UserRow> {
  const row = await db.selectFrom('users').select(USER_COLUMNS).where('id', '=', id).executeTakeFirst();
  if (!row) throw new Errors.USER_NOT_FOUND(id);
  return row;
}

/**
 * Whether the actor may manage this user at all: the user's unit in scope, and (for a unit's administrator) staff who
 * administer nothing outside that scope. Without the last check, a committee's administrator could reset the password
 * of a street's administrator sitting in the committee, and sign in with the street's rights.
 */
function assertManages(org: OrgTree, actor: Actor, target: UserRow): void {
  assertInScope(org, actor.scope, target.unit_id, 'id');
  if (actor.scope.kind !== 'subtree') return;
  if (!DELEGATED_ROLES.includes(target.role)) {
    throw inChinese(
      new Errors.FORBIDDEN(`id: ${target.username} is a ${target.role}; only a district admin manages them`),
      `${target.name}（${target.username}）是${ROLE_LABELS[target.role][0]}，只有区管理员可以管理。`,
    );
  }
  if (target.admin_of !== null && !inScope(org, actor.scope, target.admin_of)) {
    const administers = org.path(target.admin_of).join(' / ') || target.admin_of;
    throw inChinese(
      new Errors.FORBIDDEN(`id: ${target.username} administers ${administers}, beyond the part of the tree you administer; only a district admin manages them`),
      `${target.name}（${target.username}）管理着${administers}，超出你的管理范围，只有区管理员可以管理。`,
    );
  }
}

/** Adds a member of staff in the caller's transaction; audited `user.create`. */
export async function createUser(trx: Db, org: OrgTree, actor: Actor, input: NewUser): Promise<{ id: string; temporaryPassword: string | null }> {
  const username = input.username.normalize('NFKC').trim();
  if (!new RegExp(USERNAME_PATTERN).test(username)) {
    throw new Errors.VALIDATION_FAILED('body/username must be 2 to 64 letters, digits, ".", "_", "@" or "-", starting with a letter or digit');
  }
  const name = cleanName(input.name, 'body/name');
  const phone = cleanPhone(input.phone, 'body/phone');
  checkUnit(org, actor.scope, input.unitId, 'body/unitId');
  checkRole(actor.scope, input.role, 'body/role');
  checkAdminOf(org, actor.scope, input.adminOf ?? null, 'body/adminOf');
  // Names are unique whatever their case: "WangFang" and "wangfang" would be one person signing in twice.
  const taken = await trx
    .selectFrom('users')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
    .executeTakeFirst();
  if (taken) throw inChinese(new Errors.USER_EXISTS(username), `用户名“${username}”已被使用，请换一个。`);
  const temporary = input.password === 'none' ? null : temporaryPassword();
  const id = randomUUID();
  await trx
    .insertInto('users')
    .values({
      id,
      username,
      name,
      phone,
      role: input.role,
      unit_id: input.unitId,
      admin_of: input.adminOf ?? null,
      password_hash: temporary ? await hashPassword(temporary) : '',
      must_change_password: temporary ? 1 : 0,
      disabled_at: null,
      pins: '[]',
      created_at: actor.at.toISOString(),
    })
    .execute();
  await writeAudit(trx, {
    actor: actor.user,
    action: 'user.create',
    toStatus: 'active',
    details: { userId: id, username, name, role: input.role, unitId: input.unitId, unitPath: org.path(input.unitId), adminOf: input.adminOf ?? null },
    at: actor.at,
  });
  return { id, temporaryPassword: temporary };
}

/**
 * Edits a member of staff: one audit row per kind of change (`user.update` for name and phone, `user.move`,
 * `user.role`, `user.admin-of`, `user.disable`, `user.enable`). Disabling ends every session of the user at once;
 * their tokens are refused from then on. Returns the actions taken.
 */
export async function updateUser(trx: Db, org: OrgTree, actor: Actor, id: string, change: UserChange): Promise<string[]> {
  const target = await findUser(trx, id);
  assertManages(org, actor, target);
  const self = target.id === actor.user.id;
  const actions: string[] = [];
  const base = { userId: id, username: target.username };
  const audit = (action: string, details: Record<string, unknown>, status?: { from: string; to: string }) =>
    writeAudit(trx, { actor: actor.user, action, fromStatus: status?.from, toStatus: status?.to, details: { ...base, ...details }, at: actor.at });

  const name = change.name === undefined ? target.name : cleanName(change.name, 'body/name');
  const phone = change.phone === undefined ? target.phone : cleanPhone(change.phone, 'body/phone');
  if (name !== target.name || phone !== target.phone) {
    await trx.updateTable('users').set({ name, phone }).where('id', '=', id).execute();
    await audit('user.update', {
      ...(name !== target.name ? { name: { from: target.name, to: name } } : {}),
      ...(phone !== target.phone ? { phone: { from: target.phone, to: phone } } : {}),
    });
    actions.push('user.update');
  }
  if (change.unitId !== undefined && change.unitId !== target.unit_id) {
    if (self && actor.scope.kind === 'subtree') throw inChinese(new Errors.FORBIDDEN('body/unitId: you cannot move yourself; ask a district admin'), '不能调动自己所在的单位，请联系区管理员。');
    checkUnit(org, actor.scope, change.unitId, 'body/unitId');
    await trx.updateTable('users').set({ unit_id: change.unitId }).where('id', '=', id).execute();
    await audit('user.move', { from: target.unit_id, to: change.unitId, fromPath: org.path(target.unit_id), toPath: org.path(change.unitId) });
    actions.push('user.move');
  }
  if (change.role !== undefined && change.role !== target.role) {
    if (self) throw inChinese(new Errors.FORBIDDEN('body/role: you cannot change your own role; ask another admin'), '不能修改自己的角色，请联系另一位管理员。');
    checkRole(actor.scope, change.role, 'body/role');
    await trx.updateTable('users').set({ role: change.role }).where('id', '=', id).execute();
    await audit('user.role', { from: target.role, to: change.role });
    actions.push('user.role');
  }
  if (change.adminOf !== undefined && change.adminOf !== target.admin_of) {
    if (self && actor.scope.kind === 'subtree') throw inChinese(new Errors.FORBIDDEN('body/adminOf: you cannot change what you administer; ask a district admin'), '不能修改自己的管理范围，请联系区管理员。');
    checkAdminOf(org, actor.scope, change.adminOf, 'body/adminOf');
    await trx.updateTable('users').set({ admin_of: change.adminOf }).where('id', '=', id).execute();
    await audit('user.admin-of', { from: target.admin_of, to: change.adminOf, toPath: change.adminOf ? org.path(change.adminOf) : null });
    actions.push('user.admin-of');
  }
  if (change.disabled === true && target.disabled_at === null) {
    if (self) throw inChinese(new Errors.FORBIDDEN('body/disabled: you cannot disable yourself'), '不能停用自己的账号。');
    await trx.updateTable('users').set({ disabled_at: actor.at.toISOString() }).where('id', '=', id).execute();
    const ended = await endSessionsOf(trx, id);
    await audit('user.disable', { sessionsEnded: ended }, { from: 'active', to: 'disabled' });
    actions.push('user.disable');
  } else if (change.disabled === false && target.disabled_at !== null) {
    const unitId = change.unitId ?? target.unit_id;
    if (org.get(unitId)?.disabled) throw new Errors.UNIT_DISABLED('body/disabled', unitId);
    await trx.updateTable('users').set({ disabled_at: null }).where('id', '=', id).execute();
    await audit('user.enable', {}, { from: 'disabled', to: 'active' });
    actions.push('user.enable');
  }
  return actions;
}

/**
 * Gives the user a temporary password (returned once) that works only to choose a new one, ends their sessions and
 * revokes their tokens: whoever held the old password is signed out, and keeps no token minted with it. Audited
 * `user.password-reset`.
 */
export async function resetPassword(trx: Db, org: OrgTree, actor: Actor, id: string): Promise<string> {
  const target = await findUser(trx, id);
  assertManages(org, actor, target);
  if (target.id === actor.user.id) throw inChinese(new Errors.FORBIDDEN('id: change your own password under 我的账号 (PUT /api/me/password)'), '自己的密码请在“我的账号”中修改。');
  if (target.disabled_at) throw new Errors.VALIDATION_FAILED(`id: ${target.username} is disabled; enable the account first`);
  const temporary = temporaryPassword();
  await trx
    .updateTable('users')
    .set({ password_hash: await hashPassword(temporary), must_change_password: 1 })
    .where('id', '=', id)
    .execute();
  const { sessionsEnded, tokensRevoked } = await endOldPasswordGrants(trx, id);
  await writeAudit(trx, { actor: actor.user, action: 'user.password-reset', details: { userId: id, username: target.username, sessionsEnded, tokensRevoked }, at: actor.at });
  return temporary;
}

export interface UserQuery {
  /** Only users of this unit (and, with `subunits`, the units below it). */
  unitId?: string;
  subunits?: boolean;
  /** Part of the username, name or phone. */
  q?: string;
  includeDisabled?: boolean;
  /** Only users of these roles. */
  roles?: readonly RoleName[];
  limit: number;
  offset: number;
}

/** The users the caller may manage that match, by username; with the total for paging. */
export async function listUsers(db: Db, org: OrgTree, scope: AdminScope, query: UserQuery): Promise<{ rows: UserRow[]; total: number }> {
  let units: string[] | null = null;
  if (query.unitId) {
    if (!org.get(query.unitId)) throw new Errors.UNIT_NOT_FOUND('querystring/unit', query.unitId);
    assertInScope(org, scope, query.unitId, 'querystring/unit');
    units = query.subunits ? org.subtree(query.unitId) : [query.unitId];
  } else if (scope.kind === 'subtree') {
    units = org.subtree(scope.root);
  }
  let select = db.selectFrom('users');
  if (units) select = select.where('unit_id', 'in', units);
  if (scope.kind === 'subtree') select = select.where('role', 'in', [...DELEGATED_ROLES]);
  if (!query.includeDisabled) select = select.where('disabled_at', 'is', null);
  if (query.roles?.length) select = select.where('role', 'in', [...query.roles]);
  const q = query.q?.trim();
  if (q) {
    // LIKE with the user's text escaped: % and _ are literal here.
    const pattern = `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // ESCAPE spelled out: SQLite has no default escape character, PostgreSQL's is the backslash.
    select = select.where(
      sql<boolean>`(lower(username) like ${pattern} escape '\\' or lower(name) like ${pattern} escape '\\' or phone like ${pattern} escape '\\')`,
    );
  }
  const [rows, total] = await Promise.all([
    select.select(USER_COLUMNS).orderBy('username').limit(query.limit).offset(query.offset).execute(),
    select.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst(),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}
