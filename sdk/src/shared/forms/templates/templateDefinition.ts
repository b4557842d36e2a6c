import type { FormDefinition } from '../types.ts';

/** What a template says of itself; the rest every template shares. */
export type TemplateOwnFields = Omit<FormDefinition, 'definitionVersion' | 'version' | 'scenario' | 'owner'>;

/**
 * A template as the designer offers it: the first format, a first version, an app for every committee
 * (`general`), owned by the operations centre until the district that adopts it puts its own unit in.
 */
export function templateDefinition({ id, name, description, icon, category, keywords, ...rest }: TemplateOwnFields): FormDefinition {
  return {
    definitionVersion: 1,
    id,
    name,
    description,
    version: '1.0.0',
    icon,
    category,
    keywords,
    scenario: 'general',
    owner: { unit: 'ops-centre', contact: '陈静 021-62511234' },
    ...rest,
  };
}
