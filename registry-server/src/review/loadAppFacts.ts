import { runsOn } from '../catalog/appsRunningOn.ts';
import { effectiveStatus } from '../catalog/effectiveStatus.ts';
import { parseJson } from '../lib/json.ts';
import type { OrgUnit } from '../org/OrgTree.ts';
import { shanghaiDay } from '@toolbox/sdk';
import type { UsageDb } from '../usage/usageDb.ts';
import { eligibleUnits } from './orgScope.ts';
import type { AppFacts } from './reviewTypes.ts';

/**
 * The apps a year's review covers, with what the registry knows of each: registered by the end of the period and
 * not retired before the year began.
 */
export async function loadAppFacts(db: UsageDb, units: readonly OrgUnit[], year: number, lastDay: string, today: string): Promise<AppFacts[]> {
  const [apps, versions] = await Promise.all([
    db
      .selectFrom('apps')
      .select([
        'id', 'name_zh', 'name_en', 'category', 'scenario', 'status', 'owner_unit_id', 'owner_contact',
        'visibility_units', 'visibility_roles', 'annual_cost', 'retire_on', 'retired_at', 'created_at', 'current_version',
      ])
      .execute(),
    db.selectFrom('versions').select(['app_id', 'version', 'kind', 'entry', 'published_at']).execute(),
  ]);
  const unitNames = new Map(units.map((u) => [u.id, u.name]));
  const firstPublished = new Map<string, string>();
  const publishedInYear = new Map<string, number>();
  for (const v of versions) {
    const day = shanghaiDay(new Date(v.published_at));
    const first = firstPublished.get(v.app_id);
    if (!first || day < first) firstPublished.set(v.app_id, day);
    if (day.startsWith(`${year}-`) && day <= lastDay) publishedInYear.set(v.app_id, (publishedInYear.get(v.app_id) ?? 0) + 1);
  }

  // The runtime each live form app runs on (a form version's entry names its runtime app).
  const runs = new Map<string, number>();
  const current = new Set(apps.filter((a) => a.current_version !== null && effectiveStatus(a, today) !== 'retired').map((a) => `${a.id}@${a.current_version}`));
  for (const v of versions) {
    const runtime = runsOn(v);
    if (runtime !== undefined && current.has(`${v.app_id}@${v.version}`)) runs.set(runtime, (runs.get(runtime) ?? 0) + 1);
  }

  const out: AppFacts[] = [];
  for (const a of apps) {
    const status = effectiveStatus(a, today);
    const retiredOn = status === 'retired' ? (a.retired_at ? shanghaiDay(new Date(a.retired_at)) : a.retire_on) : null;
    if (shanghaiDay(new Date(a.created_at)) > lastDay) continue;
    if (retiredOn !== null && retiredOn <= `${year}-01-01`) continue;
    const roles = parseJson<string[] | null>(a.visibility_roles, null);
    const forStaff = !roles || roles.length === 0 || roles.includes('staff');
    out.push({
      id: a.id,
      name: a.name_en ? { 'zh-CN': a.name_zh, en: a.name_en } : { 'zh-CN': a.name_zh },
      category: a.category,
      scenario: a.scenario,
      status,
      owner: { unit: a.owner_unit_id, unitName: unitNames.get(a.owner_unit_id) ?? a.owner_unit_id, contact: a.owner_contact },
      annualCost: a.annual_cost === null ? null : Number(a.annual_cost),
      eligibleUnitIds: forStaff ? eligibleUnits(units, parseJson<string[] | null>(a.visibility_units, null)) : new Set(),
      forStaff,
      runs: runs.get(a.id) ?? 0,
      liveFrom: firstPublished.get(a.id) ?? null,
      retiredOn,
      versionsPublished: publishedInYear.get(a.id) ?? 0,
    });
  }
  return out;
}
