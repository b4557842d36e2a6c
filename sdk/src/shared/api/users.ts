/* Staff (admins for everyone, a unit's administrator for their subtree): listed, added, edited, passwords reset. */
import { type Static, Type } from '@sinclair/typebox';
import { IdParamsSchema, StringEnum, UnitRefSchema } from './common.ts';
import { OffsetQuerySchema } from './pageQuery.ts';
import { routesOf } from './routesOf.ts';

const usersRoute = routesOf('users');

export const ROLES = ['staff', 'maker', 'developer', 'reviewer', 'admin'] as const;
/** User names: letters, digits and `._@-`, 2–64 characters. */
export const USERNAME_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._@-]{1,63}$';

const RoleInputSchema = StringEnum(ROLES);
const UnitIdSchema = Type.String({ minLength: 1, maxLength: 64 });
const PhoneSchema = Type.Unsafe<string | null>({ type: ['string', 'null'], maxLength: 40 });
const AdminOfInputSchema = Type.Unsafe<string | null>({ type: ['string', 'null'], maxLength: 64 });

/** A member of staff as the user management screens see them; never the password hash. */
export const StaffUserSchema = Type.Object(
  {
    id: Type.String(),
    username: Type.String(),
    name: Type.String(),
    phone: Type.Union([Type.String(), Type.Null()]),
    role: StringEnum(ROLES),
    unit: UnitRefSchema,
    adminOf: Type.Union([UnitRefSchema, Type.Null()]),
    disabled: Type.Boolean(),
    disabledAt: Type.Union([Type.String(), Type.Null()]),
    mustChangePassword: Type.Boolean(),
    createdAt: Type.String(),
  },
  { title: 'StaffUser' },
);

export const listUsers = usersRoute('GET', '/api/users',
  'The users the caller manages, by username: of one unit (`unit`, with `subunits=1` the units below too), matching `q` (username, name or phone), of `roles`',
  {
  querystring: Type.Object({
    unit: Type.Optional(UnitIdSchema),
    subunits: Type.Optional(StringEnum(['0', '1'] as const)),
    q: Type.Optional(Type.String({ maxLength: 64 })),
    includeDisabled: Type.Optional(StringEnum(['0', '1'] as const)),
    roles: Type.Optional(
      Type.String({ pattern: `^(${ROLES.join('|')})(,(${ROLES.join('|')}))*$`, maxLength: 64, description: 'Only these roles, comma-separated (e.g. maker,developer,admin)' }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
    offset: OffsetQuerySchema,
  }),
  },
  { 200: Type.Object({ items: Type.Array(StaffUserSchema), total: Type.Integer() }) },
);

export const CreateUserBodySchema = Type.Object(
  {
    username: Type.String({ pattern: USERNAME_PATTERN }),
    name: Type.String({ minLength: 1, maxLength: 40 }),
    phone: Type.Optional(PhoneSchema),
    unitId: UnitIdSchema,
    role: RoleInputSchema,
    adminOf: Type.Optional(AdminOfInputSchema),
  },
  { additionalProperties: false },
);

export const createUser = usersRoute('POST', '/api/users',
  'Adds a member of staff with a temporary password, returned once, that must be changed at first sign-in; audited user.create',
  { body: CreateUserBodySchema },
  { 201: Type.Object({ user: StaffUserSchema, temporaryPassword: Type.Union([Type.String(), Type.Null()]) }) },
);

export const PatchUserBodySchema = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    phone: Type.Optional(PhoneSchema),
    unitId: Type.Optional(UnitIdSchema),
    role: Type.Optional(RoleInputSchema),
    adminOf: Type.Optional(AdminOfInputSchema),
    disabled: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const patchUser = usersRoute('PATCH', '/api/users/:id',
  'Edits name and phone, moves to another unit (unitId), changes the role, what they administer (adminOf), disables or enables (disabled). ' +
    'Disabling ends their sessions and refuses their tokens. Audited user.update, user.move, user.role, user.admin-of, user.disable, user.enable',
  { params: IdParamsSchema, body: PatchUserBodySchema },
  { 200: Type.Object({ user: StaffUserSchema, changes: Type.Array(Type.String()) }) },
);

export const resetUserPassword = usersRoute('POST', '/api/users/:id/password-reset',
  'Gives the user a temporary password (returned once; shown to the admin to hand over) that must be changed at the next sign-in, and ends their sessions; audited user.password-reset',
  { params: IdParamsSchema },
  { 200: Type.Object({ temporaryPassword: Type.String() }) },
);

export type StaffUser = Static<typeof StaffUserSchema>;
