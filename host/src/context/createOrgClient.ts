import type { OrgPerson, OrgUnit, ToolboxOrg } from '@toolbox/sdk';
import { api } from '../api/http.ts';

/**
 * `toolbox.org`: the org tree for the person and unit pickers of form apps. The units are read once per app and
 * kept (the tree changes seldom); people are read per unit, and the server lists only those the user may see.
 */
export function createOrgClient(): ToolboxOrg {
  let units: Promise<OrgUnit[]> | undefined;
  const people = new Map<string, Promise<OrgPerson[]>>();
  return {
    units() {
      units ??= api<{ items: OrgUnit[] }>('/api/org/units').then((body) => body.items.filter((u) => !u.disabled));
      units.catch(() => (units = undefined));
      return units;
    },
    people(unitId) {
      let found = people.get(unitId);
      if (!found) {
        found = api<{ items: OrgPerson[] }>(`/api/org/units/${encodeURIComponent(unitId)}/people`).then((body) => body.items);
        found.catch(() => people.delete(unitId));
        people.set(unitId, found);
      }
      return found;
    },
  };
}
