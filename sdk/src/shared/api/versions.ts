/* Versions of an app: publish (a bundle or an app deployed elsewhere), list, roll back. */
import { type Static, Type } from '@sinclair/typebox';
import type { Manifest } from '../types.ts';
import type { FormDefinition } from '../forms/types.ts';
import { AppSchema } from './apps.ts';
import { AppIdParamsSchema, StringEnum } from './common.ts';
import { routesOf } from './routesOf.ts';
import { VersionDiffSchema, VersionKindSchema } from './versionReview.ts';

const versionsRoute = routesOf('versions');

/** The version's `toolbox.manifest.json` as published (every field kept). */
const ManifestSchema = Type.Unsafe<Manifest>({ type: 'object', additionalProperties: true, description: 'The published toolbox.manifest.json' });
const NullableString = Type.Union([Type.String(), Type.Null()]);

/** One version as `GET /api/apps/:id/versions` lists it and a publish answers it. */
export const VersionSchema = Type.Object(
  {
    version: Type.String(),
    kind: VersionKindSchema,
    url: Type.String({ description: 'Absolute URL of the entry' }),
    integrity: Type.Optional(Type.String()),
    sdk: Type.String(),
    changelog: Type.Optional(Type.String()),
    publishedAt: Type.String(),
    publishedBy: Type.Object({ id: Type.String(), username: NullableString }),
    current: Type.Boolean(),
    files: Type.Record(Type.String(), Type.String(), { description: 'Stored file → sha256 (hex); empty for an external app' }),
    manifest: ManifestSchema,
    status: StringEnum(['pending', 'approved', 'rejected'] as const),
    reviewedBy: Type.Union([Type.Object({ id: Type.String(), name: NullableString }), Type.Null()]),
    reviewedAt: NullableString,
    reviewReason: NullableString,
  },
  { title: 'Version' },
);

/** What `?dryRun=1` answers: every check of a publish passed, nothing is stored, and this is what would change. */
export const DryRunSchema = Type.Object(
  {
    dryRun: Type.Literal(true),
    app: Type.String(),
    version: Type.String(),
    base: Type.Union([Type.String(), Type.Null()], { description: 'The version it is compared with; null for the first' }),
    status: StringEnum(['pending', 'approved'] as const),
    integrity: Type.Optional(Type.String()),
    diff: VersionDiffSchema,
  },
  { title: 'PublishDryRun' },
);

export const PublishedSchema = Type.Object({ app: AppSchema, version: VersionSchema, url: Type.String() }, { title: 'Published' });

const FlagSchema = StringEnum(['1', '0', 'true', 'false'] as const);

/** The JSON form of a publish (an app deployed elsewhere); the bundle form is multipart with the field `bundle`. */
export const PublishExternalBodySchema = Type.Unsafe<
  { manifest: Manifest; entry: string; allowOlder?: boolean; dryRun?: boolean } | { form: FormDefinition; allowOlder?: boolean; dryRun?: boolean }
>({
  description: 'multipart/form-data with the field `bundle` (.tgz/.zip), JSON {manifest, entry, allowOlder?, dryRun?}, or a form app\'s JSON {form, allowOlder?, dryRun?}; checked by the route',
});

export const publishVersion = versionsRoute('POST', '/api/apps/:id/versions',
  'Publishes a version: multipart field `bundle` (.tgz/.zip of dist/ with toolbox.manifest.json), or JSON {manifest, entry} for an app deployed elsewhere',
  {
  description:
    'The app is registered on its first publish (the publisher owns it). The new version is pending review; it becomes ' +
    "current when approved (at once when the publisher's unit is trusted). " +
    'Answers 201 {app, version, url}. 409 when the version exists, and TOOLBOX_VERSION_NOT_NEWER (409) when it is not ' +
    'newer than the current, an approved or a pending version, unless allowOlder; 400 for unsafe or oversized archives, a manifest ' +
    'whose id differs from the URL, or an entry URL that is not http(s), cannot be fetched or is too big. ' +
    '`allowOlder` and `dryRun` come as query parameters (`?dryRun=1`), as multipart fields sent before `bundle`, or as ' +
    'JSON booleans. A dry run makes every check and answers 200 {dryRun: true, app, version, base, status, diff} with nothing stored.',
  params: AppIdParamsSchema,
  querystring: Type.Object({ allowOlder: Type.Optional(FlagSchema), dryRun: Type.Optional(FlagSchema) }),
  consumes: ['multipart/form-data', 'application/json'],
  body: PublishExternalBodySchema,
  },
  { 200: DryRunSchema, 201: PublishedSchema },
);

export const listVersions = versionsRoute('GET', '/api/apps/:id/versions',
  'Every version of an app, newest first (owner or admin)',
  { params: AppIdParamsSchema },
  { 200: Type.Object({ items: Type.Array(VersionSchema) }) },
);

export const rollbackVersion = versionsRoute('POST', '/api/apps/:id/rollback',
  'Makes an earlier (or any) approved version current again (owner or admin); a pending or rejected one: 409',
  { params: AppIdParamsSchema, body: Type.Object({ version: Type.String({ minLength: 1, maxLength: 256 }), reason: Type.Optional(Type.String({ maxLength: 1000 })) }) },
  { 200: AppSchema },
);

export type VersionDto = Static<typeof VersionSchema>;
export type PublishDryRun = Static<typeof DryRunSchema>;
export type Published = Static<typeof PublishedSchema>;
