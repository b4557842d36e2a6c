import type { LocalizedText, Manifest, Role } from '@toolbox/sdk';
import type { AppsTable } from '../db/schema.ts';

/** The manifest fields that describe an app (as opposed to one build of it). */
export type DescriptiveFields = Pick<Manifest, 'id' | 'name' | 'category' | 'scenario' | 'owner'> & {
  description?: LocalizedText | null;
  icon?: string | null;
  keywords?: string[];
  visibility?: { units?: string[]; roles?: (Role | 'unit-admin')[] } | null;
};

function listOrNull(list: readonly string[] | undefined): string | null {
  return list && list.length > 0 ? JSON.stringify(list) : null;
}

/** The `apps` columns for these fields; absent optional fields are cleared, as in the manifest they come from. */
export function appColumns(fields: DescriptiveFields): Pick<
  AppsTable,
  | 'name_zh' | 'name_en' | 'description_zh' | 'description_en' | 'icon' | 'category' | 'keywords' | 'scenario'
  | 'owner_unit_id' | 'owner_contact' | 'visibility_units' | 'visibility_roles'
> {
  return {
    name_zh: fields.name['zh-CN'],
    name_en: fields.name.en ?? null,
    description_zh: fields.description?.['zh-CN'] ?? null,
    description_en: fields.description?.en ?? null,
    icon: fields.icon ?? null,
    category: fields.category,
    keywords: JSON.stringify(fields.keywords ?? []),
    scenario: fields.scenario,
    owner_unit_id: fields.owner.unit,
    owner_contact: fields.owner.contact,
    visibility_units: listOrNull(fields.visibility?.units),
    visibility_roles: listOrNull(fields.visibility?.roles),
  };
}
