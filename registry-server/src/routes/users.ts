import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { RoleName } from '../db/schema.ts';
import { requireScope } from '../org/adminScope.ts';
import type { Actor } from '../org/unitStore.ts';
import { userDto, userDtoSchema } from '../users/userDto.ts';
import { ROLES, USERNAME_PATTERN, createUser, findUser, listUsers, resetPassword, updateUser } from '../users/userStore.ts';

const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1, maxLength: 64 } } } as const;
const roleSchema = { type: 'string', enum: [...ROLES] } as const;
const unitIdSchema = { type: 'string', minLength: 1, maxLength: 64 } as const;
const phoneSchema = { type: ['string', 'null'], maxLength: 40 } as const;

interface ListQuery {
  unit?: string;
  subunits?: '0' | '1';
  q?: string;
  includeDisabled?: '0' | '1';
  limit?: number;
  offset?: number;
}

interface CreateBody {
  username: string;
  name: string;
  phone?: string | null;
  unitId: string;
  role: RoleName;
  adminOf?: string | null;
}

interface PatchBody {
  name?: string;
  phone?: string | null;
  unitId?: string;
  role?: RoleName;
  adminOf?: string | null;
  disabled?: boolean;
}

/**
 * Staff: an admin manages everyone; a unit's administrator (`adminOf`) the staff of their subtree. Users are disabled,
 * never deleted: usage, records and the audit log keep pointing at them.
 */
const userRoutes: FastifyPluginAsync = async (app) => {
  const actorOf = (request: FastifyRequest): Actor => ({ user: request.user!, scope: requireScope(request.user), at: app.now() });

  app.get<{ Querystring: ListQuery }>(
    '/api/users',
    {
      preHandler: app.requireUser,
      schema: {
        tags: ['users'],
        summary: 'The users the caller manages, by username: of one unit (`unit`, with `subunits=1` the units below too), matching `q` (username, name or phone)',
        querystring: {
          type: 'object',
          properties: {
            unit: unitIdSchema,
            subunits: { type: 'string', enum: ['0', '1'] },
            q: { type: 'string', maxLength: 64 },
            includeDisabled: { type: 'string', enum: ['0', '1'] },
            limit: { type: 'integer', minimum: 1, maximum: 500, default: 100 },
            offset: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0 },
          },
        },
        response: { 200: { type: 'object', properties: { items: { type: 'array', items: userDtoSchema }, total: { type: 'integer' } } } },
      },
    },
    async (request) => {
      const scope = requireScope(request.user);
      const q = request.query;
      const { rows, total } = await listUsers(app.db, app.org, scope, {
        unitId: q.unit,
        subunits: q.subunits === '1',
        q: q.q,
        includeDisabled: q.includeDisabled === '1',
        limit: q.limit ?? 100,
        offset: q.offset ?? 0,
      });
      return { items: rows.map((r) => userDto(app.org, r)), total };
    },
  );

  app.post<{ Body: CreateBody }>(
    '/api/users',
    {
      preHandler: app.requireUser,
      schema: {
        tags: ['users'],
        summary: 'Adds a member of staff with a temporary password, returned once, that must be changed at first sign-in; audited user.create',
        body: {
          type: 'object',
          required: ['username', 'name', 'unitId', 'role'],
          additionalProperties: false,
          properties: {
            username: { type: 'string', pattern: USERNAME_PATTERN },
            name: { type: 'string', minLength: 1, maxLength: 40 },
            phone: phoneSchema,
            unitId: unitIdSchema,
            role: roleSchema,
            adminOf: { type: ['string', 'null'], maxLength: 64 },
          },
        },
        response: { 201: { type: 'object', properties: { user: userDtoSchema, temporaryPassword: { type: 'string' } } } },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { id, temporaryPassword } = await app.db.transaction().execute((trx) => createUser(trx, app.org, actor, request.body));
      return reply.status(201).send({ user: userDto(app.org, await findUser(app.db, id)), temporaryPassword });
    },
  );

  app.patch<{ Params: { id: string }; Body: PatchBody }>(
    '/api/users/:id',
    {
      preHandler: app.requireUser,
      schema: {
        tags: ['users'],
        summary:
          'Edits name and phone, moves to another unit (unitId), changes the role, what they administer (adminOf), disables or enables (disabled). ' +
          'Disabling ends their sessions and refuses their tokens. Audited user.update, user.move, user.role, user.admin-of, user.disable, user.enable',
        params: idParams,
        body: {
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          properties: {
            name: { type: 'string', minLength: 1, maxLength: 40 },
            phone: phoneSchema,
            unitId: unitIdSchema,
            role: roleSchema,
            adminOf: { type: ['string', 'null'], maxLength: 64 },
            disabled: { type: 'boolean' },
          },
        },
        response: { 200: { type: 'object', properties: { user: userDtoSchema, changes: { type: 'array', items: { type: 'string' } } } } },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const changes = await app.db.transaction().execute((trx) => updateUser(trx, app.org, actor, request.params.id, request.body));
      return { user: userDto(app.org, await findUser(app.db, request.params.id)), changes };
    },
  );

  app.post<{ Params: { id: string } }>(
    '/api/users/:id/password-reset',
    {
      preHandler: app.requireUser,
      schema: {
        tags: ['users'],
        summary:
          'Gives the user a temporary password (returned once; shown to the admin to hand over) that must be changed at the next sign-in, and ends their sessions; audited user.password-reset',
        params: idParams,
        response: { 200: { type: 'object', properties: { temporaryPassword: { type: 'string' } } } },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const temporaryPassword = await app.db.transaction().execute((trx) => resetPassword(trx, app.org, actor, request.params.id));
      return { temporaryPassword };
    },
  );
};

export default userRoutes;
