import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { requestOrigin } from '../apps/access.ts';
import { appDto } from '../apps/appDto.ts';
import { changeAppStatus } from '../apps/appStore.ts';
import { readLifecycleSettings } from '../apps/lifecycleSettings.ts';
import { settleRetirements } from '../apps/settleRetirements.ts';
import { appsRunningOn } from '../catalog/appsRunningOn.ts';
import { effectiveStatus } from '../catalog/effectiveStatus.ts';
import type { SnapApp } from '../catalog/Snapshot.ts';
import type { AppStatus, AppsTable } from '../db/schema.ts';
import { Errors } from '../errors.ts';
import { inChinese } from '../lib/defineError.ts';
import { addDays, canTransition, type LifecycleAction } from '@toolbox/sdk';
import { deprecateApp, restoreApp, retireApp } from '@toolbox/sdk/api';

/** Admin-only lifecycle: active → deprecated (with notice) → retired, and back to active by restore. Each step audited. */
const lifecycleRoutes: FastifyPluginAsync = async (app) => {
  const { catalog } = app;
  const admin = app.requireRole('admin');

  /**
   * The app and its status, if `action` may be taken on it now: a transition the lifecycle allows from that status
   * (INVALID_TRANSITION), and never the deprecation or retirement of an app others run on (refuseIfRunOn).
   */
  async function allowed(request: FastifyRequest<{ Params: { id: string } }>, action: LifecycleAction): Promise<{ found: SnapApp; status: AppStatus }> {
    const snapshot = await settleRetirements(app.db, catalog, app.now());
    const found = snapshot.apps.get(request.params.id);
    if (!found) throw new Errors.APP_NOT_FOUND(request.params.id);
    const status = effectiveStatus(found.row, catalog.today());
    if (!canTransition(action, status)) throw new Errors.INVALID_TRANSITION(action, status);
    if (action !== 'restore') await refuseIfRunOn(action, found.row.id);
    return { found, status };
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
    await changeAppStatus(app.db, { actor: request.user!, appId: id, from, to, action, reason, set, details, now: app.now() });
    const snapshot = await catalog.snapshot();
    return appDto(snapshot, app.org, snapshot.apps.get(id)!, requestOrigin(request), catalog.today());
  }

  /** Refuses to `action` an app others run on (the form runtime of live form apps), naming a few of them. */
  async function refuseIfRunOn(action: 'deprecate' | 'retire', id: string): Promise<void> {
    const running = appsRunningOn(await catalog.snapshot(), id, catalog.today());
    if (running.length === 0) return;
    const named = running.slice(0, 5).map((a) => `"${a.row.id}"`).join(', ');
    const namedZh = running.slice(0, 5).map((a) => `“${a.row.name_zh}”`).join('、') + (running.length > 5 ? '等' : '');
    throw inChinese(
      new Errors.APP_IN_USE(action, id, `${running.length} form app(s) (${named}${running.length > 5 ? ', …' : ''})`),
      `还有 ${running.length} 个表单应用（${namedZh}）在它上面运行，它一下线，这些表单应用会一起从桌面消失。请先下线这些表单应用，或发布它的新版本。`,
    );
  }

  async function checkReplacement(id: string, replacement: string | undefined): Promise<string | null> {
    if (!replacement) return null;
    if (replacement === id) throw inChinese(new Errors.REPLACEMENT_INVALID('an app cannot replace itself'), '替代应用不能是它自己。');
    const snapshot = await catalog.snapshot();
    const other = snapshot.apps.get(replacement);
    if (!other) throw new Errors.REPLACEMENT_INVALID(`no app "${replacement}"`);
    if (effectiveStatus(other.row, catalog.today()) === 'retired') throw inChinese(new Errors.REPLACEMENT_INVALID(`"${replacement}" is retired`), `替代应用“${other.row.name_zh}”已下线，请另选一个。`);
    return replacement;
  }

  app.post<{ Params: { id: string }; Body: { retireOn: string; reason: string; replacement?: string } }>(
    deprecateApp.url,
    { preHandler: admin, schema: deprecateApp.schema },
    async (request) => {
      const { found, status } = await allowed(request, 'deprecate');
      const { noticeDays } = await readLifecycleSettings(app.db);
      const earliest = addDays(catalog.today(), noticeDays);
      if (request.body.retireOn < earliest) {
        throw inChinese(new Errors.RETIRE_DATE_TOO_SOON(earliest, noticeDays), `下线日期最早为 ${earliest}：须提前 ${noticeDays} 天通知使用单位。`);
      }
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
    retireApp.url,
    { preHandler: admin, schema: retireApp.schema },
    async (request) => {
      const { found, status } = await allowed(request, 'retire');
      const replacement = (await checkReplacement(found.row.id, request.body.replacement)) ?? found.row.replacement_id;
      return transition(request, status, 'retired', 'app.retire', request.body.reason, {
        retired_reason: request.body.reason,
        retired_at: app.now().toISOString(),
        replacement_id: replacement,
      }, { replacement });
    },
  );

  app.post<{ Params: { id: string }; Body: { reason: string } }>(
    restoreApp.url,
    { preHandler: admin, schema: restoreApp.schema },
    async (request) => {
      const { status } = await allowed(request, 'restore');
      return transition(request, status, 'active', 'app.restore', request.body.reason, {
        retire_on: null,
        deprecation_reason: null,
        replacement_id: null,
        retired_reason: null,
        retired_at: null,
      });
    },
  );
};

export default lifecycleRoutes;
