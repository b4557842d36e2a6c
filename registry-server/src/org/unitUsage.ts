import type { Db } from '../db/createDatabase.ts';
import { readTrustedUnits } from '../versionReview/trustedUnits.ts';

/**
 * What keeps a unit from being deleted, in words ("3 users", "usage"), or an empty list for a unit nobody ever used.
 * Anything that names the unit counts: users (disabled ones too), child units, apps it owns or is in the visibility
 * of, app records, usage, ratings' units, delegated admins, the trusted units of the review.
 */
export async function unitUsage(db: Db, unitId: string): Promise<string[]> {
  const count = async (query: Promise<{ n: string | number | bigint } | undefined>) => Number((await query)?.n ?? 0);
  const quoted = `%${JSON.stringify(unitId)}%`;
  const [users, children, owned, visible, records, usage, admins, trusted] = await Promise.all([
    count(db.selectFrom('users').select((eb) => eb.fn.countAll().as('n')).where('unit_id', '=', unitId).executeTakeFirst()),
    count(db.selectFrom('org_units').select((eb) => eb.fn.countAll().as('n')).where('parent_id', '=', unitId).executeTakeFirst()),
    count(db.selectFrom('apps').select((eb) => eb.fn.countAll().as('n')).where('owner_unit_id', '=', unitId).executeTakeFirst()),
    count(db.selectFrom('apps').select((eb) => eb.fn.countAll().as('n')).where('visibility_units', 'like', quoted).executeTakeFirst()),
    count(db.selectFrom('records').select((eb) => eb.fn.countAll().as('n')).where('unit_id', '=', unitId).executeTakeFirst()),
    count(db.selectFrom('usage_unit_years').select((eb) => eb.fn.countAll().as('n')).where('unit_id', '=', unitId).executeTakeFirst()),
    count(db.selectFrom('users').select((eb) => eb.fn.countAll().as('n')).where('admin_of', '=', unitId).executeTakeFirst()),
    readTrustedUnits(db).then((units) => (units.includes(unitId) ? 1 : 0)),
  ]);
  const reasons: string[] = [];
  if (users) reasons.push(`${users} user(s)`);
  if (children) reasons.push(`${children} child unit(s)`);
  if (owned) reasons.push(`${owned} app(s) it owns`);
  if (visible) reasons.push(`${visible} app(s) whose visibility names it`);
  if (records) reasons.push('app records');
  if (usage) reasons.push('usage');
  if (admins) reasons.push(`${admins} administrator(s) of it`);
  if (trusted) reasons.push('a place among the trusted units of the review');
  return reasons;
}
