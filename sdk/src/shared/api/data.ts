/* App-scoped records: `/api/apps/:id/data/:collection[/:docId]`. */
import { type Static, Type } from '@sinclair/typebox';
import { AppIdSchema, LangQuerySchema, NoContentSchema, StringEnum } from './common.ts';
import { OffsetQuerySchema } from './pageQuery.ts';
import { ErrorBodySchema } from './errorBody.ts';
import type { RouteReply } from './route.ts';
import { routesOf } from './routesOf.ts';
import { RECORD_QUERY_LIMITS } from '../data/recordQuery.ts';

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
  {
    id: Type.String(),
    data: RecordDataSchema,
    unitId: Type.String(),
    createdBy: Type.String(),
    createdAt: Type.String(),
    updatedAt: Type.String(),
    revision: Type.Integer({ minimum: 1, description: '1 when made, one more at every write: what a write names in If-Match so that it does not overwrite a change it has not seen' }),
  },
  { title: 'DataRecord' },
);

/**
 * Filters, a sort and a search over a collection's indexed values (`record_values`), shared by the list, its export.
 * Each field must be a property of the collection's schema; see docs/registry-server.md "Records: filters".
 */
const RecordQuerySchema = {
  filter: Type.Optional(
    Type.Array(Type.String({ maxLength: 300 }), {
      maxItems: 20,
      description: '`field:op:value`, repeatable (all must hold); op is eq (any element of a list), gt, gte, lt or lte. A number or an ISO date-time compares as one',
    }),
  ),
  sort: Type.Optional(Type.String({ maxLength: 65, description: 'A field to sort by (`-field`: descending); empty values last. Default: newest first' })),
  search: Type.Optional(Type.String({ maxLength: 100, description: 'Text to find (A–Z case-insensitive) in the fields named by searchIn' })),
  searchIn: Type.Optional(Type.String({ maxLength: 1400, description: 'Comma-separated fields the search looks in' })),
};

export const listRecords = dataRoute('GET', '/api/apps/:id/data/:collection',
  "Records of a collection visible to the caller (their unit's; all for the owner and admins), newest first unless sorted; filtered and searched when asked. `total` counts every match",
  {
    params: CollectionParamsSchema,
    querystring: Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })), offset: OffsetQuerySchema, ...RecordQuerySchema }),
  },
  { 200: Type.Object({ items: Type.Array(DataRecordSchema), total: Type.Integer() }) },
);

/** Counts of a collection's records in the caller's scope: in all, by the values of one field, by month. */
export const RecordStatsSchema = Type.Object(
  {
    total: Type.Integer(),
    byValue: Type.Array(Type.Object({ value: Type.String(), count: Type.Integer() }), { description: 'Per value of `field` (each element of a list counts), most first' }),
    byMonth: Type.Array(Type.Object({ month: Type.String({ description: 'YYYY-MM in Asia/Shanghai' }), count: Type.Integer() }), {
      description: 'Records per month, oldest first: by month of creation, or with `monthBy` by the month of that date field (records without a date there are not counted)',
    }),
    monthBy: Type.Optional(Type.String({ description: 'The date field `byMonth` counts by, when one was asked for; absent: by month of creation (so a client can tell, whatever its host)' })),
  },
  { title: 'RecordStats' },
);

export const getRecordStats = dataRoute('GET', '/api/apps/:id/data/:collection/stats',
  "How many records the caller sees: in all, by the values of `field` (a form's status) and by month of creation (Asia/Shanghai), or of the date field `monthBy` (a form's 登记日期: an imported ledger's records were registered before they were created)",
  {
    params: CollectionParamsSchema,
    querystring: Type.Object({ field: Type.Optional(Type.String({ maxLength: 64 })), monthBy: Type.Optional(Type.String({ maxLength: 64 })) }),
  },
  { 200: RecordStatsSchema },
);

/** Rows an export holds at most; more matches are refused (TOOLBOX_EXPORT_TOO_LARGE) so the caller narrows the filters. */
export const EXPORT_ROW_LIMIT = RECORD_QUERY_LIMITS.exportRows;

/**
 * What an export writes: an Excel workbook, CSV, or a ZIP of the workbook and every photo of the exported records
 * (each photo field's column then names its files).
 */
export const EXPORT_FORMATS = ['xlsx', 'csv', 'zip'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Bytes of photos an export with photos (`format=zip`) carries at most; more are refused (TOOLBOX_EXPORT_PHOTOS_TOO_LARGE). */
export const EXPORT_PHOTO_BYTES = RECORD_QUERY_LIMITS.exportPhotoBytes;

export const exportRecords = dataRoute('GET', '/api/apps/:id/data/:collection/export',
  `The records the list's filters and search select, as .xlsx, CSV (UTF-8 with BOM) or a ZIP of the .xlsx and the records' photos: one column per field headed by its label in \`lang\`, choices and states by their names, dates and times in Asia/Shanghai, photos as their count (in the ZIP, their file names). At most ${EXPORT_ROW_LIMIT} rows and ${EXPORT_PHOTO_BYTES / 1024 / 1024} MiB of photos`,
  {
    params: CollectionParamsSchema,
    querystring: Type.Object({
      format: Type.Optional(StringEnum(EXPORT_FORMATS, { default: 'xlsx' })),
      lang: LangQuerySchema,
      check: Type.Optional(StringEnum(['1'] as const, { description: '1: only check that the export would be sent (204), and send nothing; a refusal is the same as without it' })),
      ...RecordQuerySchema,
    }),
    produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/zip'],
  },
  {
    200: Type.Unsafe<string>({ type: 'string', format: 'binary', description: 'CSV (UTF-8 with BOM), .xlsx, or a ZIP of the .xlsx and a folder of photos' }),
    204: NoContentSchema,
  },
);

/**
 * What a record import reads at most: the file's bytes (room for an .xlsx with photos in it), its rows, an .xlsx's
 * unpacked size (a zip may be a bomb), and the photos it takes from an .xlsx.
 */
export const IMPORT_LIMITS = { maxBytes: 40 * 1024 * 1024, maxRows: 5_000, maxUnpackedBytes: 80 * 1024 * 1024, maxColumns: 60, maxPhotos: 500, problems: 200 } as const;

/**
 * How an import reads one column of the file: the field it fills (its header is the field's label), or why not.
 * `photo`: a photo field's column in a CSV, which cannot hold photos (an .xlsx's photos, placed in that column's cells, are read); `status`: new records start in the flow's first state (registries before the 状态 column was read); `stamp`: the unit and times
 * an export adds; `duplicate`: a second column for a field already read; `unknown`: no field has that label.
 */
export const ImportColumnSchema = Type.Object({
  header: Type.String(),
  field: Type.Union([Type.String(), Type.Null()]),
  ignored: Type.Union([StringEnum(['photo', 'status', 'stamp', 'duplicate', 'unknown'] as const), Type.Null()]),
});

/**
 * What an import does with a row that may be in the ledger already: `add` it as a new record, `skip` it, or `update`
 * the record with its `matchBy` value (else its 身份证号): its columns replace that record's values; the rest, its
 * status and photos stay.
 */
const IMPORT_REPEAT_MODES = ['add', 'skip', 'update'] as const;

/** How many rows of one file an import takes a choice for, one by one (`choices`): as many as a report lists warnings. */
export const IMPORT_CHOICES_MAX = IMPORT_LIMITS.problems;
/** The token an import's `progress` parameter takes, and `getImportProgress` asks with. */
export const IMPORT_PROGRESS_TOKEN_PATTERN = '^[A-Za-z0-9_-]{16,64}$';

/** One reason the file cannot be imported: the line as Excel numbers it (1: the header), the column, and what is wrong. */
export const ImportProblemSchema = Type.Object({
  line: Type.Integer(),
  column: Type.Union([Type.String(), Type.Null()], { description: 'The header of the column, null for a problem of the whole row or file' }),
  field: Type.Union([Type.String(), Type.Null()]),
  message: Type.String({ description: 'In the language asked for (`lang`), naming the field by its label' }),
  name: Type.Optional(
    Type.String({ description: "Warnings only: the row's value of the list's first column (户主姓名, 物资名称), what names its record to a person" }),
  ),
  choice: Type.Optional(
    StringEnum(IMPORT_REPEAT_MODES, {
      description: "Warnings only: what the import does with the row, the row's own choice (`choices`) or else `repeats`",
    }),
  ),
});

/** What `POST …/import` answers, dry run or not, and what a refused import carries as `report`. */
export const ImportReportSchema = Type.Object(
  {
    dryRun: Type.Boolean(),
    format: StringEnum(['csv', 'xlsx'] as const),
    encoding: Type.Union([Type.String(), Type.Null()], { description: "A CSV's encoding as read (utf-8, gb18030, utf-16le…); null for .xlsx" }),
    rows: Type.Integer({ description: 'Rows of data read (blank rows are skipped)' }),
    imported: Type.Integer({ description: 'Records created: 0 on a dry run or a refusal' }),
    photos: Type.Optional(
      Type.Integer({
        description: "Photos the new records take from the .xlsx (pictures placed in a photo field's column, on a record's row): would take, on a dry run; absent from registries before photos were read",
      }),
    ),
    photosIgnored: Type.Optional(
      Type.Integer({ description: "Pictures of the .xlsx that no record takes: outside every photo field's column, or on no row of data" }),
    ),
    columns: Type.Array(ImportColumnSchema),
    defaulted: Type.Array(Type.String(), {
      description: "Fields (keys) the file has no column for that every record takes the form's default of (today, now, the importer, their unit, a fixed value)",
    }),
    problemCount: Type.Integer(),
    problems: Type.Array(ImportProblemSchema, { description: `The first ${IMPORT_LIMITS.problems}, by line` }),
    warningCount: Type.Integer(),
    warnings: Type.Array(ImportProblemSchema, {
      description:
        `Rows that may be in the ledger already, which do not stop the import (a visit log lists a person more than once): a value of the field the form names its records by (matchBy; without one, a 身份证号) that a record the caller sees has, or that an earlier line of the file has. The first ${IMPORT_LIMITS.problems}, by line`,
    }),
    repeatRows: Type.Integer({ description: 'Rows with a warning: what `repeats=skip` leaves out' }),
    skipped: Type.Integer({ description: 'With `repeats=skip`: the rows left out (would be, on a dry run); 0 otherwise' }),
    updated: Type.Integer({
      description: 'With `repeats=update`: the records of the ledger the rows update (would update, on a dry run), found by that field (`matchBy`, or else the first 身份证号 field); `imported` counts the records added',
    }),
  },
  { title: 'ImportReport' },
);

export const ImportRefusalSchema = Type.Object(
  { ...ErrorBodySchema.properties, report: Type.Optional(ImportReportSchema) },
  { title: 'ImportRefusal', additionalProperties: false },
);

export const importRecords = dataRoute('POST', '/api/apps/:id/data/:collection/import',
  `Adds a form app's records from a spreadsheet (multipart field \`file\`, .xlsx or CSV in UTF-8, GBK or UTF-16, at most ${IMPORT_LIMITS.maxBytes / 1024 / 1024} MiB and ${IMPORT_LIMITS.maxRows} rows) in the caller's unit. ` +
    'The first row names the fields by their labels (an export reads back); each row is checked as the form checks a record. `?dryRun=1` answers the report and writes nothing. ' +
    'Without it: every row in one transaction, or 400 TOOLBOX_IMPORT_INVALID with the same report and nothing written. ' +
    'A field the file has no column for takes its default (`defaulted`); `repeats=skip` leaves out the rows that may be in the ledger already, `repeats=update` updates the records they name',
  {
    consumes: ['multipart/form-data'],
    params: CollectionParamsSchema,
    querystring: Type.Object(
      {
        dryRun: Type.Optional(StringEnum(['0', '1'] as const)),
        repeats: Type.Optional(
          StringEnum(IMPORT_REPEAT_MODES, {
            default: 'add',
            description:
              'The rows that may be in the ledger already (a warning: the ledger or an earlier line has their `matchBy` value, or else their 身份证号): `add` them as new records, `skip` them, or `update` the record with that value (their columns replace its values; the rest, its status and photos stay)',
          }),
        ),
        choices: Type.Optional(
          Type.String({
            maxLength: IMPORT_CHOICES_MAX * 12,
            pattern: '^[0-9]{1,5}:(add|skip|update)(,[0-9]{1,5}:(add|skip|update))*$',
            description:
              `Rows decided one by one, as \`line:mode\` pairs (\`4:update,9:add\`), at most ${IMPORT_CHOICES_MAX}: each replaces \`repeats\` for that row. ` +
              'Only a row with a warning takes a choice; any other row is added, whatever it says',
          }),
        ),
        lang: LangQuerySchema,
        progress: Type.Optional(
          Type.String({
            pattern: IMPORT_PROGRESS_TOKEN_PATTERN,
            description: 'A token the caller makes up (16–64 letters, digits, - or _): while this import runs, `getImportProgress` with it says how far it is',
          }),
        ),
      },
      { additionalProperties: false },
    ),
  },
  { 200: ImportReportSchema, 400: ImportRefusalSchema },
);

/** What an import is doing, for `ImportProgress.phase`. */
export const IMPORT_PHASES = ['reading', 'photos', 'writing'] as const;

/** How far a running import is: what `getImportProgress` answers. */
export const ImportProgressSchema = Type.Object(
  {
    phase: StringEnum(IMPORT_PHASES, {
      description: '`reading` the file and checking its rows, `photos` re-encoding and storing its photos (the long part), `writing` the records',
    }),
    photos: Type.Integer({ minimum: 0, description: 'The photos the import stores: 0 while reading' }),
    photosDone: Type.Integer({ minimum: 0, description: 'Of them, those re-encoded and stored so far' }),
  },
  { title: 'ImportProgress', additionalProperties: false },
);

export const getImportProgress = dataRoute('GET', '/api/apps/:id/data/:collection/import/progress/:token',
  "How far the caller's own import that sent `progress=token` is, while it runs (polled by the desktop about once a second). " +
    '404 TOOLBOX_IMPORT_NOT_RUNNING once it has answered, before it started, for anyone else, and on another instance of the registry (each instance knows its own imports)',
  { params: Type.Object({ ...CollectionParamsSchema.properties, token: Type.String({ pattern: IMPORT_PROGRESS_TOKEN_PATTERN }) }) },
  { 200: ImportProgressSchema },
);

/** One column of a spreadsheet as the designer proposes a field from it: its header and what its cells hold. */
export const SheetColumnSchema = Type.Object({
  header: Type.String(),
  filled: Type.Integer({ description: 'Rows with a value in this column' }),
  distinct: Type.Integer({ description: 'Different values in the column, counted up to 1,000' }),
  samples: Type.Array(Type.String({ maxLength: 500 }), { maxItems: 20, description: 'Up to 20 different values, the most frequent first (ties in the order met), each cut at 500 characters' }),
  pictures: Type.Optional(Type.Integer({ description: "An .xlsx's pictures placed over the column's cells on rows of data (absent from older registries)" })),
});

export const SheetColumnsSchema = Type.Object(
  {
    format: StringEnum(['csv', 'xlsx'] as const),
    encoding: Type.Union([Type.String(), Type.Null()]),
    rows: Type.Integer({ description: 'Rows of data below the header (blank rows skipped)' }),
    columns: Type.Array(SheetColumnSchema),
  },
  { title: 'SheetColumns' },
);

export const readSheetColumns = dataRoute('POST', '/api/sheets/columns',
  'Reads the header row and a sample of each column of a spreadsheet (multipart field `file`, .xlsx or CSV, the limits of a record import), for the form designer to propose fields from. ' +
    'For makers, developers and admins; nothing is stored. A file that cannot be read is refused in `lang`',
  { consumes: ['multipart/form-data'], querystring: Type.Object({ lang: LangQuerySchema }, { additionalProperties: false }) },
  { 200: SheetColumnsSchema },
);

export const getRecord = dataRoute('GET', '/api/apps/:id/data/:collection/:docId', 'One record', { params: RecordParamsSchema }, { 200: DataRecordSchema });

export const createRecord = dataRoute('POST', '/api/apps/:id/data/:collection', "Creates a record in the caller's unit", { params: CollectionParamsSchema, body: RecordBodySchema }, { 201: DataRecordSchema });

/** How a record changed: made in the form, changed, moved in its flow, made or changed by an import, deleted, restored, erased from the bin. */
export const RECORD_CHANGES = ['create', 'update', 'import', 'import-update', 'delete', 'restore', 'purge'] as const;

/** One change to a record: when, by whom (the name they had then), what, and which fields. */
export const RecordChangeSchema = Type.Object(
  {
    at: Type.String({ description: 'ISO time' }),
    by: Type.Object({ id: Type.String(), name: Type.String() }),
    action: StringEnum(RECORD_CHANGES),
    fields: Type.Array(Type.String(), { description: 'The top-level keys whose values changed (`update`, `import-update`); empty for the others' }),
    fromState: Type.Union([Type.String(), Type.Null()], { description: "A form app's state before, when the change moved it in its flow; null otherwise" }),
    toState: Type.Union([Type.String(), Type.Null()], { description: 'The state after, likewise' }),
  },
  { title: 'RecordChange' },
);

/** The answer of a write refused because the record changed after the revision it named: the record now, and who changed it last. */
export const RecordChangedSchema = Type.Object(
  {
    ...ErrorBodySchema.properties,
    current: DataRecordSchema,
    lastChange: Type.Union([RecordChangeSchema, Type.Null()], { description: 'The newest change of its history (null when it has none)' }),
  },
  { title: 'RecordChanged', additionalProperties: false },
);

/** `If-Match: "<revision>"` of a write or a delete: the revision it is based on. */
const IfMatchSchema = Type.Object({
  'if-match': Type.Optional(Type.String({ pattern: '^(W/)?"?[1-9][0-9]{0,14}"?$', description: 'The revision the write is based on, as the ETag of a read gives it (`"3"`)' })),
});

export const replaceRecord = dataRoute('PUT', '/api/apps/:id/data/:collection/:docId',
  'Replaces a record (it keeps its unit and creator). With `If-Match: "<revision>"`, only if the record is still at that revision: ' +
    'else 412 TOOLBOX_RECORD_CHANGED with the record as it is now and its last change, and nothing written. Without it, the last write wins',
  {
    params: RecordParamsSchema,
    headers: IfMatchSchema,
    body: RecordBodySchema,
  },
  { 200: DataRecordSchema, 412: RecordChangedSchema },
);

export const deleteRecord = dataRoute('DELETE', '/api/apps/:id/data/:collection/:docId',
  'Deletes a record: it waits in the bin to be restored (listDeletedRecords). With `If-Match`, only if the record is still at that revision, else 412 as for a write',
  { params: RecordParamsSchema, headers: IfMatchSchema },
  { 204: NoContentSchema, 412: RecordChangedSchema },
);

/** At most this many changes of a record are listed, newest first. */
export const RECORD_HISTORY_LIMIT = 100;

export const getRecordHistory = dataRoute('GET', '/api/apps/:id/data/:collection/:docId/history',
  `Who made and changed a record, when, and which fields (never the values): newest first, the last ${RECORD_HISTORY_LIMIT}. Seen by whoever may see the record`,
  { params: RecordParamsSchema },
  { 200: Type.Object({ items: Type.Array(RecordChangeSchema), total: Type.Integer() }) },
);

/** How long a deleted record is kept, with its photos, to be restored; then it is purged. */
export const DELETED_RECORD_DAYS = 30;

/** A deleted record as it was, with who deleted it and when, and when it will be purged. */
export const DeletedRecordSchema = Type.Object(
  {
    ...DataRecordSchema.properties,
    deletedAt: Type.String({ description: 'ISO time' }),
    deletedBy: Type.Object({ id: Type.String(), name: Type.String({ description: 'The name they had then' }) }),
    purgeAt: Type.String({ description: `ISO time, ${DELETED_RECORD_DAYS} days after deletedAt: from then on it cannot be restored` }),
  },
  { title: 'DeletedRecord' },
);

export const listDeletedRecords = dataRoute('GET', '/api/apps/:id/data/:collection/deleted',
  `The records of a collection deleted in the last ${DELETED_RECORD_DAYS} days that the caller could see (their unit's; all for the owner and admins), last deleted first`,
  {
    params: CollectionParamsSchema,
    querystring: Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })), offset: OffsetQuerySchema }),
  },
  { 200: Type.Object({ items: Type.Array(DeletedRecordSchema), total: Type.Integer() }) },
);

export const restoreRecord = dataRoute('POST', '/api/apps/:id/data/:collection/deleted/:docId/restore',
  'Puts a deleted record back as it was (the same id, unit and creator, its photos), and notes who restored it in its history',
  { params: RecordParamsSchema },
  { 200: DataRecordSchema },
);

export const purgeRecord = dataRoute('DELETE', '/api/apps/:id/data/:collection/deleted/:docId',
  'Erases a deleted record and its photos now, before its days are up (a resident asked for it); its history notes who did',
  { params: RecordParamsSchema },
  { 204: NoContentSchema },
);

export type DataRecordDto = Static<typeof DataRecordSchema>;
export type DeletedRecord = Static<typeof DeletedRecordSchema>;
/** A page of deleted records, last deleted first, and how many there are. */
export type DeletedRecords = RouteReply<typeof listDeletedRecords>;
export type RecordChange = Static<typeof RecordChangeSchema>;
/** A write refused because the record changed meanwhile (412 TOOLBOX_RECORD_CHANGED). */
export type RecordChanged = Static<typeof RecordChangedSchema>;
/** A record's changes, newest first (at most RECORD_HISTORY_LIMIT), and how many there are. */
export type RecordHistory = RouteReply<typeof getRecordHistory>;
export type RecordStats = Static<typeof RecordStatsSchema>;
export type ImportReport = Static<typeof ImportReportSchema>;
export type ImportProgress = Static<typeof ImportProgressSchema>;
export type ImportPhase = (typeof IMPORT_PHASES)[number];
/** What an import does with the rows that may be in the ledger already (`?repeats=` of `importRecords`, and each of `choices`). */
export type ImportRepeatMode = (typeof IMPORT_REPEAT_MODES)[number];
export type ImportRefusal = Static<typeof ImportRefusalSchema>;
export type SheetColumns = Static<typeof SheetColumnsSchema>;
export type SheetColumn = Static<typeof SheetColumnSchema>;
