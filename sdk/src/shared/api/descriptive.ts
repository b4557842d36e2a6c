/*
 * The manifest's descriptive fields as request bodies (register an app, change its fields): taken from the one
 * manifest schema, so the registry accepts exactly what `toolbox.manifest.json` allows for them.
 */
import { type TSchema, Type } from '@sinclair/typebox';
import type { Manifest } from '../types.ts';
import schema from '../manifest.schema.json' with { type: 'json' };

/** What `POST /api/apps` and `PATCH /api/apps/:id` accept from a manifest. */
export const DESCRIPTIVE_FIELDS = ['id', 'name', 'description', 'icon', 'category', 'keywords', 'scenario', 'owner', 'visibility'] as const;

const definitions = schema.definitions as Record<string, unknown>;

/** A copy of `node` with the manifest's `#/definitions/…` references inlined, so it stands alone in a route schema. */
function inline(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(inline);
  if (node && typeof node === 'object') {
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === 'string' && ref.startsWith('#/definitions/')) return inline(definitions[ref.slice('#/definitions/'.length)]);
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, inline(v)]));
  }
  return node;
}

const manifestProperties = schema.properties as Record<string, unknown>;
const properties = Object.fromEntries(DESCRIPTIVE_FIELDS.map((f) => [f, inline(manifestProperties[f])])) as Record<(typeof DESCRIPTIVE_FIELDS)[number], TSchema>;

export type DescriptiveFields = Pick<Manifest, (typeof DESCRIPTIVE_FIELDS)[number]>;

/** Registration: the manifest's rules for these fields; other manifest fields may be sent and are ignored. */
export const CreateAppBodySchema = Type.Unsafe<DescriptiveFields>({
  type: 'object',
  required: ['id', 'name', 'category', 'scenario', 'owner'],
  properties,
});

const { id: _id, ...patchable } = properties;

export type PatchAppBody = Partial<Omit<DescriptiveFields, 'id' | 'description' | 'icon' | 'visibility'>> & {
  description?: DescriptiveFields['description'] | null;
  icon?: string | null;
  visibility?: DescriptiveFields['visibility'] | null;
  annualCost?: number | null;
  reason?: string;
};

/** Update: any descriptive field but the id, and (admins only) the yearly cost in yuan. */
export const PatchAppBodySchema = Type.Unsafe<PatchAppBody>({
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
});
