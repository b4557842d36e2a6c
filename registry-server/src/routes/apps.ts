import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getApp, handOverApp, listApps, patchApp, registerApp } from '@toolbox/sdk/api';
import { assertMayMaintain, assertOwnerOrAdmin, requestOrigin } from '../apps/access.ts';
import { appDto } from '../apps/appDto.ts';
import { appDtoFor, canSeeApp } from '../apps/appAudience.ts';
import { handOverApp as handOverAppRow, registerApp as registerAppRow, updateApp } from '../apps/appStore.ts';
import type { DescriptiveFields } from '../apps/DescriptiveFields.ts';
import { checkUnits } from '../apps/checkUnits.ts';
import { settleRetirements } from '../apps/settleRetirements.ts';
import { CatalogStore } from '../catalog/CatalogStore.ts';
import { isUniqueViolation } from '../db/dialect.ts';
import { Errors } from '../errors.ts';
import { findUser } from '../users/userStore.ts';

const appsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { catalog, org } = app;

  app.get(
    listApps.url,
    { preHandler: app.requireUser, schema: listApps.schema },
    async (request) => {
      const snapshot = await settleRetirements(app.db, catalog, app.now());
      const origin = requestOrigin(request);
      const today = catalog.today();
      const user = request.user!;
      const items = [];
      for (const id of snapshot.order) {
        const found = snapshot.apps.get(id)!;
        if (canSeeApp(user, found)) items.push(appDtoFor(user, found, appDto(snapshot, org, found, origin, today)));
      }
      return { items };
    },
  );

  app.get(
    getApp.url,
    { preHandler: app.requireUser, schema: getApp.schema },
    async (request) => {
      const snapshot = await settleRetirements(app.db, catalog, app.now());
      const found = snapshot.apps.get(request.params.id);
      if (!found || !canSeeApp(request.user!, found)) throw new Errors.APP_NOT_FOUND(request.params.id);
      return appDtoFor(request.user!, found, appDto(snapshot, org, found, requestOrigin(request), catalog.today()));
    },
  );

  app.post(
    registerApp.url,
    { preHandler: app.requireRole('developer', 'admin'), schema: registerApp.schema },
    async (request, reply) => {
      const fields = request.body;
      const user = request.user!;
      await checkUnits(org, fields, '');
      try {
        await app.db.transaction().execute(async (trx) => {
          await registerAppRow(trx, user, fields, app.now());
          await CatalogStore.bump(trx);
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new Errors.APP_EXISTS(fields.id);
        throw error;
      }
      const snapshot = await catalog.snapshot();
      return reply.status(201).send(appDto(snapshot, org, snapshot.apps.get(fields.id)!, requestOrigin(request), catalog.today()));
    },
  );

  app.patch(
    patchApp.url,
    { preHandler: app.requireRole('developer', 'admin'), schema: patchApp.schema },
    async (request) => {
      const user = request.user!;
      const snapshot = await catalog.snapshot();
      const found = snapshot.apps.get(request.params.id);
      if (!found) throw new Errors.APP_NOT_FOUND(request.params.id);
      assertOwnerOrAdmin(user, found);
      const body = request.body;
      if (body.annualCost !== undefined && user.role !== 'admin') throw new Errors.FORBIDDEN('Only an admin may set annualCost');
      await checkUnits(org, body, '');

      const { row } = found;
      const merged: DescriptiveFields = {
        id: row.id,
        name: body.name ?? { 'zh-CN': row.name_zh, ...(row.name_en ? { en: row.name_en } : {}) },
        description:
          body.description === undefined
            ? row.description_zh
              ? { 'zh-CN': row.description_zh, ...(row.description_en ? { en: row.description_en } : {}) }
              : null
            : body.description,
        icon: body.icon === undefined ? row.icon : body.icon,
        category: body.category ?? row.category,
        keywords: body.keywords ?? found.keywords,
        scenario: body.scenario ?? row.scenario,
        owner: body.owner ?? { unit: row.owner_unit_id, contact: row.owner_contact },
        visibility:
          body.visibility === undefined
            ? { ...(found.visibility.units ? { units: found.visibility.units } : {}), ...(found.visibility.roles ? { roles: found.visibility.roles } : {}) }
            : body.visibility,
      };
      const changed = Object.keys(body).filter((k) => k !== 'reason');
      await updateApp(app.db, {
        actor: user,
        appId: row.id,
        currentVersion: row.current_version,
        fields: merged,
        annualCost: body.annualCost,
        annualCostBefore: row.annual_cost,
        changed,
        reason: body.reason ?? null,
        now: app.now(),
      });
      const fresh = await catalog.snapshot();
      return appDto(fresh, org, fresh.apps.get(row.id)!, requestOrigin(request), catalog.today());
    },
  );

  app.put(
    handOverApp.url,
    { preHandler: app.requireRole('admin'), schema: handOverApp.schema },
    async (request) => {
      const { id } = request.params;
      const found = (await catalog.snapshot()).apps.get(id);
      if (!found) throw new Errors.APP_NOT_FOUND(id);
      const to = await findUser(app.db, request.body.userId);
      assertMayMaintain(found, to);
      // Handing an app to the one who keeps it changes nothing, and says so by the app it answers.
      if (to.id !== found.row.owner_user_id) {
        const from = await findUser(app.db, found.row.owner_user_id).catch(() => null);
        await handOverAppRow(app.db, {
          actor: request.user!,
          appId: id,
          from: from && { id: from.id, username: from.username, name: from.name },
          to: { id: to.id, username: to.username, name: to.name },
          reason: request.body.reason,
          now: app.now(),
        });
      }
      const fresh = await catalog.snapshot();
      return appDto(fresh, org, fresh.apps.get(id)!, requestOrigin(request), catalog.today());
    },
  );
};

export default appsRoutes;
