import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getApp, listApps, patchApp, registerApp } from '@toolbox/sdk/api';
import { writeAudit } from '../audit/writeAudit.ts';
import { assertOwnerOrAdmin, requestOrigin } from '../apps/access.ts';
import { appDto } from '../apps/appDto.ts';
import { appDtoFor, canSeeApp } from '../apps/appAudience.ts';
import { appColumns, type DescriptiveFields } from '../apps/DescriptiveFields.ts';
import { saveVersionFields } from '../apps/versionFields.ts';
import { checkUnits } from '../apps/checkUnits.ts';
import { settleRetirements } from '../apps/settleRetirements.ts';
import { CatalogStore } from '../catalog/CatalogStore.ts';
import { isUniqueViolation } from '../db/dialect.ts';
import { Errors } from '../errors.ts';

const appsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { catalog, org } = app;

  app.get(
    listApps.url,
    { preHandler: app.requireUser, schema: listApps.schema },
    async (request) => {
      await settleRetirements(app.db, catalog, app.now());
      const snapshot = await catalog.snapshot();
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
      await settleRetirements(app.db, catalog, app.now());
      const snapshot = await catalog.snapshot();
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
      const now = app.now().toISOString();
      try {
        await app.db.transaction().execute(async (trx) => {
          await trx
            .insertInto('apps')
            .values({
              id: fields.id,
              ...appColumns(fields),
              owner_user_id: user.id,
              status: 'active',
              current_version: null,
              retire_on: null,
              deprecation_reason: null,
              replacement_id: null,
              retired_reason: null,
              retired_at: null,
              annual_cost: null,
              created_at: now,
              updated_at: now,
            })
            .execute();
          await writeAudit(trx, { actor: user, action: 'app.register', app: fields.id, toStatus: 'active', at: app.now() });
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
      await app.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('apps')
          .set({
            ...appColumns(merged),
            ...(body.annualCost !== undefined ? { annual_cost: body.annualCost } : {}),
            updated_at: app.now().toISOString(),
          })
          .where('id', '=', row.id)
          .execute();
        if (row.current_version) await saveVersionFields(trx, row.id, row.current_version, merged);
        await writeAudit(trx, {
          actor: user,
          action: 'app.update',
          app: row.id,
          reason: body.reason ?? null,
          details: { fields: changed, ...(body.annualCost !== undefined ? { annualCost: body.annualCost, before: row.annual_cost } : {}) },
          at: app.now(),
        });
        await CatalogStore.bump(trx);
      });
      const fresh = await catalog.snapshot();
      return appDto(fresh, org, fresh.apps.get(row.id)!, requestOrigin(request), catalog.today());
    },
  );
};

export default appsRoutes;
