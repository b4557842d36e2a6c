import type { Db } from '../db/createDatabase.ts';
import { isUniqueViolation } from '../db/dialect.ts';
import type { RoleName } from '../db/schema.ts';
import type { Actor } from '../org/unitStore.ts';
import type { OrgTree } from '../org/OrgTree.ts';
import { createUser, updateUser } from '../users/userStore.ts';
import type { SsoProfile } from './readProfile.ts';

/** The user row a session is made for. */
export interface ProvisionedUser {
  id: string;
  username: string;
}

/** Why an SSO sign-in finds no user to sign in as; each is answered with its own code (errors.ts, SSO_*). */
export type ProvisionRefusal =
  | { refused: 'disabled'; username: string }
  | { refused: 'unknown-user'; username: string }
  | { refused: 'unknown-unit'; username: string; unitId: string | null };

/**
 * Who the audit log names for what a sign-in changes: the sign-in itself (`sso`), acting with a district admin's
 * reach, since the provider (configured by the district) is the authority for what it says.
 */
const ssoActor = (at: Date): Actor => ({ user: { id: 'sso', username: 'sso' }, scope: { kind: 'all' }, at });

/**
 * The roster's user of the provider's username (whatever its case, as the roster compares them), brought up to date
 * with the provider's name and (with a role mapping) role; or, when `autoCreate`, a new user in the unit the unit
 * claim names, without a usable password. A user disabled in the product is refused whatever the provider says. The
 * users' own store does the writing, so the rules and audit rows (`user.create`, `user.update`, `user.role`) are the
 * console's.
 */
export async function provisionUser(
  db: Db,
  org: OrgTree,
  profile: SsoProfile,
  options: { autoCreate: boolean; now: Date },
): Promise<ProvisionedUser | ProvisionRefusal> {
  // The callback is anonymous, so nothing has brought this instance's tree up to date with another's changes yet.
  const state = await db.selectFrom('catalog_state').select('generation').where('id', '=', 1).executeTakeFirst();
  await org.ensureGeneration(Number(state?.generation ?? 0));
  const existing = await db
    .selectFrom('users')
    .select(['id', 'username', 'name', 'role', 'disabled_at'])
    .where((eb) => eb(eb.fn('lower', ['username']), '=', profile.username.toLowerCase()))
    .executeTakeFirst();
  if (existing) {
    if (existing.disabled_at) return { refused: 'disabled', username: existing.username };
    const change: { name?: string; role?: RoleName } = {};
    if (profile.name && profile.name !== existing.name) change.name = profile.name;
    if (profile.role && profile.role !== existing.role) change.role = profile.role;
    if (change.name !== undefined || change.role !== undefined) {
      await db.transaction().execute((trx) => updateUser(trx, org, ssoActor(options.now), existing.id, change));
    }
    return { id: existing.id, username: existing.username };
  }

  if (!options.autoCreate) return { refused: 'unknown-user', username: profile.username };
  const unit = profile.unitId ? org.get(profile.unitId) : undefined;
  if (!unit || unit.disabled) return { refused: 'unknown-unit', username: profile.username, unitId: profile.unitId };
  try {
    const { id } = await db.transaction().execute((trx) =>
      createUser(trx, org, ssoActor(options.now), {
        username: profile.username,
        name: profile.name ?? profile.username,
        unitId: unit.id,
        role: profile.role ?? 'staff',
        password: 'none',
      }),
    );
    return { id, username: profile.username };
  } catch (error) {
    // The same person signing in twice at once: the other sign-in created them.
    if (isUniqueViolation(error) || (error as { code?: string }).code === 'TOOLBOX_USER_EXISTS') {
      return provisionUser(db, org, profile, { ...options, autoCreate: false });
    }
    throw error;
  }
}
