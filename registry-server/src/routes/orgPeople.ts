import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { listUnitPeople } from '@toolbox/sdk/api';
import { Errors } from '../errors.ts';
import { adminScopeOf, inScope } from '../org/adminScope.ts';
import { unitPeople } from '../org/unitPeople.ts';

/**
 * The people of a unit, for the person picker of form apps: staff see their own unit's, an admin any unit's, a unit's
 * administrator those within their subtree. Names only: never a ranking, online time or contact details.
 */
const orgPeopleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(listUnitPeople.url, { preHandler: app.requireUser, schema: listUnitPeople.schema }, async (request) => {
    const user = request.user!;
    const unitId = request.params.id;
    if (!app.org.get(unitId)) await app.org.reload();
    if (!app.org.get(unitId)) throw new Errors.UNIT_MISSING(unitId);
    const scope = adminScopeOf(user);
    if (unitId !== user.unit.id && !(scope && inScope(app.org, scope, unitId))) {
      throw new Errors.FORBIDDEN(`id: the people of unit "${unitId}" are listed to its own staff and to those who administer it`);
    }
    return { items: await unitPeople(app.db, unitId) };
  });
};

export default orgPeopleRoutes;
