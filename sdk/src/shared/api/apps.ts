/* The apps of the catalogue: list, one, register, change descriptive fields. */
import { type Static, Type } from '@sinclair/typebox';
import { AppIdParamsSchema, LocalizedTextSchema } from './common.ts';
import { CreateAppBodySchema, PatchAppBodySchema } from './descriptive.ts';
import { routesOf } from './routesOf.ts';

const appsRoute = routesOf('apps');

export const AppStatusSchema = Type.Union([Type.Literal('active'), Type.Literal('deprecated'), Type.Literal('retired')]);

export const ReplacementSchema = Type.Object({ id: Type.String(), name: LocalizedTextSchema });

/** A deprecated app's announced retirement: from `retireOn` (a Shanghai date, as deprecateApp took it) it is retired. */
export const DeprecationSchema = Type.Object({
  retireOn: Type.String({ format: 'date', description: 'Asia/Shanghai date (YYYY-MM-DD), as `deprecateApp` set it' }),
  reason: Type.String(),
  replacement: Type.Optional(ReplacementSchema),
});

/** One app as `GET /api/apps` and `GET /api/apps/:id` return it. */
export const AppSchema = Type.Object(
  {
    id: Type.String(),
    name: LocalizedTextSchema,
    description: Type.Optional(LocalizedTextSchema),
    icon: Type.Optional(Type.String({ description: 'Absolute URL of an icon file, or an emoji' })),
    category: Type.String(),
    keywords: Type.Array(Type.String()),
    scenario: Type.Union([Type.Literal('general'), Type.Literal('vertical'), Type.Literal('ecosystem')]),
    owner: Type.Object({
      unit: Type.String(),
      unitName: Type.String(),
      contact: Type.Optional(Type.String({ description: 'Only for those who may open the app, its owner and admins' })),
      userId: Type.String(),
    }),
    visibility: Type.Object({
      units: Type.Optional(Type.Array(Type.String())),
      roles: Type.Optional(Type.Array(Type.Union([Type.Literal('staff'), Type.Literal('maker'), Type.Literal('developer'), Type.Literal('admin'), Type.Literal('reviewer'), Type.Literal('unit-admin')]))),
    }),
    status: AppStatusSchema,
    currentVersion: Type.Union([Type.String(), Type.Null()]),
    annualCost: Type.Optional(Type.Union([Type.Number(), Type.Null()], { description: 'Yuan per year; only for admins and the owner' })),
    createdAt: Type.String(),
    updatedAt: Type.String(),
    deprecation: Type.Optional(DeprecationSchema),
    retirement: Type.Optional(Type.Object({ reason: Type.String(), at: Type.String(), replacement: Type.Optional(ReplacementSchema) })),
  },
  { title: 'App' },
);

export const listApps = appsRoute('GET', '/api/apps',
  'The apps the caller may open (every app for admins, reviewers and owners), with status, owner and current version',
  {},
  { 200: Type.Object({ items: Type.Array(AppSchema) }) },
);

export const getApp = appsRoute('GET', '/api/apps/:id', 'One app; a deprecated app has `deprecation`, a retired one `retirement` (reason, date, replacement)', { params: AppIdParamsSchema }, { 200: AppSchema });

export const registerApp = appsRoute('POST', '/api/apps', "Registers an app from the manifest's descriptive fields; the caller becomes its owner", { body: CreateAppBodySchema }, { 201: AppSchema });

export const patchApp = appsRoute('PATCH', '/api/apps/:id',
  'Changes descriptive fields (owner developer or admin); annualCost (yuan per year) is for admins only',
  { params: AppIdParamsSchema, body: PatchAppBodySchema },
  { 200: AppSchema },
);

export const HandOverBodySchema = Type.Object(
  {
    userId: Type.String({ minLength: 1, maxLength: 64, description: 'The account that maintains the app from now on' }),
    reason: Type.String({ minLength: 1, maxLength: 1000 }),
  },
  { additionalProperties: false },
);

export const handOverApp = appsRoute('PUT', '/api/apps/:id/owner',
  'Hands an app over to another maintainer (admins; 移交维护): an enabled developer or admin, or for a form app also a maker. ' +
    'The new maintainer may edit, publish and roll back, the one before no longer may; audited app.handover with the reason',
  { params: AppIdParamsSchema, body: HandOverBodySchema },
  { 200: AppSchema },
);

export type AppDto = Static<typeof AppSchema>;
export type AppStatus = Static<typeof AppStatusSchema>;
