import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { createRecord, deleteRecord, exportRecords, getRecord, getRecordHistory, getImportProgress, getRecordStats, IMPORT_LIMITS, type ImportReport, importRecords, listDeletedRecords, listRecords, purgeRecord, type RecordChanged, replaceRecord, restoreRecord, type RouteQuery } from '@toolbox/sdk/api';
import type { CollectionSchema } from '@toolbox/sdk';
import { parseRecordQuery, type RecordQueryWire } from '@toolbox/sdk/data';
import { isOwnerOrAdmin } from '../apps/access.ts';
import { bindImportPhotos, removeImportPhotos, storeImportPhotos } from '../attachments/importPhotos.ts';
import { purgeDeletedRecord, purgeDeletedRecords, writeWithPhotos } from '../attachments/recordPhotos.ts';
import { effectiveStatus } from '../catalog/effectiveStatus.ts';
import { isVisibleTo } from '../catalog/visibility.ts';
import { CollectionValidators } from '../data/CollectionValidators.ts';
import { dataVersion, VERSION_HEADER } from '../data/dataVersion.ts';
import { exportFile } from '../data/exportFile.ts';
import { queryRecordRows, withNameSort } from '../data/queryRecordRows.ts';
import { createDatabaseImportProgressBoard, createImportProgressBoard, type ImportTracker } from '../data/importProgress.ts';
import { importRepeats } from '../data/importRepeats.ts';
import { parseChoices, planImport } from '../data/planImport.ts';
import { IMPORT_READING, readImportRows } from '../data/readImportRows.ts';
import { recordStats } from '../data/recordStats.ts';
import { type HistoryNote, lastChange, readHistory } from '../data/recordHistory.ts';
import { findDeletedRow, listDeletedRows } from '../data/recordBin.ts';
import { deleteRecordRow, findRecordRow, insertRecord, listRecordRows, replaceRecordData, restoreRecordRow, toDataRecord, writeImport } from '../data/recordStore.ts';
import { Errors } from '../errors.ts';
import { applyFormFlow, checkFormValues } from '../forms/checkFormRecordWrite.ts';
import { describeErrors } from '../lib/createAjv.ts';
import { receiveFileInMemory } from '../lib/receiveFileInMemory.ts';
import { readSheetFile } from '../sheets/readSheetFile.ts';
import { sheetText } from '../sheets/sheetText.ts';
import { toFieldErrors } from '@toolbox/sdk/manifest';
import { type FormDefinition, fieldByKey, statusField } from '@toolbox/sdk/forms';

type Params = { id: string; collection: string; docId?: string };

/** A record's revision as its ETag (`"3"`): what a write names in If-Match. */
const etagOf = (revision: number) => `"${revision}"`;

/**
 * App-scoped records: `/api/apps/:id/data/:collection[/:docId]`. Open to whoever may open the app; records belong to
 * the unit of the user who created them and are seen only by that unit, except by the app's owner and admins.
 */
const dataRoutes: FastifyPluginAsync = async (app) => {
  const validators = new CollectionValidators(app.db);
  // Several PostgreSQL instances share one board; SQLite is one process.
  const imports = app.engine === 'postgres' ? createDatabaseImportProgressBoard(app.db, () => app.now()) : createImportProgressBoard();

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
    // A form app's records also follow its definition (flow, check digits): the definition of the version in use.
    const form = found.byVersion.get(version!)?.kind === 'form' ? await app.formDefinitions.get(id, version!) : undefined;
    return { unit: privileged ? null : user.unit.id, validate, form };
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
    const row = await findRecordRow(app.db, { appId: id, collection, unit }, docId);
    if (!row) throw new Errors.RECORD_NOT_FOUND(docId, collection);
    return row;
  }

  /** A deleted record of the scope that can still be restored or erased; 404 otherwise, as for a record. */
  async function findDeleted(request: FastifyRequest<{ Params: Params }>, unit: string | null) {
    const { id, collection, docId = '' } = request.params;
    const deleted = await findDeletedRow(app.db, { appId: id, collection, unit }, docId, app.now());
    if (!deleted) throw new Errors.RECORD_NOT_FOUND(docId, collection);
    return deleted;
  }

  /** The fields a query may name: the collection's declared properties (a form's fields), or any if it declares none. */
  function fieldsOf(validate: Awaited<ReturnType<typeof access>>['validate']): { has(field: string): boolean } {
    const properties = (validate.schema as { properties?: Record<string, unknown> }).properties;
    return properties ? new Set(Object.keys(properties)) : { has: () => true };
  }

  /** The list's filters, sort and search, checked against the collection's fields. */
  function parseQuery(validate: Awaited<ReturnType<typeof access>>['validate'], wire: RecordQueryWire) {
    const parsed = parseRecordQuery(wire, fieldsOf(validate));
    if (!parsed.ok) {
      const Refusal = parsed.problem.code === 'TOOLBOX_QUERY_FIELD_UNKNOWN' ? Errors.QUERY_FIELD_UNKNOWN : Errors.QUERY_INVALID;
      throw new Refusal(parsed.problem.message);
    }
    return parsed.query;
  }

  /** What a write notes in the record's history: the caller, and a form app's state field. */
  function noteOf(request: FastifyRequest, form: FormDefinition | undefined): HistoryNote {
    const user = request.user!;
    return { actor: { id: user.id, name: user.name }, ...(form ? { stateKey: statusField(form)?.key } : {}) };
  }

  const common = { preHandler: app.requireUser };

  // Schemas from the contract; generics rather than the type provider, as access() and findRecord() share one Params.
  app.get<{ Params: Params; Querystring: { limit?: number; offset?: number } & RecordQueryWire }>(
    listRecords.url,
    { ...common, schema: listRecords.schema },
    async (request) => {
      const { unit, validate, form } = await access(request);
      const { id, collection } = request.params;
      const { limit = 50, offset = 0, ...wire } = request.query;
      const query = parseQuery(validate, wire);
      const scope = { appId: id, collection, unit };
      // Without filters, a sort or a search: the plain newest-first page, as before record_values.
      if (!query.filters && !query.sort && !query.search) return listRecordRows(app.db, scope, { limit, offset });
      return queryRecordRows(app.db, scope, { ...withNameSort(query, form), limit, offset });
    },
  );

  app.get<{ Params: Params; Querystring: RouteQuery<typeof getRecordStats> }>(
    getRecordStats.url,
    { ...common, schema: getRecordStats.schema },
    async (request) => {
      const { unit, validate } = await access(request);
      const { id, collection } = request.params;
      const { field, monthBy } = request.query;
      // Fields of the collection (a collection's schema, or a form's fields), each refusal naming its own parameter.
      const fields = fieldsOf(validate);
      for (const [param, name] of [['field', field], ['monthBy', monthBy]] as const) {
        if (name !== undefined && !fields.has(name)) throw new Errors.QUERY_FIELD_UNKNOWN(`${param}: the collection has no field "${name}"`);
      }
      return recordStats(app.db, { appId: id, collection, unit }, field, monthBy);
    },
  );

  app.get<{ Params: Params; Querystring: RouteQuery<typeof exportRecords> & RecordQueryWire }>(
    exportRecords.url,
    { ...common, schema: exportRecords.schema },
    async (request, reply) => {
      const { unit, validate, form } = await access(request);
      const { id, collection } = request.params;
      const { format = 'xlsx', lang = 'zh-CN', check, ...wire } = request.query;
      const scope = { appId: id, collection, unit };
      const file = await exportFile(app, { scope, query: parseQuery(validate, wire), schema: validate.schema as CollectionSchema, form, format, lang, check: check === '1' });
      if (!file) return reply.code(204).send();
      return reply
        .type(file.type)
        .header('content-disposition', `attachment; filename="export.${format}"; filename*=UTF-8''${encodeURIComponent(file.name)}`)
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  );

  app.post<{ Params: Params; Querystring: RouteQuery<typeof importRecords> }>(
    importRecords.url,
    // Generics rather than the type provider: a refused import answers its own error body (with `report`).
    { ...common, schema: importRecords.schema },
    async (request, reply) => {
      const scope = await access(request);
      const { id, collection } = request.params;
      const { form } = scope;
      if (!form) throw new Errors.IMPORT_UNSUPPORTED(id);
      const { progress } = request.query;
      const tracker = progress ? await imports.start({ userId: request.user!.id, appId: id, collection }, progress) : undefined;
      try {
        return await importFile(request, reply, { ...scope, form }, tracker);
      } finally {
        await tracker?.end();
      }
    },
  );

  /** The import itself: reads and checks the file, then (not on a dry run) stores its photos and writes its rows. */
  async function importFile(
    request: FastifyRequest<{ Params: Params; Querystring: RouteQuery<typeof importRecords> }>,
    reply: FastifyReply,
    { unit, validate, form }: Awaited<ReturnType<typeof access>> & { form: FormDefinition },
    tracker: ImportTracker | undefined,
  ) {
    const { id, collection } = request.params;
    const user = request.user!;
    const lang = request.query.lang ?? 'zh-CN';
    const { bytes } = await receiveFileInMemory(request, IMPORT_LIMITS.maxBytes, {
      missing: () => new Errors.IMPORT_FILE_MISSING(),
      tooLarge: () => new Errors.IMPORT_TOO_LARGE(sheetText(lang).tooLargeBytes(IMPORT_LIMITS.maxBytes)),
    });
    const table = await readSheetFile(bytes, IMPORT_READING, lang, app.limits);
    const now = app.now();
    const read = readImportRows(form, table, validate, lang, { user, unit: user.unit, role: user.role }, now);
    // Only a file that fits is looked up and planned: a refused one is fixed and chosen again anyway.
    const mode = request.query.repeats ?? 'add';
    const choices = parseChoices(request.query.choices);
    const repeats = read.problems.length === 0 ? await importRepeats(app.db, { appId: id, collection, unit }, form, read, lang) : { warnings: [], key: null };
    const plan = read.problems.length === 0
      ? await planImport(app.db, form, read, repeats, mode, choices, validate, lang)
      : { inserts: [], updates: [], repeatRows: 0, skipped: 0, problems: [] };
    const problems = [...read.problems, ...plan.problems];
    const { warnings } = repeats;
    // The pictures of the rows it adds: an updated record keeps its photos, a row left out takes none.
    const added = new Set(plan.inserts.map((r) => r.line));
    const photos = read.photos.filter((p) => added.has(p.line));
    const report = (dryRun: boolean): ImportReport => ({
      dryRun,
      format: table.format,
      encoding: table.encoding ?? null,
      rows: table.rows.length,
      imported: dryRun || problems.length > 0 ? 0 : plan.inserts.length,
      photos: problems.length > 0 ? 0 : photos.length,
      photosIgnored: read.photosIgnored,
      columns: read.columns,
      defaulted: read.defaulted,
      problemCount: problems.length,
      problems: problems.slice(0, IMPORT_LIMITS.problems),
      warningCount: warnings.length,
      // Each with what becomes of its row, so that a clerk sees the choice the import made, not one it dropped.
      warnings: warnings.slice(0, IMPORT_LIMITS.problems).map((w) => ({ ...w, choice: choices.get(w.line) ?? mode })),
      repeatRows: plan.repeatRows,
      skipped: plan.skipped,
      updated: problems.length > 0 ? 0 : plan.updates.length,
    });
    const refuse = () => {
      const first = problems[0]!;
      const error = new Errors.IMPORT_INVALID(`${problems.length} problem(s), the first on line ${first.line}${first.column ? ` (${first.column})` : ''}: ${first.message}`);
      return reply.status(400).send({ statusCode: 400, code: error.code, error: 'Bad Request', message: error.message, report: report(false) });
    };
    if (request.query.dryRun === '1') return report(true);
    if (problems.length > 0) return refuse();
    // The photos first, as an upload is stored: one that does not decode refuses the import, and nothing is kept.
    const owner = { appId: id, unitId: user.unit.id, userId: user.id };
    tracker?.set('photos', photos.length, 0);
    const { refused } = await storeImportPhotos(app, owner, photos, (done) => tracker?.set('photos', photos.length, done));
    if (refused.length > 0) {
      const headerOf = new Map(read.columns.flatMap((c) => (c.field && c.ignored === null ? [[c.field, c.header] as const] : [])));
      for (const { line, field } of refused) {
        const label = fieldByKey(form, field)?.label;
        const message = lang === 'en' ? `A picture in "${label?.en ?? label?.['zh-CN'] ?? field}" is not a photo that can be read (damaged, or too many pixels)` : `“${label?.['zh-CN'] ?? field}”里有一张图片读不出来（文件损坏，或像素太多）`;
        problems.push({ line, column: headerOf.get(field) ?? null, field, message });
      }
      return refuse();
    }
    // Every row or none: a clerk who fixes the file and imports again never finds half of it already in.
    // A millisecond apart, the last row newest: the list (newest first) shows the file's rows in a stable order.
    const last = plan.inserts.length - 1;
    const inserts = plan.inserts.map(({ data, line }, i) => ({ id: randomUUID(), line, appId: id, collection, unitId: user.unit.id, userId: user.id, data, now: new Date(now.getTime() - (last - i)) }));
    tracker?.set('writing', photos.length, photos.length);
    try {
      await writeImport(app.db, inserts, plan.updates, now, noteOf(request, form), (trx) => bindImportPhotos(trx, owner, inserts, photos));
    } catch (error) {
      await removeImportPhotos(app, photos.map((p) => p.id));
      throw error;
    }
    request.log.info({ appId: id, added: inserts.length, photos: photos.length, updated: plan.updates.length, skipped: plan.skipped }, 'records imported');
    return report(false);
  }

  app.get<{ Params: Params & { token: string } }>(
    getImportProgress.url,
    { ...common, schema: getImportProgress.schema },
    async (request) => {
      // The same checks as the import's own: a caller who may no longer use the app learns nothing of it.
      await access(request);
      const { id, collection, token } = request.params;
      const progress = await imports.read({ userId: request.user!.id, appId: id, collection }, token);
      if (!progress) throw new Errors.IMPORT_NOT_RUNNING(token);
      return progress;
    },
  );

  app.get<{ Params: Params }>(
    getRecord.url,
    { ...common, schema: getRecord.schema },
    async (request, reply) => {
      const { unit } = await access(request);
      const record = toDataRecord(await findRecord(request, unit));
      return reply.header('etag', etagOf(record.revision)).send(record);
    },
  );

  app.get<{ Params: Params }>(
    getRecordHistory.url,
    { ...common, schema: getRecordHistory.schema },
    async (request) => {
      const { unit } = await access(request);
      return readHistory(app.db, await findRecord(request, unit));
    },
  );

  app.post<{ Params: Params; Body: unknown }>(
    createRecord.url,
    { ...common, schema: createRecord.schema },
    async (request, reply) => {
      const { validate, form } = await access(request);
      const user = request.user!;
      const data = checkRecord(validate, form ? applyFormFlow(form, request.body, undefined, user.role) : request.body);
      if (form) checkFormValues(form, data);
      const { id, collection } = request.params;
      // A form's photos become the record's in the record's transaction (attachments/recordPhotos.ts).
      const record = await writeWithPhotos(app, { appId: id, userId: user.id, form, data }, (db) =>
        insertRecord(db, { appId: id, collection, unitId: user.unit.id, userId: user.id, data, now: app.now() }, noteOf(request, form)),
      );
      return reply.status(201).send(record);
    },
  );

  /**
   * 412 TOOLBOX_RECORD_CHANGED, answered with the record as it is now and its last change, so the client can say who
   * changed it and offer to write again on the new revision. Also when a write between this request's read and its
   * own took the revision first (replaceRecordData's guard).
   */
  async function answerChanged(request: FastifyRequest<{ Params: Params }>, reply: FastifyReply, unit: string | null, expected: number) {
    const row = await findRecord(request, unit);
    const error = new Errors.RECORD_CHANGED(row.id, row.collection, expected);
    const body: RecordChanged = { statusCode: 412, code: error.code, error: 'Precondition Failed', message: error.message, current: toDataRecord(row), lastChange: await lastChange(app.db, row) };
    return reply.status(412).send(body);
  }

  /** The revision a write names in If-Match (`"3"`, `W/"3"` or `3`, as the contract's pattern allows), if it names one. */
  const ifMatchOf = (request: FastifyRequest<{ Headers: { 'if-match'?: string } }>) => {
    const header = request.headers['if-match'];
    return header === undefined ? undefined : Number(header.replace(/^W\//, '').replaceAll('"', ''));
  };

  type RevisionRequest = FastifyRequest<{ Params: Params; Headers: { 'if-match'?: string } }>;
  type StoredRow = Awaited<ReturnType<typeof findRecord>>;

  /**
   * One write to one record, on the revision its If-Match names. The revision is compared before the body is checked,
   * so a step from a stale page is told that the record moved on, not that the step is not allowed; a record the caller
   * cannot see is still 404 (findRecord). A write without If-Match is refused the same way when another write takes the
   * record between this request's read and its own (the guard in replaceRecordData and deleteRecordRow): its flow and
   * checks ran on what it read.
   */
  async function writeOnRevision<T>(request: RevisionRequest, reply: FastifyReply, unit: string | null, write: (row: StoredRow) => Promise<T>, answer: (result: T) => unknown) {
    const expected = ifMatchOf(request);
    const row = await findRecord(request, unit);
    if (expected !== undefined && row.revision !== expected) return answerChanged(request, reply, unit, expected);
    let result: T;
    try {
      result = await write(row);
    } catch (error) {
      if ((error as { code?: string }).code === 'TOOLBOX_RECORD_CHANGED') return answerChanged(request, reply, unit, expected ?? row.revision);
      throw error;
    }
    return answer(result);
  }

  app.put<{ Params: Params; Body: unknown; Headers: { 'if-match'?: string } }>(
    replaceRecord.url,
    // Generics rather than the type provider: a refused write answers its own error body (with `current`).
    { ...common, schema: replaceRecord.schema },
    async (request, reply) => {
      const { unit, validate, form } = await access(request);
      const write = (row: StoredRow) => {
        if (!form) return replaceRecordData(app.db, row, checkRecord(validate, request.body), app.now(), noteOf(request, form));
        // A form's flow moves from the stored status, so the record is read before the body is checked.
        const data = checkRecord(validate, applyFormFlow(form, request.body, toDataRecord(row).data, request.user!.role));
        checkFormValues(form, data);
        return writeWithPhotos(app, { appId: request.params.id, userId: request.user!.id, form, data }, (db) => replaceRecordData(db, row, data, app.now(), noteOf(request, form)));
      };
      return writeOnRevision(request, reply, unit, write, (record) => reply.header('etag', etagOf(record.revision)).send(record));
    },
  );

  app.delete<{ Params: Params; Headers: { 'if-match'?: string } }>(
    deleteRecord.url,
    { ...common, schema: deleteRecord.schema },
    async (request, reply) => {
      const { unit, form } = await access(request);
      // Into the bin, photos and all, to be restored within DELETED_RECORD_DAYS; those deleted longer ago go for good.
      const write = (row: StoredRow) => deleteRecordRow(app.db, row, app.now(), noteOf(request, form));
      return writeOnRevision(request, reply, unit, write, async () => {
        await purgeDeletedRecords(app, app.now());
        return reply.status(204).send();
      });
    },
  );

  app.get<{ Params: Params; Querystring: { limit?: number; offset?: number } }>(
    listDeletedRecords.url,
    { ...common, schema: listDeletedRecords.schema },
    async (request) => {
      const { unit } = await access(request);
      const { id, collection } = request.params;
      const { limit = 50, offset = 0 } = request.query;
      await purgeDeletedRecords(app, app.now());
      return listDeletedRows(app.db, { appId: id, collection, unit }, app.now(), { limit, offset });
    },
  );

  app.delete<{ Params: Params }>(
    purgeRecord.url,
    { ...common, schema: purgeRecord.schema },
    async (request, reply) => {
      const { unit, form } = await access(request);
      const deleted = await findDeleted(request, unit);
      await purgeDeletedRecord(app, deleted, app.now(), noteOf(request, form));
      request.log.info({ appId: deleted.app_id, collection: deleted.collection, recordId: deleted.id }, 'deleted record erased');
      return reply.status(204).send();
    },
  );

  app.post<{ Params: Params }>(
    restoreRecord.url,
    { ...common, schema: restoreRecord.schema },
    async (request) => {
      const { unit, form } = await access(request);
      const deleted = await findDeleted(request, unit);
      const record = await restoreRecordRow(app.db, deleted, app.now(), noteOf(request, form));
      request.log.info({ appId: deleted.app_id, collection: deleted.collection, recordId: deleted.id }, 'record restored');
      return record;
    },
  );
};

export default dataRoutes;
