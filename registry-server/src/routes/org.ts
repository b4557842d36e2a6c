import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createUnit as createUnitRoute, deleteUnit as deleteUnitRoute, listUnits, patchUnit } from '@toolbox/sdk/api';
import { Errors } from '../errors.ts';
import { adminScopeOf, inScope, requireScope } from '../org/adminScope.ts';
import { unitDto } from '../org/unitDto.ts';
import { applyTreeChange, createUnit, deleteUnit, updateUnit, type Actor } from '../org/unitStore.ts';

/**
 * The org tree. Anyone signed in reads it (visibility pickers, the CLI); an admin changes all of it, a unit's
 * administrator (`adminOf`) the units below theirs. Units are disabled rather than deleted once anything names them.
 */
const orgRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const actorOf = (user: NonNullable<import('fastify').FastifyRequest['user']>): Actor => ({ user, scope: requireScope(user), at: app.now() });

  app.get(
    listUnits.url,
    { preHandler: app.requireUser, schema: listUnits.schema },
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

  app.post(
    createUnitRoute.url,
    { preHandler: app.requireUser, schema: createUnitRoute.schema },
    async (request, reply) => {
      const actor = actorOf(request.user!);
      const id = await applyTreeChange(app.db, app.org, (trx) => createUnit(trx, app.org, actor, request.body));
      return reply.status(201).send({ unit: unitDto(app.org, app.org.get(id)!) });
    },
  );

  app.patch(
    patchUnit.url,
    { preHandler: app.requireUser, schema: patchUnit.schema },
    async (request) => {
      const actor = actorOf(request.user!);
      const changes = await applyTreeChange(app.db, app.org, (trx) => updateUnit(trx, app.org, actor, request.params.id, request.body));
      return { unit: unitDto(app.org, app.org.get(request.params.id)!), changes };
    },
  );

  app.delete(
    deleteUnitRoute.url,
    { preHandler: app.requireUser, schema: deleteUnitRoute.schema },
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
