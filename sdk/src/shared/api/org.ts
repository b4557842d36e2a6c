/* The org tree: districts, streets, towns, committees, departments. */
import { type Static, Type } from '@sinclair/typebox';
import { IdParamsSchema, NoContentSchema, StringEnum } from './common.ts';
import { routesOf } from './routesOf.ts';

const orgRoute = routesOf('org');

export const UNIT_KINDS = ['district', 'street', 'town', 'committee', 'department'] as const;
/** Ids of units: lower-case letters, digits and dashes. */
export const UNIT_ID_PATTERN = '^[a-z0-9][a-z0-9-]{0,63}$';

export const UnitKindSchema = StringEnum(UNIT_KINDS);
const NameSchema = Type.String({ minLength: 1, maxLength: 60 });
// `type: [string, null]` (not anyOf) keeps the validation message a client sees to one line.
const NameEnSchema = Type.Unsafe<string | null>({ type: ['string', 'null'], maxLength: 120 });

/** A unit as `GET /api/org/units` lists it. */
export const UnitSchema = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    nameEn: Type.Union([Type.String(), Type.Null()]),
    kind: UnitKindSchema,
    parentId: Type.Union([Type.String(), Type.Null()]),
    disabled: Type.Boolean(),
    path: Type.Array(Type.String(), { description: 'Names from the district down to the unit itself' }),
  },
  { title: 'Unit' },
);

export const listUnits = orgRoute('GET', '/api/org/units',
  'Every unit of the org tree in tree order (parents first): {id, name, nameEn, kind: district|street|town|committee|department, parentId, disabled, path}. ' +
    '`?manageable=1`: only the units the caller administers',
  { querystring: Type.Object({ manageable: Type.Optional(StringEnum(['0', '1'])) }) },
  { 200: Type.Object({ items: Type.Array(UnitSchema) }) },
);

export const CreateUnitBodySchema = Type.Object(
  {
    id: Type.Optional(Type.String({ pattern: UNIT_ID_PATTERN })),
    name: NameSchema,
    nameEn: Type.Optional(NameEnSchema),
    kind: UnitKindSchema,
    parentId: Type.Unsafe<string | null>({ type: ['string', 'null'], maxLength: 64 }),
  },
  { additionalProperties: false },
);

export const createUnit = orgRoute('POST', '/api/org/units',
  'Adds a unit under parentId (admin; a unit administrator: committees and departments below their unit); audited unit.create',
  { body: CreateUnitBodySchema },
  { 201: Type.Object({ unit: UnitSchema }) },
);

export const PatchUnitBodySchema = Type.Object(
  {
    name: Type.Optional(NameSchema),
    nameEn: Type.Optional(NameEnSchema),
    kind: Type.Optional(UnitKindSchema),
    parentId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    disabled: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const patchUnit = orgRoute('PATCH', '/api/org/units/:id',
  'Renames (name, nameEn), moves (parentId; never under itself), changes the kind of, disables or enables (disabled) a unit; ' +
    'audited unit.rename, unit.move, unit.kind, unit.disable, unit.enable',
  { params: IdParamsSchema, body: PatchUnitBodySchema },
  { 200: Type.Object({ unit: UnitSchema, changes: Type.Array(Type.String()) }) },
);

export const deleteUnit = orgRoute('DELETE', '/api/org/units/:id',
  'Deletes a unit that nothing names (no users, child units, apps, records or usage): one added by mistake. ' +
    'Otherwise 409 TOOLBOX_UNIT_IN_USE and nothing changes: disable it instead. Audited unit.delete',
  { params: IdParamsSchema },
  { 204: NoContentSchema },
);

export type UnitDto = Static<typeof UnitSchema>;
export type UnitKind = Static<typeof UnitKindSchema>;
