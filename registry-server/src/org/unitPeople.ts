import type { UnitPerson } from '@toolbox/sdk/api';
import type { Db } from '../db/createDatabase.ts';

/** The enabled members of a unit, by name: only what a person picker shows (no username, role, phone or activity). */
export async function unitPeople(db: Db, unitId: string): Promise<UnitPerson[]> {
  const rows = await db.selectFrom('users').select(['id', 'name', 'unit_id']).where('unit_id', '=', unitId).where('disabled_at', 'is', null).orderBy('name').orderBy('id').limit(2000).execute();
  return rows.map((r) => ({ id: r.id, name: r.name, unitId: r.unit_id }));
}
