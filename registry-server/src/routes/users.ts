import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { createUser as createUserRoute, listUsers as listUsersRoute, patchUser, resetUserPassword } from '@toolbox/sdk/api';
import { requireScope } from '../org/adminScope.ts';
import type { RoleName } from '../db/schema.ts';
import type { Actor } from '../org/unitStore.ts';
import { userDto } from '../users/userDto.ts';
import { createUser, findUser, listUsers, resetPassword, updateUser } from '../users/userStore.ts';

/**
 * Staff: an admin manages everyone; a unit's administrator (`adminOf`) the staff of their subtree. Users are disabled,
 * never deleted: usage, records and the audit log keep pointing at them.
 */
const userRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const actorOf = (request: FastifyRequest): Actor => ({ user: request.user!, scope: requireScope(request.user), at: app.now() });

  app.get(
    listUsersRoute.url,
    { preHandler: app.requireUser, schema: listUsersRoute.schema },
    async (request) => {
      const scope = requireScope(request.user);
      const q = request.query;
      const { rows, total } = await listUsers(app.db, app.org, scope, {
        unitId: q.unit,
        subunits: q.subunits === '1',
        q: q.q,
        includeDisabled: q.includeDisabled === '1',
        ...(q.roles ? { roles: q.roles.split(',') as RoleName[] } : {}),
        limit: q.limit ?? 100,
        offset: q.offset ?? 0,
      });
      return { items: rows.map((r) => userDto(app.org, r)), total };
    },
  );

  app.post(
    createUserRoute.url,
    { preHandler: app.requireUser, schema: createUserRoute.schema },
    async (request, reply) => {
      const actor = actorOf(request);
      const { id, temporaryPassword } = await app.db.transaction().execute((trx) => createUser(trx, app.org, actor, request.body));
      return reply.status(201).send({ user: userDto(app.org, await findUser(app.db, id)), temporaryPassword });
    },
  );

  app.patch(
    patchUser.url,
    { preHandler: app.requireUser, schema: patchUser.schema },
    async (request) => {
      const actor = actorOf(request);
      const changes = await app.db.transaction().execute((trx) => updateUser(trx, app.org, actor, request.params.id, request.body));
      return { user: userDto(app.org, await findUser(app.db, request.params.id)), changes };
    },
  );

  app.post(
    resetUserPassword.url,
    { preHandler: app.requireUser, schema: resetUserPassword.schema },
    async (request) => {
      const actor = actorOf(request);
      const temporaryPassword = await app.db.transaction().execute((trx) => resetPassword(trx, app.org, actor, request.params.id));
      return { temporaryPassword };
    },
  );
};

export default userRoutes;
