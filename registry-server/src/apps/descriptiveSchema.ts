import { inlineDefinitions, manifestSchema } from '../lib/manifestSchema.ts';

/** The manifest's descriptive fields: what `POST /api/apps` and `PATCH /api/apps/:id` accept. */
export const DESCRIPTIVE_FIELDS = ['id', 'name', 'description', 'icon', 'category', 'keywords', 'scenario', 'owner', 'visibility'] as const;

const properties = inlineDefinitions(
  Object.fromEntries(DESCRIPTIVE_FIELDS.map((f) => [f, manifestSchema.properties[f]])),
) as Record<string, unknown>;

/** Registration: the manifest's rules for these fields; other manifest fields may be sent and are ignored. */
export const createAppBodySchema = {
  type: 'object',
  required: ['id', 'name', 'category', 'scenario', 'owner'],
  properties,
} as const;

const { id: _id, ...patchable } = properties;

/** Update: any descriptive field but the id, and (admins only) the yearly cost in yuan. */
export const patchAppBodySchema = {
  type: 'object',
  minProperties: 1,
  properties: {
    ...patchable,
    description: { anyOf: [properties.description, { type: 'null' }] },
    icon: { anyOf: [properties.icon, { type: 'null' }] },
    visibility: { anyOf: [properties.visibility, { type: 'null' }] },
    annualCost: { anyOf: [{ type: 'number', minimum: 0, maximum: 1e12 }, { type: 'null' }] },
    reason: { type: 'string', maxLength: 1000, description: 'Why, for the audit log (e.g. where a cost figure comes from)' },
  },
} as const;
