import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { DataRecord } from '@toolbox/sdk';
import { createRecord, deleteRecord, getRecord, listRecords, replaceRecord } from '@toolbox/sdk/api';
import { isOwnerOrAdmin } from '../apps/access.ts';
import { effectiveStatus } from '../catalog/effectiveStatus.ts';
import { isVisibleTo } from '../catalog/visibility.ts';
import { CollectionValidators } from '../data/CollectionValidators.ts';
import { dataVersion, VERSION_HEADER } from '../data/dataVersion.ts';
import type { RecordsTable } from '../db/schema.ts';
import { Errors } from '../errors.ts';
import { describeErrors } from '../lib/createAjv.ts';
import { toFieldErrors } from '@toolbox/sdk/manifest';

type Params = { id: string; collection: string; docId?: string };

function toDataRecord(row: RecordsTable): DataRecord {
  return {
    id: row.id,
    data: JSON.parse(row.data) as Record<string, unknown>,
    unitId: row.unit_id,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * App-scoped records: `/api/apps/:id/data/:collection[/:docId]`. Open to whoever may open the app; records belong to
 * the unit of the user who created them and are seen only by that unit, except by the app's owner and admins.
 */
const dataRoutes: FastifyPluginAsync = async (app) => {
  const validators = new CollectionValidators(app.db);

  /** The checks every call shares; returns the scope (null: every unit) and the collection's validator. */
  async function access(request: FastifyRequest<{ Params: Params }>) {
    const user = request.user!;
    const { id, collection } = request.params;
    const snapshot = await app.catalog.snapshot();
    const found = snapshot.apps.get(id);
    if (!found) throw new Errors.APP_NOT_FOUND(id);
    if (effectiveStatus(found.row, app.catalog.today()) === 'retired') throw new Errors.APP_RETIRED(id);
    const privileged = isOwnerOrAdmin(user, found);
    if (!privileged && !isVisibleTo(found.visibility, user)) throw new Errors.FORBIDDEN(`App "${id}" is not open to you`);
    const version = dataVersion(found, user, request.headers[VERSION_HEADER]);
    const validate = version ? await validators.get(id, version, collection) : undefined;
    if (!validate) throw new Errors.COLLECTION_NOT_FOUND(id, collection);
    return { unit: privileged ? null : user.unit.id, validate };
  }

  function checkRecord(validate: Awaited<ReturnType<typeof access>>['validate'], body: unknown): Record<string, unknown> {
    if (!validate(body)) {
      // `details` in the SDK's FieldError shape: the desktop hands them to the plugin as the test double does.
      throw Object.assign(new Errors.RECORD_INVALID(describeErrors(validate.errors, 'body')), { details: toFieldErrors(validate.errors) });
    }
    return body as Record<string, unknown>;
  }

  async function findRecord(request: FastifyRequest<{ Params: Params }>, unit: string | null) {
    const { id, collection, docId = '' } = request.params;
    let query = app.db.selectFrom('records').selectAll().where('id', '=', docId).where('app_id', '=', id).where('collection', '=', collection);
    if (unit) query = query.where('unit_id', '=', unit);
    const row = await query.executeTakeFirst();
    if (!row) throw new Errors.RECORD_NOT_FOUND(docId, collection);
    return row;
  }

  const common = { preHandler: app.requireUser };

  // Schemas from the contract; generics rather than the type provider, as access() and findRecord() share one Params.
  app.get<{ Params: Params; Querystring: { limit?: number; offset?: number } }>(
    listRecords.url,
    { ...common, schema: listRecords.schema },
    async (request) => {
      const { unit } = await access(request);
      const { id, collection } = request.params;
      let base = app.db.selectFrom('records').where('app_id', '=', id).where('collection', '=', collection);
      if (unit) base = base.where('unit_id', '=', unit);
      const [rows, count] = await Promise.all([
        base.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(request.query.limit ?? 50).offset(request.query.offset ?? 0).execute(),
        base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toDataRecord), total: Number(count.n) };
    },
  );

  app.get<{ Params: Params }>(
    getRecord.url,
    { ...common, schema: getRecord.schema },
    async (request) => {
      const { unit } = await access(request);
      return toDataRecord(await findRecord(request, unit));
    },
  );

  app.post<{ Params: Params; Body: unknown }>(
    createRecord.url,
    { ...common, schema: createRecord.schema },
    async (request, reply) => {
      const { validate } = await access(request);
      const data = checkRecord(validate, request.body);
      const user = request.user!;
      const at = app.now().toISOString();
      const row: RecordsTable = {
        id: randomUUID(),
        app_id: request.params.id,
        collection: request.params.collection,
        unit_id: user.unit.id,
        created_by: user.id,
        data: JSON.stringify(data),
        created_at: at,
        updated_at: at,
      };
      await app.db.insertInto('records').values(row).execute();
      return reply.status(201).send(toDataRecord(row));
    },
  );

  app.put<{ Params: Params; Body: unknown }>(
    replaceRecord.url,
    { ...common, schema: replaceRecord.schema },
    async (request) => {
      const { unit, validate } = await access(request);
      const data = checkRecord(validate, request.body);
      const row = await findRecord(request, unit);
      const updated = { ...row, data: JSON.stringify(data), updated_at: app.now().toISOString() };
      await app.db.updateTable('records').set({ data: updated.data, updated_at: updated.updated_at }).where('id', '=', row.id).execute();
      return toDataRecord(updated);
    },
  );

  app.delete<{ Params: Params }>(
    deleteRecord.url,
    { ...common, schema: deleteRecord.schema },
    async (request, reply) => {
      const { unit } = await access(request);
      const row = await findRecord(request, unit);
      await app.db.deleteFrom('records').where('id', '=', row.id).execute();
      return reply.status(204).send();
    },
  );
};

export default dataRoutes;
