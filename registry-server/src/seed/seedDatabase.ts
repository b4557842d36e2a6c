import type { Db } from '../db/createDatabase.ts';
import { isUniqueViolation } from '../db/dialect.ts';
import type { RoleName } from '../db/schema.ts';
import { hashPassword } from '../auth/password.ts';
import { passwordProblem } from '../auth/passwordPolicy.ts';
import { StartupError } from '../options.ts';
import { DEMO_PASSWORD, DEMO_USERS, DISTRICT, OPS_CENTRE, demoOrgUnits } from './demoOrg.ts';
import { seedRoster } from './seedRoster.ts';

// The demo password is public, so its users may share one hash; computing it once per process keeps test set-up fast.
let demoHash: Promise<string> | undefined;
function demoPasswordHash(): Promise<string> {
  demoHash ??= hashPassword(DEMO_PASSWORD);
  return demoHash;
}

export interface SeedOptions {
  demo?: boolean;
  adminPassword?: string;
  now: Date;
}

/**
 * On a database without users: the demo org tree and users (demo), or the district, its operations centre and
 * `admin` (TOOLBOX_ADMIN_PASSWORD). Several instances may start at once on one PostgreSQL: the loser of the race
 * hits a unique violation and leaves the winner's seed alone.
 */
export async function seedDatabase(db: Db, options: SeedOptions): Promise<'demo' | 'admin' | 'none'> {
  if (!options.demo && !options.adminPassword) return 'none';
  const someone = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (someone) return 'none';
  // The first admin's password is held to the same policy as every password set through the product; the demo's
  // public `toolbox` is not (demo mode only, seeded directly).
  const weak = !options.demo && options.adminPassword !== undefined ? passwordProblem(options.adminPassword, 'admin') : null;
  if (weak) throw new StartupError(`TOOLBOX_ADMIN_PASSWORD ${weak}: choose another for the first admin \`admin\``);

  const units = options.demo ? demoOrgUnits() : [DISTRICT, OPS_CENTRE];
  const users: { username: string; name: string; role: RoleName; unitId: string; password: string }[] = options.demo
    ? DEMO_USERS.map((u) => ({ ...u, password: DEMO_PASSWORD }))
    : [{ username: 'admin', name: '管理员', role: 'admin', unitId: OPS_CENTRE.id, password: options.adminPassword ?? '' }];
  const hashes = options.demo ? users.map(() => '') : await Promise.all(users.map((u) => hashPassword(u.password)));
  if (options.demo) hashes.fill(await demoPasswordHash());

  try {
    // Through the roster import (applyRoster): the demo's tree and users are what an admin's upload would make.
    await db.transaction().execute((trx) => seedRoster(trx, units, users, hashes[0] ?? '', options.now));
  } catch (error) {
    if (isUniqueViolation(error)) return 'none';
    throw error;
  }
  return options.demo ? 'demo' : 'admin';
}
