/* App-scoped records: `/api/apps/:id/data/:collection[/:docId]`. */
import { type Static, Type } from '@sinclair/typebox';
import { AppIdSchema, NoContentSchema } from './common.ts';
import { ErrorResponses } from './errors.ts';
import { defineRoute } from './route.ts';

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

export const listRecords = defineRoute('GET', '/api/apps/:id/data/:collection', {
  tags: ['data'],
  summary: "Records of a collection visible to the caller (their unit's; all for the owner and admins), newest first",
  params: CollectionParamsSchema,
  querystring: Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })), offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })) }),
  response: { 200: Type.Object({ items: Type.Array(DataRecordSchema), total: Type.Integer() }), ...ErrorResponses },
});

export const getRecord = defineRoute('GET', '/api/apps/:id/data/:collection/:docId', {
  tags: ['data'],
  summary: 'One record',
  params: RecordParamsSchema,
  response: { 200: DataRecordSchema, ...ErrorResponses },
});

export const createRecord = defineRoute('POST', '/api/apps/:id/data/:collection', {
  tags: ['data'],
  summary: "Creates a record in the caller's unit",
  params: CollectionParamsSchema,
  body: RecordBodySchema,
  response: { 201: DataRecordSchema, ...ErrorResponses },
});

export const replaceRecord = defineRoute('PUT', '/api/apps/:id/data/:collection/:docId', {
  tags: ['data'],
  summary: 'Replaces a record (it keeps its unit and creator)',
  params: RecordParamsSchema,
  body: RecordBodySchema,
  response: { 200: DataRecordSchema, ...ErrorResponses },
});

export const deleteRecord = defineRoute('DELETE', '/api/apps/:id/data/:collection/:docId', {
  tags: ['data'],
  summary: 'Deletes a record',
  params: RecordParamsSchema,
  response: { 204: NoContentSchema, ...ErrorResponses },
});

export type DataRecordDto = Static<typeof DataRecordSchema>;
