import { definitionVersionFor } from '../formFields.ts';
import type { FormDefinition, FormField, FormViews } from '../types.ts';

/** What a template says of itself; the rest every template shares. */
export type TemplateOwnFields = Omit<FormDefinition, 'definitionVersion' | 'version' | 'scenario' | 'owner' | 'views'> & {
  views: Omit<FormViews, 'form'>;
};

/**
 * A template as the designer offers it: the lowest format that expresses it (3, where its options are worded in
 * English), a first version, an app for every committee (`general`), owned by the operations centre until the district
 * that adopts it puts its own unit in. Its form is laid out in three columns: a template has a dozen fields and more, which two columns would stretch beyond one screen.
 */
export function templateDefinition({ id, name, description, icon, category, keywords, views, ...rest }: TemplateOwnFields): FormDefinition {
  return {
    definitionVersion: definitionVersionFor(rest),
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
    views: { ...views, form: { columns: 3 } },
  };
}

/** The 状态 field of a template with a status flow: where its records' state shows and is moved on. */
export const STATUS_FIELD: FormField = { key: 'status', kind: 'status', label: { 'zh-CN': '状态', en: 'Status' } };
