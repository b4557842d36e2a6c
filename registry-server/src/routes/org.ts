import type { FastifyPluginAsync } from 'fastify';
import type { UnitKind } from '../db/schema.ts';
import { Errors } from '../errors.ts';
import { adminScopeOf, inScope, requireScope } from '../org/adminScope.ts';
import { unitDto, unitDtoSchema } from '../org/unitDto.ts';
import { UNIT_ID_PATTERN, UNIT_KINDS, applyTreeChange, createUnit, deleteUnit, updateUnit, type Actor } from '../org/unitStore.ts';

const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1, maxLength: 64 } } } as const;
const kindSchema = { type: 'string', enum: [...UNIT_KINDS] } as const;
const nameSchema = { type: 'string', minLength: 1, maxLength: 60 } as const;
const nameEnSchema = { type: ['string', 'null'], maxLength: 120 } as const;

interface CreateBody {
  id?: string;
  name: string;
  nameEn?: string | null;
  kind: UnitKind;
  parentId: string | null;
}

interface PatchBody {
  name?: string;
  nameEn?: string | null;
  kind?: UnitKind;
  parentId?: string;
  disabled?: boolean;
}

/**
 * The org tree. Anyone signed in reads it (visibility pickers, the CLI); an admin changes all of it, a unit's
 * administrator (`adminOf`) the units below theirs. Units are disabled rather than deleted once anything names them.
 */
const orgRoutes: FastifyPluginAsync = async (app) => {
  const actorOf = (user: NonNullable<import('fastify').FastifyRequest['user']>): Actor => ({ user, scope: requireScope(user), at: app.now() });

  app.get<{ Querystring: { manageable?: '0' | '1' } }>(
    '/api/org/units',
    {
      preHandler: app.requireUser,
      schema: {
        tags: ['org'],
        summary:
          'Every unit of the org tree in tree order (parents first): {id, name, nameEn, kind: district|street|town|committee|department, parentId, disabled, path}. ' +
          '`?manageable=1`: only the units the caller administers',
        querystring: { type: 'object', properties: { manageable: { type: 'string', enum: ['0', '1'] } } },
        response: { 200: { type: 'object', properties: { items: { type: 'array', items: unitDtoSchema } } } },
      },
    },
    async (request) => {
      await app.org.reload();
      let units = app.org.all();
      if (request.query.manageable === '1') {
        const scope = adminScopeOf(request.user!);
        units = scope ? units.filter((u) => inScope(app.org, scope, u.id)) : [];
      }
      return { items: units.map((u) => unitDto(app.org, u)) };
    },
  );

  app.post<{ Body: CreateBody }>(
    '/api/org/units',
    {
      preHandler: app.requireUser,
      schema: {
        tags: ['org'],
        summary: 'Adds a unit under parentId (admin; a unit administrator: committees and departments below their unit); audited unit.create',
        body: {
          type: 'object',
          required: ['name', 'kind', 'parentId'],
          additionalProperties: false,
          properties: {
            id: { type: 'string', pattern: UNIT_ID_PATTERN },
            name: nameSchema,
            nameEn: nameEnSchema,
            kind: kindSchema,
            parentId: { type: ['string', 'null'], maxLength: 64 },
          },
        },
        response: { 201: { type: 'object', properties: { unit: unitDtoSchema } } },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request.user!);
      const id = await applyTreeChange(app.db, app.org, (trx) => createUnit(trx, app.org, actor, request.body));
      return reply.status(201).send({ unit: unitDto(app.org, app.org.get(id)!) });
    },
  );

  app.patch<{ Params: { id: string }; Body: PatchBody }>(
    '/api/org/units/:id',
    {
      preHandler: app.requireUser,
      schema: {
        tags: ['org'],
        summary:
          'Renames (name, nameEn), moves (parentId; never under itself), changes the kind of, disables or enables (disabled) a unit; ' +
          'audited unit.rename, unit.move, unit.kind, unit.disable, unit.enable',
        params: idParams,
        body: {
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          properties: { name: nameSchema, nameEn: nameEnSchema, kind: kindSchema, parentId: { type: 'string', minLength: 1, maxLength: 64 }, disabled: { type: 'boolean' } },
        },
        response: { 200: { type: 'object', properties: { unit: unitDtoSchema, changes: { type: 'array', items: { type: 'string' } } } } },
      },
    },
    async (request) => {
      const actor = actorOf(request.user!);
      const changes = await applyTreeChange(app.db, app.org, (trx) => updateUnit(trx, app.org, actor, request.params.id, request.body));
      return { unit: unitDto(app.org, app.org.get(request.params.id)!), changes };
    },
  );

  app.delete<{ Params: { id: string } }>(
    '/api/org/units/:id',
    {
      preHandler: app.requireUser,
      schema: {
        tags: ['org'],
        summary:
          'Deletes a unit that nothing names (no users, child units, apps, records or usage): one added by mistake. ' +
          'Otherwise 409 TOOLBOX_UNIT_IN_USE and nothing changes: disable it instead. Audited unit.delete',
        params: idParams,
      },
    },
    async (request, reply) => {
      const actor = actorOf(request.user!);
      if (!app.org.get(request.params.id)) await app.org.reload();
      if (!app.org.get(request.params.id)) throw new Errors.UNIT_MISSING(request.params.id);
      await applyTreeChange(app.db, app.org, (trx) => deleteUnit(trx, app.org, actor, request.params.id));
      return reply.status(204).send();
    },
  );
};

export default orgRoutes;
