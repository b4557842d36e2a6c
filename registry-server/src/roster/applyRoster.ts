import { writeAudit } from '../audit/writeAudit.ts';
import type { Db } from '../db/createDatabase.ts';
import { Errors } from '../errors.ts';
import { OrgTree } from '../org/OrgTree.ts';
import { createUnit, updateUnit, type Actor } from '../org/unitStore.ts';
import { createUser, updateUser } from '../users/userStore.ts';
import { planRoster, type RosterMode, type RosterPlan } from './planRoster.ts';
import type { RosterRow } from './RosterRow.ts';
import { loadRosterState } from './RosterState.ts';

/**
 * What new users get as a password. `none`: no password that works (they sign in through SSO, or an admin resets
 * it). `temporary`: one each, hashed before the transaction (scrypt is slow), to be changed at first sign-in.
 * `fixed`: one known hash for all, not to be changed (the demo's public `toolbox`, the first admin's password).
 */
export type RosterPasswords =
  | { kind: 'none' }
  | { kind: 'temporary'; byUsername: Map<string, { password: string; hash: string }> }
  | { kind: 'fixed'; hash: string };

export interface ApplyRosterOptions {
  mode: RosterMode;
  passwords: RosterPasswords;
  /** Recorded in the summary audit row. */
  source: Record<string, unknown>;
}

export interface AppliedRoster {
  plan: RosterPlan;
  /** New users and their temporary passwords (passwords `temporary` only): shown once. */
  temporaryPasswords: { username: string; name: string; password: string }[];
}

/** Runs one store call for a row; a refusal the plan did not foresee names the row and undoes the whole import. */
async function atRow<T>(line: number | null, what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('TOOLBOX_')) {
      throw new Errors.ROSTER_INVALID(`${line === null ? what : `row ${line} (${what})`}: ${(error as Error).message}`);
    }
    throw error;
  }
}

/**
 * Applies a roster in the caller's transaction `trx`: plans it again against what the transaction sees, refuses it
 * whole if any row cannot be taken, then makes each change through the unit and user stores (each writes its own
 * audit row) and writes one `roster.import` summary row. The caller bumps the catalogue generation and reloads its tree
 * after the commit (`applyTreeChange`).
 */
export async function applyRoster(trx: Db, actor: Actor, rows: RosterRow[], options: ApplyRosterOptions): Promise<AppliedRoster> {
  // The stores check parents and scope against a tree; this one follows every unit the import adds or moves.
  const tree = new OrgTree(trx);
  await tree.reload();
  const plan = planRoster(rows, await loadRosterState(trx, tree), { scope: actor.scope, actorId: actor.user.id, mode: options.mode });
  if (plan.issues.length > 0) {
    throw new Errors.ROSTER_INVALID(`${plan.issues.length} row(s) cannot be taken, e.g. ${plan.issues[0]!.message}`);
  }
  const { ops } = plan;

  for (const id of ops.unitEnables) {
    await atRow(null, `unit ${id}`, () => updateUnit(trx, tree, actor, id, { disabled: false }));
    await tree.reload();
  }
  for (const add of ops.unitAdds) {
    const { line, ...unit } = add;
    // Parents come first (by depth): the tree is read again only when a parent added just now is not in it yet. The
    // plan has checked the new units' ids and sibling names against each other already.
    if (unit.parentId !== null && !tree.get(unit.parentId)) await tree.reload();
    await atRow(line, `unit ${unit.id}`, () => createUnit(trx, tree, actor, unit));
  }
  if (ops.unitAdds.length > 0) await tree.reload();
  for (const { id, line, change } of ops.unitChanges) {
    await atRow(line, `unit ${id}`, () => updateUnit(trx, tree, actor, id, change));
    await tree.reload();
  }

  const temporaryPasswords: AppliedRoster['temporaryPasswords'] = [];
  const hashes: { id: string; hash: string; mustChange: boolean }[] = [];
  for (const add of ops.userAdds) {
    const { id } = await atRow(add.line, add.username, () =>
      createUser(trx, tree, actor, { username: add.username, name: add.name, phone: add.phone, unitId: add.unitId, role: add.role, adminOf: add.adminOf, password: 'none' }),
    );
    if (add.disabled) await atRow(add.line, add.username, () => updateUser(trx, tree, actor, id, { disabled: true }));
    const passwords = options.passwords;
    if (passwords.kind === 'fixed') hashes.push({ id, hash: passwords.hash, mustChange: false });
    else if (passwords.kind === 'temporary' && !add.disabled) {
      const given = passwords.byUsername.get(add.username.toLowerCase());
      if (!given) throw new Errors.ROSTER_INVALID(`row ${add.line}: "${add.username}" was not in the roster when it was read; upload it again`);
      hashes.push({ id, hash: given.hash, mustChange: true });
      temporaryPasswords.push({ username: add.username, name: add.name, password: given.password });
    }
  }
  for (const { id, line, username, change } of ops.userChanges) {
    await atRow(line, username, () => updateUser(trx, tree, actor, id, change));
  }
  for (const { id, line } of ops.unitDisables) {
    await atRow(line, `unit ${id}`, () => updateUnit(trx, tree, actor, id, { disabled: true }));
    await tree.reload();
  }
  for (const h of hashes) {
    await trx.updateTable('users').set({ password_hash: h.hash, must_change_password: h.mustChange ? 1 : 0 }).where('id', '=', h.id).execute();
  }

  const count = (type: 'unit' | 'user', action: string) => plan.items.filter((i) => i.type === type && i.action === action).length;
  await writeAudit(trx, {
    actor: actor.user,
    action: 'roster.import',
    details: {
      ...options.source,
      mode: options.mode,
      passwords: options.passwords.kind,
      units: { added: count('unit', 'add'), changed: count('unit', 'change'), disabled: count('unit', 'disable') },
      users: { added: count('user', 'add'), changed: count('user', 'change'), disabled: count('user', 'disable') },
      unchanged: plan.unchanged,
    },
    at: actor.at,
  });
  return { plan, temporaryPasswords };
}
