import { createHash, randomUUID } from 'node:crypto';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { Manifest } from '@toolbox/sdk';
import { listVersions as listVersionsRoute, type PublishDryRun, publishVersion, rollbackVersion } from '@toolbox/sdk/api';
import { assertOwnerOrAdmin, requestOrigin } from '../apps/access.ts';
import { appDto } from '../apps/appDto.ts';
import { checkUnits } from '../apps/checkUnits.ts';
import { effectiveStatus } from '../catalog/effectiveStatus.ts';
import { Errors } from '../errors.ts';
import { checkFormChange } from '../forms/checkFormChange.ts';
import { checkFormDefinition } from '../forms/checkFormDefinition.ts';
import { FORM_FILE } from '../forms/FormDefinitions.ts';
import { formManifest } from '../forms/formManifest.ts';
import { formRuntimeRef } from '../forms/formRuntimeRef.ts';
import { moveRetiredValues } from '../forms/moveRetiredValues.ts';
import { createAjv, describeErrors } from '../lib/createAjv.ts';
import { commitVersion, type NewVersion } from '../publish/commitVersion.ts';
import { crashPoint } from '../publish/crashPoint.ts';
import { assertNewer } from '../publish/assertNewer.ts';
import { checkExternalEntry } from '../publish/externalEntry.ts';
import { fetchExternalEntry } from '../publish/fetchExternalEntry.ts';
import { receiveUpload } from '../publish/receiveUpload.ts';
import { stageBundle } from '../publish/stageBundle.ts';
import { validateManifest } from '../publish/validateManifest.ts';
import { versionDto } from '../publish/versionDto.ts';
import { listVersions, readVersion, rollbackToVersion, versionExists } from '../publish/versionStore.ts';
import { diffSides, storedSide, type DiffSide } from '../versionReview/versionDiff.ts';
import { isTrustedPublisher, readTrustedUnits } from '../versionReview/trustedUnits.ts';

// The JSON form is checked here rather than by a route body schema, because the same route also takes multipart.
// `manifest.sdk` may be left out for an app deployed elsewhere (built without the SDK): it is recorded as `*`.
const externalBody = createAjv().compile({
  type: 'object',
  required: ['manifest', 'entry'],
  properties: {
    manifest: { type: 'object' },
    entry: { type: 'string', minLength: 1, maxLength: 2048 },
    allowOlder: { type: 'boolean' },
    dryRun: { type: 'boolean' },
  },
});

// A form app's version: its definition, checked by checkFormDefinition (the designer publishes it without a build).
const formBody = createAjv().compile({
  type: 'object',
  required: ['form'],
  additionalProperties: false,
  properties: { form: { type: 'object' }, allowOlder: { type: 'boolean' }, dryRun: { type: 'boolean' } },
});
const isFormBody = (body: unknown) => typeof body === 'object' && body !== null && Object.hasOwn(body, 'form');

/** How a publish asks for a lower version number or for a dry run: query `?allowOlder=1&dryRun=1`, a form field, or JSON. */
interface PublishFlags {
  allowOlder: boolean;
  dryRun: boolean;
}
const isOn = (value: unknown) => value === true || value === '1' || value === 'true';
type PublishRequest = FastifyRequest<{ Params: { id: string }; Querystring: { allowOlder?: string; dryRun?: string } }>;

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

  async function checkManifest(request: PublishRequest, manifest: Manifest, flags: PublishFlags): Promise<void> {
    if (manifest.id !== request.params.id) throw new Errors.MANIFEST_ID_MISMATCH(manifest.id, request.params.id);
    await checkUnits(app.org, manifest, 'manifest/');
    if (await versionExists(app.db, manifest.id, manifest.version)) throw new Errors.VERSION_EXISTS(manifest.id, manifest.version);
    await assertNewer(app.db, manifest.id, manifest.version, flags.allowOlder);
  }

  async function dryRun(request: PublishRequest, to: DiffSide, integrity?: string): Promise<PublishDryRun> {
    const snapshot = await catalog.snapshot();
    const base = snapshot.apps.get(request.params.id)?.row.current_version ?? null;
    const from = base ? await storedSide(app.db, app.bundles, request.params.id, base) : undefined;
    const trusted = isTrustedPublisher(await readTrustedUnits(app.db), request.user!);
    return {
      dryRun: true,
      app: request.params.id,
      version: to.version,
      base,
      status: trusted ? 'approved' : 'pending',
      ...(integrity ? { integrity } : {}),
      diff: await diffSides(from, to),
    };
  }

  async function publishBundle(request: PublishRequest, query: PublishFlags): Promise<Manifest | PublishDryRun> {
    const tmpRoot = join(app.dataDir, '.tmp');
    const staging = join(tmpRoot, randomUUID());
    await mkdir(staging, { recursive: true });
    try {
      const upload = await receiveUpload(request, staging, app.limits.maxArchiveBytes);
      const flags = {
        allowOlder: query.allowOlder || isOn(upload.fields.allowOlder),
        dryRun: query.dryRun || isOn(upload.fields.dryRun),
      };
      const staged = await stageBundle(upload.path, staging, app.limits);
      crashPoint('after-staging');
      await checkManifest(request, staged.manifest, flags);
      if (flags.dryRun) {
        const { manifest, files, dir } = staged;
        return await dryRun(request, {
          version: manifest.version,
          kind: 'bundle',
          entry: manifest.entry,
          manifest,
          files,
          size: async (path) => (await stat(join(dir, path)).catch(() => undefined))?.size ?? 0,
        });
      }
      const version: NewVersion = {
        manifest: staged.manifest,
        kind: 'bundle',
        entry: staged.manifest.entry,
        files: staged.files,
        preload: staged.preload,
      };
      await app.bundles.place({
        app: staged.manifest.id,
        version: staged.manifest.version,
        stagedDir: staged.dir,
        files: staged.files,
        commit: (storeFiles) => commitVersion(app.db, request.user!, { ...version, storeFiles }, app.now()),
      });
      return staged.manifest;
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }

  async function publishExternal(request: PublishRequest, query: PublishFlags): Promise<Manifest | PublishDryRun> {
    if (!externalBody(request.body)) throw new Errors.VALIDATION_FAILED(describeErrors(externalBody.errors, 'body'));
    const body = request.body as { manifest: Record<string, unknown>; entry: string; allowOlder?: boolean; dryRun?: boolean };
    const flags = { allowOlder: query.allowOlder || body.allowOlder === true, dryRun: query.dryRun || body.dryRun === true };
    const entry = checkExternalEntry(body.entry);
    // A remote built without the SDK needs no host API range, and its entry is the URL itself.
    const manifest = validateManifest({ sdk: '*', entry, ...body.manifest });
    await checkManifest(request, manifest, flags);
    // The digest is taken after every other check passed: a refused publish fetches nothing.
    const fetched = app.fetchExternalEntries
      ? await fetchExternalEntry(entry, { timeoutMs: app.limits.externalEntryTimeoutMs, maxBytes: app.limits.externalEntryBytes })
      : undefined;
    if (flags.dryRun) {
      return dryRun(request, { version: manifest.version, kind: 'external', entry, manifest, files: {}, size: async () => 0 }, fetched?.integrity);
    }
    await commitVersion(app.db, request.user!, { manifest, kind: 'external', entry, files: {}, entryIntegrity: fetched?.integrity }, app.now());
    return manifest;
  }

  /**
   * A form app's version (`{form}`): the definition checked, compared with the current version's so that no stored
   * record is stranded, turned into a manifest (collection `records`, entry: the runtime app), and stored as the
   * version's one file `form.json`: immutable, served under /bundles/ like any published file, in the database on
   * PostgreSQL. Review, audit and rollback are a bundle's.
   */
  async function publishForm(request: PublishRequest, query: PublishFlags): Promise<Manifest | PublishDryRun> {
    if (!formBody(request.body)) throw new Errors.VALIDATION_FAILED(describeErrors(formBody.errors, 'body'));
    const body = request.body as { form: unknown; allowOlder?: boolean; dryRun?: boolean };
    const flags = { allowOlder: query.allowOlder || body.allowOlder === true, dryRun: query.dryRun || body.dryRun === true };
    const definition = checkFormDefinition(body.form);
    const runtime = await formRuntimeRef(app);
    const manifest = formManifest(definition, runtime);
    await checkManifest(request, manifest, flags);
    const found = (await catalog.snapshot()).apps.get(request.params.id);
    const current = found?.byVersion.get(found.row.current_version ?? '');
    if (current && current.kind !== 'form') throw new Errors.INVALID_TRANSITION('publish a form version of', `a code app (its current version ${current.version} is ${current.kind === 'bundle' ? 'a bundle' : 'deployed elsewhere'})`);
    const before = current ? await app.formDefinitions.get(request.params.id, current.version) : undefined;
    if (before) await checkFormChange(app.db, request.params.id, before, definition);
    const bytes = Buffer.from(JSON.stringify(definition), 'utf8');
    const files = { [FORM_FILE]: createHash('sha256').update(bytes).digest('hex') };
    if (flags.dryRun) {
      return dryRun(request, { version: manifest.version, kind: 'form', entry: runtime.app, manifest, files, size: async () => bytes.length });
    }
    const staging = join(app.dataDir, '.tmp', randomUUID());
    await mkdir(staging, { recursive: true });
    try {
      await writeFile(join(staging, FORM_FILE), bytes);
      await app.bundles.place({
        app: manifest.id,
        version: manifest.version,
        stagedDir: staging,
        files,
        commit: (storeFiles) =>
          commitVersion(
            app.db,
            request.user!,
            { manifest, kind: 'form', entry: runtime.app, files, storeFiles, ...(before ? { whenLive: (trx) => moveRetiredValues(trx, manifest.id, before, definition, app.now()) } : {}) },
            app.now(),
          ),
      });
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
    return manifest;
  }

  app.post<{ Params: { id: string }; Querystring: { allowOlder?: string; dryRun?: string } }>(
    publishVersion.url,
    { preHandler: app.requireRole('developer', 'admin', 'maker'), schema: publishVersion.schema },
    async (request, reply) => {
      await writableApp(request);
      const query = { allowOlder: isOn(request.query.allowOlder), dryRun: isOn(request.query.dryRun) };
      const form = !request.isMultipart() && isFormBody(request.body);
      // A maker composes form apps in the designer; code (a bundle, an app deployed elsewhere) is a developer's.
      if (request.user!.role === 'maker' && !form) throw new Errors.FORBIDDEN('A maker publishes form apps only (JSON {form}), not code bundles or apps deployed elsewhere');
      const result = form ? await publishForm(request, query) : request.isMultipart() ? await publishBundle(request, query) : await publishExternal(request, query);
      if ('dryRun' in result) return reply.status(200).send(result);
      const manifest = result;
      const snapshot = await catalog.snapshot();
      const origin = requestOrigin(request);
      const row = await readVersion(app.db, manifest.id, manifest.version);
      const version = versionDto({ ...row, publisher_username: request.user!.username }, origin, snapshot.apps.get(manifest.id)?.row.current_version ?? null);
      return reply.status(201).send({
        app: appDto(snapshot, app.org, snapshot.apps.get(manifest.id)!, origin, catalog.today()),
        version,
        url: version.url,
      });
    },
  );

  app.get<{ Params: { id: string } }>(
    listVersionsRoute.url,
    { preHandler: app.requireRole('developer', 'admin', 'maker'), schema: listVersionsRoute.schema },
    async (request) => {
      const snapshot = await catalog.snapshot();
      const found = snapshot.apps.get(request.params.id);
      if (!found) throw new Errors.APP_NOT_FOUND(request.params.id);
      assertOwnerOrAdmin(request.user!, found);
      const rows = await listVersions(app.db, found.row.id);
      const order = new Map(found.versions.map((v, i) => [v.version, i]));
      rows.sort((a, b) => (order.get(a.version) ?? 0) - (order.get(b.version) ?? 0));
      const origin = requestOrigin(request);
      return { items: rows.map((r) => versionDto(r, origin, found.row.current_version)) };
    },
  );

  app.post<{ Params: { id: string }; Body: { version: string; reason?: string } }>(
    rollbackVersion.url,
    { preHandler: app.requireRole('developer', 'admin', 'maker'), schema: rollbackVersion.schema },
    async (request) => {
      const found = await writableApp(request);
      if (!found) throw new Errors.APP_NOT_FOUND(request.params.id);
      const { version, reason } = request.body;
      const target = found.byVersion.get(version);
      if (!target) throw new Errors.VERSION_NOT_FOUND(found.row.id, version);
      // Rolling back to an approved version needs no new review; a pending or rejected one was never trusted.
      if (target.status !== 'approved') throw new Errors.VERSION_NOT_APPROVED(version, found.row.id, target.status);
      await rollbackToVersion(app.db, { actor: request.user!, appId: found.row.id, from: found.row.current_version, version, reason: reason ?? null, now: app.now() });
      const snapshot = await catalog.snapshot();
      return appDto(snapshot, app.org, snapshot.apps.get(found.row.id)!, requestOrigin(request), catalog.today());
    },
  );
};

export default versionsRoutes;
