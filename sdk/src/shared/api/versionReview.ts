/* Review before live (上架审核): the queue, what a version changes, approve and reject, trusted owner units. */
import { type Static, Type } from '@sinclair/typebox';
import { AppIdSchema, LocalizedTextSchema, StringEnum } from './common.ts';
import { routesOf } from './routesOf.ts';

const reviewRoute = routesOf('review');

export const VersionKindSchema = StringEnum(['bundle', 'external', 'form'] as const);
export const VersionParamsSchema = Type.Object({ id: AppIdSchema, version: Type.String({ minLength: 1, maxLength: 256 }) });

const NullableLocalized = Type.Union([LocalizedTextSchema, Type.Null()]);
/** A collection's JSON Schema, as the manifest gives it. */
const CollectionSchemaSchema = Type.Record(Type.String(), Type.Unknown());
const VisibilitySchema = Type.Object({ units: Type.Array(Type.String()), roles: Type.Array(Type.String()) }, { description: 'Empty lists: everyone' });
const EntryInfoSchema = Type.Object({
  kind: VersionKindSchema,
  entry: Type.String(),
  origin: Type.Union([Type.String(), Type.Null()], { description: "The entry URL's origin for an app deployed elsewhere" }),
});

export const DecisionSchema = Type.Object(
  {
    appId: Type.String(),
    version: Type.String(),
    status: Type.String({ description: 'approved or rejected' }),
    currentVersion: Type.Union([Type.String(), Type.Null()]),
  },
  { title: 'VersionDecision' },
);

export const ReviewQueueItemSchema = Type.Object(
  {
    appId: Type.String(),
    appName: LocalizedTextSchema,
    version: Type.String(),
    kind: VersionKindSchema,
    publishedBy: Type.Object({ id: Type.String(), name: Type.String() }),
    publishedAt: Type.String(),
    ownerUnit: Type.Object({ id: Type.String(), name: Type.String() }),
    currentVersion: Type.Union([Type.String(), Type.Null()]),
  },
  { title: 'ReviewQueueItem' },
);

export const VersionDiffSchema = Type.Object(
  {
    base: Type.Union([Type.String(), Type.Null()]),
    version: Type.String(),
    name: Type.Object({ from: NullableLocalized, to: LocalizedTextSchema }),
    description: Type.Object({ from: NullableLocalized, to: NullableLocalized }),
    visibility: Type.Object({ from: Type.Union([VisibilitySchema, Type.Null()]), to: VisibilitySchema }),
    entry: Type.Object({ from: Type.Union([EntryInfoSchema, Type.Null()]), to: EntryInfoSchema }),
    collections: Type.Object({
      added: Type.Array(Type.Object({ name: Type.String(), schema: CollectionSchemaSchema })),
      removed: Type.Array(Type.Object({ name: Type.String(), schema: CollectionSchemaSchema })),
      changed: Type.Array(Type.Object({ name: Type.String(), from: CollectionSchemaSchema, to: CollectionSchemaSchema })),
    }),
    files: Type.Object({
      added: Type.Array(Type.Object({ path: Type.String(), size: Type.Number() })),
      removed: Type.Array(Type.Object({ path: Type.String(), size: Type.Number() })),
      changed: Type.Array(Type.Object({ path: Type.String(), fromSize: Type.Number(), toSize: Type.Number() })),
      unchanged: Type.Number(),
    }),
  },
  { title: 'VersionDiff' },
);

const TrustedUnitsSchema = Type.Object({ units: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })) });
const ReasonSchema = Type.String({ minLength: 1, maxLength: 1000, pattern: '\\S' });

export const approveVersion = reviewRoute('POST', '/api/apps/:id/versions/:version/approve',
  'Approves a pending version and makes it current (admin, reviewer); audited version.approve',
  {
  description: 'Not pending: 409 TOOLBOX_INVALID_TRANSITION. A reviewer approving a version they published: 403.',
  params: VersionParamsSchema,
  body: Type.Object({ reason: Type.Optional(Type.String({ maxLength: 1000 })) }, { additionalProperties: false, description: 'May be left out' }),
  },
  { 200: DecisionSchema },
);

export const rejectVersion = reviewRoute('POST', '/api/apps/:id/versions/:version/reject',
  'Rejects a pending version, with a reason (admin, reviewer); it never becomes current; audited version.reject',
  { params: VersionParamsSchema, body: Type.Object({ reason: ReasonSchema }, { additionalProperties: false }) },
  { 200: DecisionSchema },
);

export const getReviewQueue = reviewRoute('GET', '/api/review-queue', 'Every pending version, oldest first (admin, reviewer)', {}, { 200: Type.Object({ items: Type.Array(ReviewQueueItemSchema) }) });

export const getVersionDiff = reviewRoute('GET', '/api/apps/:id/versions/:version/diff',
  "What a version changes against the app's current one (admin, reviewer, the app's owner)",
  { params: VersionParamsSchema },
  { 200: VersionDiffSchema },
);

export const getTrustedUnits = reviewRoute('GET', '/api/review/trusted-units', 'The owner units whose publishes are approved at once, without review (admin, reviewer)', {}, { 200: TrustedUnitsSchema });

export const putTrustedUnits = reviewRoute('PUT', '/api/review/trusted-units',
  'Sets the owner units whose publishes skip review (admin); audited review.trust',
  {
  body: Type.Object(
    { units: Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 200, uniqueItems: true }), reason: ReasonSchema },
    { additionalProperties: false },
  ),
  },
  { 200: TrustedUnitsSchema },
);

export type ReviewQueueItem = Static<typeof ReviewQueueItemSchema>;
export type VersionDiff = Static<typeof VersionDiffSchema>;
export type VersionDecision = Static<typeof DecisionSchema>;
