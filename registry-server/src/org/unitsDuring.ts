import type { Db } from '../db/createDatabase.ts';
import { shanghaiDayStart } from '@toolbox/sdk';
import type { OrgTree, OrgUnit } from './OrgTree.ts';

/**
 * The units of a Shanghai calendar year as a report of that year names and counts them: each under the name it had at
 * the end of the year (or now, for the current year), leaving out units created after it or disabled before it began,
 * so coverage counts the units that existed during the period. Renames come from `org_unit_names`.
 */
export async function unitsDuring(db: Db, org: OrgTree, year: number, now: Date): Promise<OrgUnit[]> {
  const start = shanghaiDayStart(`${year}-01-01`).toISOString();
  const yearEnd = shanghaiDayStart(`${year + 1}-01-01`).toISOString();
  const end = now.toISOString() < yearEnd ? now.toISOString() : yearEnd;
  const renames = await db.selectFrom('org_unit_names').select(['unit_id', 'name', 'until']).where('until', '>', end).orderBy('until').execute();
  // The first rename after the end holds the name the unit had at the end.
  const nameAtEnd = new Map<string, string>();
  for (const r of renames) if (!nameAtEnd.has(r.unit_id)) nameAtEnd.set(r.unit_id, r.name);
  return org
    .all()
    .filter((u) => (u.createdAt === null || u.createdAt < end) && (u.disabledAt === null || u.disabledAt >= start))
    .map((u) => ({ ...u, name: nameAtEnd.get(u.id) ?? u.name }));
}
