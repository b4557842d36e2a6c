import { randomBytes } from 'node:crypto';
import type { AuthUser } from '../auth/AuthUser.ts';
import { writeAudit } from '../audit/writeAudit.ts';
import { CatalogStore } from '../catalog/CatalogStore.ts';
import type { Db } from '../db/createDatabase.ts';
import type { UnitKind } from '../db/schema.ts';
import { Errors } from '../errors.ts';
import { KIND_LABELS } from '../roster/rosterColumns.ts';
import { inChinese } from '../lib/defineError.ts';
import { assertInScope, type AdminScope } from './adminScope.ts';
import type { OrgTree, OrgUnit } from './OrgTree.ts';
import { unitUsage } from './unitUsage.ts';

export const UNIT_KINDS: readonly UnitKind[] = ['district', 'street', 'town', 'committee', 'department'];
/** A street's 管理员 adds and reshapes the units below their street, not streets or districts. */
const DELEGATED_KINDS: readonly UnitKind[] = ['committee', 'department'];
export const UNIT_ID_PATTERN = '^[a-z0-9][a-z0-9-]{0,63}$';

export interface NewUnit {
  id?: string;
  name: string;
  nameEn?: string | null;
  kind: UnitKind;
  parentId: string | null;
}

export interface UnitChange {
  name?: string;
  nameEn?: string | null;
  kind?: UnitKind;
  parentId?: string | null;
  disabled?: boolean;
}

/** Who acts and when: every write is audited under this actor. */
export interface Actor {
  user: Pick<AuthUser, 'id' | 'username'>;
  scope: AdminScope;
  at: Date;
}

function cleanName(name: string, field: string): string {
  const trimmed = name.normalize('NFC').trim().replace(/\s+/g, ' ');
  if ([...trimmed].length < 1 || [...trimmed].length > 60) throw new Errors.VALIDATION_FAILED(`${field} must be 1 to 60 characters`);
  return trimmed;
}

function checkKind(scope: AdminScope, kind: UnitKind, parentId: string | null, field: string): void {
  if ((kind === 'district') !== (parentId === null)) {
    throw new Errors.VALIDATION_FAILED(
      kind === 'district' ? `${field}: a district is the root of the tree and has no parent` : `${field}: a ${kind} needs a parent unit (parentId)`,
    );
  }
  if (scope.kind === 'subtree' && !DELEGATED_KINDS.includes(kind)) {
    throw inChinese(
      new Errors.FORBIDDEN(`${field}: a unit's administrator adds and changes only ${DELEGATED_KINDS.join(' and ')} units, not a ${kind}`),
      `街道（单位）管理员只能添加和修改${DELEGATED_KINDS.map((k) => KIND_LABELS[k][0]).join('和')}，不能添加或修改${KIND_LABELS[kind][0]}：请联系区管理员。`,
    );
  }
}

function checkSiblingName(org: OrgTree, parentId: string | null, name: string, selfId: string | null): void {
  const clash = org.childrenOf(parentId).find((u) => u.name === name && u.id !== selfId);
  if (clash) throw inChinese(new Errors.UNIT_EXISTS(`name: "${name}" exists already under the same parent (unit "${clash.id}")`), `同一上级下已有名为“${name}”的单位，请换一个名称。`);
}

function liveParent(org: OrgTree, parentId: string, field: string): OrgUnit {
  const parent = org.get(parentId);
  if (!parent) throw new Errors.UNIT_NOT_FOUND(field, parentId);
  if (parent.disabled) throw new Errors.UNIT_DISABLED(field, parentId);
  return parent;
}

/**
 * Adds a unit. Runs in the caller's transaction `trx` and checks against `org`, which the caller reloads after the
 * commit (see `applyTreeChange`); the roster import adds many units in one transaction the same way.
 */
export async function createUnit(trx: Db, org: OrgTree, actor: Actor, input: NewUnit): Promise<string> {
  const name = cleanName(input.name, 'body/name');
  const parentId = input.parentId ?? null;
  checkKind(actor.scope, input.kind, parentId, 'body/kind');
  if (parentId === null) {
    if (actor.scope.kind !== 'all') throw new Errors.FORBIDDEN('parentId: only a district admin adds a district');
    if (org.childrenOf(null).length > 0) throw new Errors.UNIT_EXISTS('parentId: the tree has its district already; add units below it');
  } else {
    liveParent(org, parentId, 'body/parentId');
    assertInScope(org, actor.scope, parentId, 'body/parentId');
  }
  checkSiblingName(org, parentId, name, null);
  const id = input.id ?? `u-${randomBytes(5).toString('hex')}`;
  if (org.get(id)) throw new Errors.UNIT_EXISTS(`id: a unit "${id}" exists already`);
  const last = await trx.selectFrom('org_units').select((eb) => eb.fn.max('sort').as('sort')).executeTakeFirst();
  await trx
    .insertInto('org_units')
    .values({
      id,
      name,
      name_en: input.nameEn?.trim() || null,
      kind: input.kind,
      parent_id: parentId,
      sort: Number(last?.sort ?? 0) + 1,
      created_at: actor.at.toISOString(),
      disabled_at: null,
    })
    .execute();
  await writeAudit(trx, {
    actor: actor.user,
    action: 'unit.create',
    toStatus: 'active',
    details: { unitId: id, name, kind: input.kind, parentId, path: [...(parentId ? org.path(parentId) : []), name] },
    at: actor.at,
  });
  return id;
}

/**
 * Renames, moves, changes the kind of, disables or enables a unit: one audit row per kind of change (`unit.rename`,
 * `unit.move`, `unit.kind`, `unit.disable`, `unit.enable`). A rename keeps the old name in `org_unit_names`, so the
 * review of a past year names the unit as it was then. Returns the actions taken (empty: nothing changed).
 */
export async function updateUnit(trx: Db, org: OrgTree, actor: Actor, id: string, change: UnitChange): Promise<string[]> {
  const unit = org.get(id);
  if (!unit) throw new Errors.UNIT_MISSING(id);
  assertInScope(org, actor.scope, id, 'id', true);
  const at = actor.at.toISOString();
  const name = change.name === undefined ? unit.name : cleanName(change.name, 'body/name');
  const parentId = change.parentId === undefined ? unit.parentId : change.parentId;
  const kind = change.kind ?? unit.kind;
  const actions: string[] = [];
  const base = { unitId: id, path: org.path(id) };
  const audit = (action: string, details: Record<string, unknown>, status?: { from: string; to: string }) =>
    writeAudit(trx, { actor: actor.user, action, fromStatus: status?.from, toStatus: status?.to, details: { ...base, ...details }, at: actor.at });

  if (kind !== unit.kind || parentId !== unit.parentId) checkKind(actor.scope, kind, parentId, change.kind !== undefined ? 'body/kind' : 'body/parentId');
  if (parentId !== unit.parentId) {
    if (parentId === null) throw new Errors.VALIDATION_FAILED('body/parentId: only the district has no parent');
    if (!org.get(parentId)) throw new Errors.UNIT_NOT_FOUND('body/parentId', parentId);
    if (org.isWithin(parentId, id)) throw new Errors.UNIT_CYCLE(parentId, id);
    liveParent(org, parentId, 'body/parentId');
    assertInScope(org, actor.scope, parentId, 'body/parentId');
  }
  if (name !== unit.name || parentId !== unit.parentId) checkSiblingName(org, parentId, name, id);

  if (name !== unit.name) {
    await trx.insertInto('org_unit_names').values({ unit_id: id, name: unit.name, until: at }).execute();
    await trx.updateTable('org_units').set({ name }).where('id', '=', id).execute();
    await audit('unit.rename', { from: unit.name, to: name });
    actions.push('unit.rename');
  }
  if (change.nameEn !== undefined && (change.nameEn?.trim() || null) !== unit.nameEn) {
    await trx.updateTable('org_units').set({ name_en: change.nameEn?.trim() || null }).where('id', '=', id).execute();
    await audit('unit.rename', { field: 'nameEn', from: unit.nameEn, to: change.nameEn?.trim() || null });
    actions.push('unit.rename');
  }
  if (parentId !== unit.parentId) {
    await trx.updateTable('org_units').set({ parent_id: parentId }).where('id', '=', id).execute();
    await audit('unit.move', { from: unit.parentId, to: parentId, fromPath: org.path(unit.parentId ?? ''), toPath: org.path(parentId ?? '') });
    actions.push('unit.move');
  }
  if (kind !== unit.kind) {
    await trx.updateTable('org_units').set({ kind }).where('id', '=', id).execute();
    await audit('unit.kind', { from: unit.kind, to: kind });
    actions.push('unit.kind');
  }
  if (change.disabled === true && !unit.disabled) {
    const liveChildren = org.childrenOf(id).filter((c) => !c.disabled).length;
    const liveUsers = await trx
      .selectFrom('users')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('unit_id', '=', id)
      .where('disabled_at', 'is', null)
      .executeTakeFirst();
    const users = Number(liveUsers?.n ?? 0);
    if (liveChildren > 0 || users > 0) {
      const what = [users ? `${users} active user(s)` : '', liveChildren ? `${liveChildren} active child unit(s)` : ''].filter(Boolean).join(' and ');
      const whatZh = [users ? `${users} 个在用账号` : '', liveChildren ? `${liveChildren} 个在用的下级单位` : ''].filter(Boolean).join('和');
      throw inChinese(new Errors.UNIT_NOT_EMPTY(id, what), `“${unit.name}”还有 ${whatZh}，请先把它们移走或停用，再停用这个单位。`);
    }
    await trx.updateTable('org_units').set({ disabled_at: at }).where('id', '=', id).execute();
    await audit('unit.disable', {}, { from: 'active', to: 'disabled' });
    actions.push('unit.disable');
  } else if (change.disabled === false && unit.disabled) {
    if (parentId) liveParent(org, parentId, 'body/disabled');
    await trx.updateTable('org_units').set({ disabled_at: null }).where('id', '=', id).execute();
    await audit('unit.enable', {}, { from: 'disabled', to: 'active' });
    actions.push('unit.enable');
  }
  return actions;
}

/**
 * Deletes a unit that nothing has ever named (created by mistake); anything else is refused with 409
 * TOOLBOX_UNIT_IN_USE naming what holds it, and changes nothing: such a unit is disabled instead.
 */
export async function deleteUnit(trx: Db, org: OrgTree, actor: Actor, id: string): Promise<void> {
  const unit = org.get(id);
  if (!unit) throw new Errors.UNIT_MISSING(id);
  assertInScope(org, actor.scope, id, 'id', true);
  const holds = await unitUsage(trx, id);
  if (holds.length > 0) {
    throw inChinese(
      new Errors.UNIT_IN_USE(id, holds.map((h) => h.en).join(', ')),
      `“${unit.name}”不能删除：它还有 ${holds.map((h) => h.zh).join('、')}。可以改为停用。`,
    );
  }
  await trx.deleteFrom('org_unit_names').where('unit_id', '=', id).execute();
  await trx.deleteFrom('org_units').where('id', '=', id).execute();
  await writeAudit(trx, { actor: actor.user, action: 'unit.delete', fromStatus: unit.disabled ? 'disabled' : 'active', details: { unitId: id, name: unit.name, path: org.path(id) }, at: actor.at });
}

/**
 * Runs a change of the tree in one transaction that also bumps the catalogue's generation (visibility, owner names
 * and every instance's copy of the tree follow it), then reloads this instance's tree.
 */
export async function applyTreeChange<T>(db: Db, org: OrgTree, work: (trx: Db) => Promise<T>): Promise<T> {
  const result = await db.transaction().execute(async (trx) => {
    const out = await work(trx);
    await CatalogStore.bump(trx);
    return out;
  });
  await org.reload();
  return result;
}
