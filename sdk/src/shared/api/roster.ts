/* The roster: units and users in one CSV or .xlsx, imported (with a dry run) and exported. */
import { type Static, Type } from '@sinclair/typebox';
import { LangQuerySchema, StringEnum } from './common.ts';
import { ErrorBodySchema } from './errorBody.ts';
import { routesOf } from './routesOf.ts';

const orgRoute = routesOf('org');

const NullableString = Type.Union([Type.String(), Type.Null()]);

export const RosterItemSchema = Type.Object({
  line: Type.Union([Type.Number(), Type.Null()], { description: 'null for a user a full roster disables by leaving them out' }),
  type: StringEnum(['unit', 'user'] as const),
  key: Type.String(),
  name: Type.String(),
  action: StringEnum(['add', 'change', 'disable'] as const),
  changes: Type.Array(Type.Object({ field: Type.String(), from: NullableString, to: NullableString })),
  reason: Type.Optional(Type.Literal('absent')),
});

export const RosterIssueSchema = Type.Object({
  line: Type.Number(),
  type: Type.Union([StringEnum(['unit', 'user'] as const), Type.Null()]),
  key: Type.String({ description: "The unit's 单位编号 or the user's 用户名 as written" }),
  column: Type.String({ description: 'The Chinese header of the column at fault' }),
  code: Type.String({ description: 'type_unknown, key_missing, … (docs/registry-server.md)' }),
  message: Type.String(),
  value: Type.Optional(Type.String()),
});

/** What `POST /api/org/import` answers, dry run or not, and what a refused import carries as `report`. */
export const RosterReportSchema = Type.Object(
  {
    dryRun: Type.Boolean(),
    mode: StringEnum(['merge', 'full'] as const),
    passwords: StringEnum(['temporary', 'none'] as const),
    format: StringEnum(['csv', 'xlsx'] as const),
    encoding: NullableString,
    rows: Type.Number(),
    summary: Type.Object({ add: Type.Number(), change: Type.Number(), disable: Type.Number(), unchanged: Type.Number(), errors: Type.Number() }),
    items: Type.Array(RosterItemSchema),
    errors: Type.Array(RosterIssueSchema),
    ignoredColumns: Type.Array(Type.String()),
    newUsers: Type.Number(),
    temporaryPasswordLimit: Type.Number(),
    temporaryPasswords: Type.Optional(Type.Array(Type.Object({ username: Type.String(), name: Type.String(), password: Type.String() }))),
  },
  { title: 'RosterReport' },
);

/** A refused import: the error body with the same report a dry run gives. */
export const RosterRefusalSchema = Type.Object(
  { ...ErrorBodySchema.properties, report: Type.Optional(RosterReportSchema) },
  { title: 'RosterRefusal', additionalProperties: false },
);

const FileSchema = Type.Unsafe<string>({ type: 'string', format: 'binary', description: 'CSV (UTF-8 with BOM) or .xlsx' });
const FormatQuerySchema = Type.Object({ format: Type.Optional(StringEnum(['csv', 'xlsx'] as const, { default: 'xlsx' })) }, { additionalProperties: false });

export const importRoster = orgRoute('POST', '/api/org/import',
  'Imports a roster of units and users (multipart field `file`, CSV or .xlsx, at most 5 MiB and 20,000 rows). `?dryRun=1` answers what would be added, changed and disabled and every row that cannot be taken, writing nothing. ' +
    'Without it: applied in one transaction, or 400 TOOLBOX_ROSTER_INVALID / 403 TOOLBOX_ROSTER_OUTSIDE_SCOPE with the same report and nothing changed. ' +
    '`mode=full` also disables the users the caller manages that the file leaves out; `passwords=temporary` (default) gives new users a temporary password, returned once, `none` gives them none (SSO)',
  {
  consumes: ['multipart/form-data'],
  querystring: Type.Object(
    {
      dryRun: Type.Optional(StringEnum(['0', '1'] as const)),
      mode: Type.Optional(StringEnum(['merge', 'full'] as const)),
      passwords: Type.Optional(StringEnum(['temporary', 'none'] as const)),
      lang: LangQuerySchema,
    },
    { additionalProperties: false },
  ),
  },
  { 200: RosterReportSchema, 400: RosterRefusalSchema, 403: RosterRefusalSchema },
);

export const exportRoster = orgRoute('GET', '/api/org/export',
  'The roster (units, then users; disabled ones marked 停用) in the import format, CSV (UTF-8 with BOM) or .xlsx; a unit administrator gets their subtree. Imports back unchanged',
  { querystring: FormatQuerySchema, produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] },
  { 200: FileSchema },
);

export const getRosterTemplate = orgRoute('GET', '/api/org/import/template',
  'The roster template: the header row and example rows (a street, a committee, a member of staff); the .xlsx adds a sheet 说明',
  { querystring: FormatQuerySchema, produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] },
  { 200: FileSchema },
);

export type RosterReport = Static<typeof RosterReportSchema>;
export type RosterRefusal = Static<typeof RosterRefusalSchema>;
