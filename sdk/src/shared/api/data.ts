/* App-scoped records: `/api/apps/:id/data/:collection[/:docId]`. */
import { type Static, Type } from '@sinclair/typebox';
import { AppIdSchema, NoContentSchema } from './common.ts';
import { routesOf } from './routesOf.ts';

const dataRoute = routesOf('data');

export const CollectionParamsSchema = Type.Object({ id: AppIdSchema, collection: Type.String({ pattern: '^[a-z][a-z0-9_-]{0,63}$' }) });
export const RecordParamsSchema = Type.Object({
  id: AppIdSchema,
  collection: Type.String({ pattern: '^[a-z][a-z0-9_-]{0,63}$' }),
  docId: Type.String({ minLength: 1, maxLength: 64 }),
});

/** Any JSON object: each collection's own JSON Schema (in the app's manifest) is checked by the server. */
const RecordDataSchema = Type.Record(Type.String(), Type.Unknown());

export const RecordBodySchema = Type.Object(
  {},
  {
    additionalProperties: true,
    description: "The record; checked against the JSON Schema of the collection in the current manifest (for the app's owner, in the version named by X-Toolbox-Version)",
  },
);

/** One record (the `DataRecord` type of `@toolbox/sdk`). */
export const DataRecordSchema = Type.Object(
  { id: Type.String(), data: RecordDataSchema, unitId: Type.String(), createdBy: Type.String(), createdAt: Type.String(), updatedAt: Type.String() },
  { title: 'DataRecord' },
);

export const listRecords = dataRoute('GET', '/api/apps/:id/data/:collection',
  "Records of a collection visible to the caller (their unit's; all for the owner and admins), newest first",
  { params: CollectionParamsSchema, querystring: Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })), offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })) }) },
  { 200: Type.Object({ items: Type.Array(DataRecordSchema), total: Type.Integer() }) },
);

export const getRecord = dataRoute('GET', '/api/apps/:id/data/:collection/:docId', 'One record', { params: RecordParamsSchema }, { 200: DataRecordSchema });

export const createRecord = dataRoute('POST', '/api/apps/:id/data/:collection', "Creates a record in the caller's unit", { params: CollectionParamsSchema, body: RecordBodySchema }, { 201: DataRecordSchema });

export const replaceRecord = dataRoute('PUT', '/api/apps/:id/data/:collection/:docId',
  'Replaces a record (it keeps its unit and creator)',
  { params: RecordParamsSchema, body: RecordBodySchema },
  { 200: DataRecordSchema },
);

export const deleteRecord = dataRoute('DELETE', '/api/apps/:id/data/:collection/:docId', 'Deletes a record', { params: RecordParamsSchema }, { 204: NoContentSchema });

export type DataRecordDto = Static<typeof DataRecordSchema>;
