import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { requestOrigin } from '../apps/access.ts';
import { appDto } from '../apps/appDto.ts';
import { readLifecycleSettings, writeLifecycleSettings } from '../apps/lifecycleSettings.ts';
import { settleRetirements } from '../apps/settleRetirements.ts';
import { writeAudit } from '../audit/writeAudit.ts';
import { CatalogStore } from '../catalog/CatalogStore.ts';
import { effectiveStatus } from '../catalog/effectiveStatus.ts';
import type { SnapApp } from '../catalog/Snapshot.ts';
import type { AppStatus, AppsTable } from '../db/schema.ts';
import { Errors } from '../errors.ts';
import { addDays, canTransition } from '@toolbox/sdk';
import { appIdParams } from '../lib/schemas.ts';

const reasonSchema = { type: 'string', minLength: 1, maxLength: 1000 } as const;
const slugSchema = { type: 'string', pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$', maxLength: 64 } as const;

/** Admin-only lifecycle: active → deprecated (with notice) → retired, and back to active by restore. Each step audited. */
const lifecycleRoutes: FastifyPluginAsync = async (app) => {
  const { catalog } = app;
  const admin = app.requireRole('admin');

  async function current(request: FastifyRequest<{ Params: { id: string } }>): Promise<{ found: SnapApp; status: AppStatus }> {
    await settleRetirements(app.db, catalog, app.now());
    const snapshot = await catalog.snapshot();
    const found = snapshot.apps.get(request.params.id);
    if (!found) throw new Errors.APP_NOT_FOUND(request.params.id);
    return { found, status: effectiveStatus(found.row, catalog.today()) };
  }

  async function transition(
    request: FastifyRequest<{ Params: { id: string } }>,
    from: AppStatus,
    to: AppStatus,
    action: string,
    reason: string,
    set: Partial<AppsTable>,
    details: Record<string, unknown> = {},
  ) {
    const id = request.params.id;
    await app.db.transaction().execute(async (trx) => {
      const result = await trx
        .updateTable('apps')
        .set({ ...set, status: to, updated_at: app.now().toISOString() })
        .where('id', '=', id)
        .where('status', '=', from)
        .executeTakeFirst();
      // Another instance changed the status meanwhile: report the conflict rather than overwrite it.
      if (Number(result.numUpdatedRows) !== 1) throw new Errors.INVALID_TRANSITION(action.replace('app.', ''), 'changing');
      await writeAudit(trx, { actor: request.user!, action, app: id, fromStatus: from, toStatus: to, reason, details, at: app.now() });
      await CatalogStore.bump(trx);
    });
    const snapshot = await catalog.snapshot();
    return appDto(snapshot, app.org, snapshot.apps.get(id)!, requestOrigin(request), catalog.today());
  }

  async function checkReplacement(id: string, replacement: string | undefined): Promise<string | null> {
    if (!replacement) return null;
    if (replacement === id) throw new Errors.REPLACEMENT_INVALID('an app cannot replace itself');
    const snapshot = await catalog.snapshot();
    const other = snapshot.apps.get(replacement);
    if (!other) throw new Errors.REPLACEMENT_INVALID(`no app "${replacement}"`);
    if (effectiveStatus(other.row, catalog.today()) === 'retired') throw new Errors.REPLACEMENT_INVALID(`"${replacement}" is retired`);
    return replacement;
  }

  app.post<{ Params: { id: string }; Body: { retireOn: string; reason: string; replacement?: string } }>(
    '/api/apps/:id/deprecate',
    {
      preHandler: admin,
      schema: {
        tags: ['lifecycle'],
        summary: 'Announces a retirement: the app stays open with a notice until retireOn (Asia/Shanghai date)',
        params: appIdParams,
        body: {
          type: 'object',
          required: ['retireOn', 'reason'],
          properties: { retireOn: { type: 'string', format: 'date' }, reason: reasonSchema, replacement: slugSchema },
        },
      },
    },
    async (request) => {
      const { found, status } = await current(request);
      if (!canTransition('deprecate', status)) throw new Errors.INVALID_TRANSITION('deprecate', status);
      const { noticeDays } = await readLifecycleSettings(app.db);
      const earliest = addDays(catalog.today(), noticeDays);
      if (request.body.retireOn < earliest) throw new Errors.RETIRE_DATE_TOO_SOON(earliest, noticeDays);
      const replacement = await checkReplacement(found.row.id, request.body.replacement);
      return transition(
        request,
        status,
        'deprecated',
        'app.deprecate',
        request.body.reason,
        { retire_on: request.body.retireOn, deprecation_reason: request.body.reason, replacement_id: replacement },
        { retireOn: request.body.retireOn, replacement },
      );
    },
  );

  app.post<{ Params: { id: string }; Body: { reason: string; replacement?: string } }>(
    '/api/apps/:id/retire',
    {
      preHandler: admin,
      schema: {
        tags: ['lifecycle'],
        summary: 'Retires an app now: it leaves the catalogue and its bundles are no longer served; its data is kept',
        params: appIdParams,
        body: { type: 'object', required: ['reason'], properties: { reason: reasonSchema, replacement: slugSchema } },
      },
    },
    async (request) => {
      const { found, status } = await current(request);
      if (!canTransition('retire', status)) throw new Errors.INVALID_TRANSITION('retire', status);
      const replacement = (await checkReplacement(found.row.id, request.body.replacement)) ?? found.row.replacement_id;
      return transition(request, status, 'retired', 'app.retire', request.body.reason, {
        retired_reason: request.body.reason,
        retired_at: app.now().toISOString(),
        replacement_id: replacement,
      }, { replacement });
    },
  );

  app.post<{ Params: { id: string }; Body: { reason: string } }>(
    '/api/apps/:id/restore',
    {
      preHandler: admin,
      schema: {
        tags: ['lifecycle'],
        summary: 'Brings a deprecated or retired app back to active',
        params: appIdParams,
        body: { type: 'object', required: ['reason'], properties: { reason: reasonSchema } },
      },
    },
    async (request) => {
      const { status } = await current(request);
      if (!canTransition('restore', status)) throw new Errors.INVALID_TRANSITION('restore', status);
      return transition(request, status, 'active', 'app.restore', request.body.reason, {
        retire_on: null,
        deprecation_reason: null,
        replacement_id: null,
        retired_reason: null,
        retired_at: null,
      });
    },
  );

  const settingsSchema = {
    type: 'object',
    required: ['noticeDays'],
    properties: { noticeDays: { type: 'integer', minimum: 0, maximum: 365 } },
  } as const;

  app.get('/api/settings/lifecycle', { preHandler: admin, schema: { tags: ['lifecycle'], summary: 'Days of notice a retirement needs', response: { 200: settingsSchema } } }, async () =>
    readLifecycleSettings(app.db),
  );

  app.put<{ Body: { noticeDays: number } }>(
    '/api/settings/lifecycle',
    { preHandler: admin, schema: { tags: ['lifecycle'], summary: 'Changes the days of notice a retirement needs', body: settingsSchema, response: { 200: settingsSchema } } },
    async (request) => {
      const before = await readLifecycleSettings(app.db);
      await writeLifecycleSettings(app.db, { noticeDays: request.body.noticeDays });
      await writeAudit(app.db, { actor: request.user!, action: 'settings.lifecycle', details: { before, after: request.body }, at: app.now() });
      return readLifecycleSettings(app.db);
    },
  );
};

export default lifecycleRoutes;
