import type { Db } from '../db/createDatabase.ts';
import { readTrustedUnits } from '../versionReview/trustedUnits.ts';

/**
 * What keeps a unit from being deleted, in words ("3 users", "usage"), or an empty list for a unit nobody ever used.
 * Anything that names the unit counts: users (disabled ones too), child units, apps it owns or is in the visibility
 * of, app records, usage, ratings' units, delegated admins, the trusted units of the review.
 */
export async function unitUsage(db: Db, unitId: string): Promise<{ en: string; zh: string }[]> {
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
  const reasons: { en: string; zh: string }[] = [];
  const hold = (en: string, zh: string) => reasons.push({ en, zh });
  if (users) hold(`${users} user(s)`, `${users} 个账号`);
  if (children) hold(`${children} child unit(s)`, `${children} 个下级单位`);
  if (owned) hold(`${owned} app(s) it owns`, `${owned} 个由它主办的应用`);
  if (visible) hold(`${visible} app(s) whose visibility names it`, `${visible} 个对它可见的应用`);
  if (records) hold('app records', '应用数据记录');
  if (usage) hold('usage', '使用记录');
  if (admins) hold(`${admins} administrator(s) of it`, `${admins} 位管理它的管理员`);
  if (trusted) hold('a place among the trusted units of the review', '上架审核的免审核单位');
  return reasons;
}
