import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { Manifest } from '@toolbox/sdk';
import { assertOwnerOrAdmin, requestOrigin } from '../apps/access.ts';
import { appDto } from '../apps/appDto.ts';
import { checkUnits } from '../apps/checkUnits.ts';
import { writeAudit } from '../audit/writeAudit.ts';
import { CatalogStore } from '../catalog/CatalogStore.ts';
import { effectiveStatus } from '../catalog/effectiveStatus.ts';
import { Errors } from '../errors.ts';
import { createAjv, describeErrors } from '../lib/createAjv.ts';
import { appIdParams } from '../lib/schemas.ts';
import { commitVersion, type NewVersion } from '../publish/commitVersion.ts';
import { crashPoint } from '../publish/crashPoint.ts';
import { checkExternalEntry } from '../publish/externalEntry.ts';
import { placeVersion } from '../publish/placeVersion.ts';
import { receiveUpload } from '../publish/receiveUpload.ts';
import { stageBundle } from '../publish/stageBundle.ts';
import { validateManifest } from '../publish/validateManifest.ts';
import { versionDto } from '../publish/versionDto.ts';

// The JSON form is checked here rather than by a route body schema, because the same route also takes multipart.
const externalBody = createAjv().compile({
  type: 'object',
  required: ['manifest', 'entry'],
  properties: { manifest: { type: 'object' }, entry: { type: 'string', minLength: 1, maxLength: 2048 } },
});

const versionsRoutes: FastifyPluginAsync = async (app) => {
  const { catalog } = app;

  /** The app (when it exists yet) after the checks every publish and rollback share. */
  async function writableApp(request: FastifyRequest<{ Params: { id: string } }>) {
    const snapshot = await catalog.snapshot();
    const found = snapshot.apps.get(request.params.id);
    if (found) {
      assertOwnerOrAdmin(request.user!, found);
      if (effectiveStatus(found.row, catalog.today()) === 'retired') throw new Errors.APP_RETIRED(found.row.id);
    }
    return found;
  }

  async function checkManifest(request: FastifyRequest<{ Params: { id: string } }>, manifest: Manifest): Promise<void> {
    if (manifest.id !== request.params.id) throw new Errors.MANIFEST_ID_MISMATCH(manifest.id, request.params.id);
    await checkUnits(app.org, manifest, 'manifest/');
    const exists = await app.db
      .selectFrom('versions')
      .select('version')
      .where('app_id', '=', manifest.id)
      .where('version', '=', manifest.version)
      .executeTakeFirst();
    if (exists) throw new Errors.VERSION_EXISTS(manifest.id, manifest.version);
  }

  async function publishBundle(request: FastifyRequest<{ Params: { id: string } }>): Promise<Manifest> {
    const tmpRoot = join(app.dataDir, '.tmp');
    const staging = join(tmpRoot, randomUUID());
    await mkdir(staging, { recursive: true });
    try {
      const upload = await receiveUpload(request, staging, app.limits.maxArchiveBytes);
      const staged = await stageBundle(upload, staging, app.limits);
      crashPoint('after-staging');
      await checkManifest(request, staged.manifest);
      const version: NewVersion = {
        manifest: staged.manifest,
        kind: 'bundle',
        entry: staged.manifest.entry,
        files: staged.files,
        preload: staged.preload,
      };
      await placeVersion({
        db: app.db,
        engine: app.engine,
        dataDir: app.dataDir,
        app: staged.manifest.id,
        version: staged.manifest.version,
        stagedDir: staged.dir,
        commit: () => commitVersion(app.db, request.user!, version, app.now()),
      });
      return staged.manifest;
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }

  async function publishExternal(request: FastifyRequest<{ Params: { id: string } }>): Promise<Manifest> {
    if (!externalBody(request.body)) throw new Errors.VALIDATION_FAILED(describeErrors(externalBody.errors, 'body'));
    const body = request.body as { manifest: unknown; entry: string };
    const manifest = validateManifest(body.manifest);
    const entry = checkExternalEntry(body.entry);
    await checkManifest(request, manifest);
    await commitVersion(app.db, request.user!, { manifest, kind: 'external', entry, files: {} }, app.now());
    return manifest;
  }

  app.post<{ Params: { id: string } }>(
    '/api/apps/:id/versions',
    {
      preHandler: app.requireRole('developer', 'admin'),
      schema: {
        tags: ['versions'],
        summary: 'Publishes a version: multipart field `bundle` (.tgz/.zip of dist/ with toolbox.manifest.json), or JSON {manifest, entry} for an app deployed elsewhere',
        description:
          'The app is registered on its first publish (the publisher owns it). The new version is pending review; it becomes ' +
          'current when approved (at once when the publisher\'s unit is trusted). ' +
          'Answers 201 {app, version, url}. 409 when the version exists; 400 for unsafe or oversized archives, a manifest ' +
          'whose id differs from the URL, or an entry URL that is not http(s).',
        params: appIdParams,
        consumes: ['multipart/form-data', 'application/json'],
      },
    },
    async (request, reply) => {
      await writableApp(request);
      const manifest = request.isMultipart() ? await publishBundle(request) : await publishExternal(request);
      const snapshot = await catalog.snapshot();
      const origin = requestOrigin(request);
      const row = await app.db
        .selectFrom('versions')
        .selectAll()
        .where('app_id', '=', manifest.id)
        .where('version', '=', manifest.version)
        .executeTakeFirstOrThrow();
      const version = versionDto({ ...row, publisher_username: request.user!.username }, origin, snapshot.apps.get(manifest.id)?.row.current_version ?? null);
      return reply.status(201).send({
        app: appDto(snapshot, app.org, snapshot.apps.get(manifest.id)!, origin, catalog.today()),
        version,
        url: version.url,
      });
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/apps/:id/versions',
    {
      preHandler: app.requireRole('developer', 'admin'),
      schema: { tags: ['versions'], summary: 'Every version of an app, newest first (owner or admin)', params: appIdParams },
    },
    async (request) => {
      const snapshot = await catalog.snapshot();
      const found = snapshot.apps.get(request.params.id);
      if (!found) throw new Errors.APP_NOT_FOUND(request.params.id);
      assertOwnerOrAdmin(request.user!, found);
      const rows = await app.db
        .selectFrom('versions')
        .leftJoin('users', 'users.id', 'versions.published_by')
        .leftJoin('users as reviewer', 'reviewer.id', 'versions.reviewed_by')
        .selectAll('versions')
        .select(['users.username as publisher_username', 'reviewer.name as reviewer_name'])
        .where('versions.app_id', '=', found.row.id)
        .execute();
      const order = new Map(found.versions.map((v, i) => [v.version, i]));
      rows.sort((a, b) => (order.get(a.version) ?? 0) - (order.get(b.version) ?? 0));
      const origin = requestOrigin(request);
      return { items: rows.map((r) => versionDto(r, origin, found.row.current_version)) };
    },
  );

  app.post<{ Params: { id: string }; Body: { version: string; reason?: string } }>(
    '/api/apps/:id/rollback',
    {
      preHandler: app.requireRole('developer', 'admin'),
      schema: {
        tags: ['versions'],
        summary: 'Makes an earlier (or any) approved version current again (owner or admin); a pending or rejected one: 409',
        params: appIdParams,
        body: {
          type: 'object',
          required: ['version'],
          properties: { version: { type: 'string', minLength: 1, maxLength: 256 }, reason: { type: 'string', maxLength: 1000 } },
        },
      },
    },
    async (request) => {
      const found = await writableApp(request);
      if (!found) throw new Errors.APP_NOT_FOUND(request.params.id);
      const { version, reason } = request.body;
      const target = found.byVersion.get(version);
      if (!target) throw new Errors.VERSION_NOT_FOUND(found.row.id, version);
      // Rolling back to an approved version needs no new review; a pending or rejected one was never trusted.
      if (target.status !== 'approved') throw new Errors.VERSION_NOT_APPROVED(version, found.row.id, target.status);
      const from = found.row.current_version;
      await app.db.transaction().execute(async (trx) => {
        await trx.updateTable('apps').set({ current_version: version, updated_at: app.now().toISOString() }).where('id', '=', found.row.id).execute();
        await writeAudit(trx, { actor: request.user!, action: 'version.rollback', app: found.row.id, reason: reason ?? null, details: { from, to: version }, at: app.now() });
        await CatalogStore.bump(trx);
      });
      const snapshot = await catalog.snapshot();
      return appDto(snapshot, app.org, snapshot.apps.get(found.row.id)!, requestOrigin(request), catalog.today());
    },
  );
};

export default versionsRoutes;
