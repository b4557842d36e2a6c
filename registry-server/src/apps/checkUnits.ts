import { Errors } from '../errors.ts';
import type { OrgTree } from '../org/OrgTree.ts';
import type { DescriptiveFields } from './DescriptiveFields.ts';

/** The owner unit and every visibility unit must be in the org tree: a typo would hide the app from everyone. */
export async function checkUnits(org: OrgTree, fields: Partial<DescriptiveFields>, prefix: string): Promise<void> {
  if (fields.owner && !(await org.has(fields.owner.unit))) {
    throw new Errors.UNIT_NOT_FOUND(`${prefix}owner/unit`, fields.owner.unit);
  }
  const units = fields.visibility?.units ?? [];
  for (const [i, unit] of units.entries()) {
    if (!(await org.has(unit))) throw new Errors.UNIT_NOT_FOUND(`${prefix}visibility/units/${i}`, unit);
  }
}
