/* The catalogue the desktop opens apps from. */
import { type Static, Type } from '@sinclair/typebox';
import { LocalizedTextSchema, NoContentSchema } from './common.ts';
import { DeprecationSchema } from './apps.ts';
import { routesOf } from './routesOf.ts';

const catalogRoute = routesOf('catalog');

const loadable = {
  version: Type.String(),
  entry: Type.String({ description: "Absolute URL of the remote's entry (remoteEntry.js)" }),
  integrity: Type.Optional(Type.String({ description: 'SRI of the entry file; absent for an app deployed elsewhere' })),
  sdk: Type.String({ description: 'The host API range the app needs' }),
  preload: Type.Optional(Type.Array(Type.String())),
  preloadData: Type.Optional(Type.Array(Type.String())),
  form: Type.Optional(
    Type.Object(
      {
        definition: Type.String({ description: "Absolute URL of the version's form definition (form.json, immutable)" }),
        runtime: Type.String({ description: 'The version of the form runtime that `entry` loads' }),
        integrity: Type.Optional(Type.String({ description: 'SRI (sha256) of form.json as stored at publish; the desktop checks the definition against it' })),
      },
      { description: 'A form app (no code): `entry` is the shared form runtime, which renders this definition' },
    ),
  ),
};

export const PendingVersionSchema = Type.Object({ ...loadable, publishedAt: Type.String() }, { title: 'PendingVersion' });

/** One entry of `GET /api/catalog` (the `CatalogItem` type of `@toolbox/sdk`). */
export const CatalogItemSchema = Type.Object(
  {
    id: Type.String(),
    name: LocalizedTextSchema,
    description: Type.Optional(LocalizedTextSchema),
    icon: Type.Optional(Type.String()),
    category: Type.String(),
    keywords: Type.Array(Type.String()),
    scenario: Type.Union([Type.Literal('general'), Type.Literal('vertical'), Type.Literal('ecosystem')]),
    owner: Type.Object({ unit: Type.String(), unitName: Type.String(), contact: Type.String() }),
    status: Type.Union([Type.Literal('active'), Type.Literal('deprecated')]),
    ...loadable,
    deprecation: Type.Optional(DeprecationSchema),
    previous: Type.Array(Type.Object(loadable)),
    pending: Type.Optional(PendingVersionSchema),
    pendingOnly: Type.Optional(Type.Literal(true)),
  },
  { title: 'CatalogItem' },
);

export const getCatalog = catalogRoute('GET', '/api/catalog',
  'The apps the caller may open (visibility and status respected), as CatalogItem[]; 304 when If-None-Match matches',
  {},
  { 200: Type.Object({ items: Type.Array(CatalogItemSchema) }), 304: NoContentSchema },
);

export type CatalogItemDto = Static<typeof CatalogItemSchema>;
