/* The lifecycle of an app (admins): active → deprecated (with notice) → retired, and back by restore. */
import { Type } from '@sinclair/typebox';
import { AppSchema } from './apps.ts';
import { AppIdParamsSchema, AppIdSchema } from './common.ts';
import { routesOf } from './routesOf.ts';

const lifecycleRoute = routesOf('lifecycle');

const ReasonSchema = Type.String({ minLength: 1, maxLength: 1000 });

export const DeprecateBodySchema = Type.Object({
  retireOn: Type.String({ format: 'date', description: 'Asia/Shanghai date, at least noticeDays (GET /api/review-settings) ahead' }),
  reason: ReasonSchema,
  replacement: Type.Optional(AppIdSchema),
});
export const RetireBodySchema = Type.Object({ reason: ReasonSchema, replacement: Type.Optional(AppIdSchema) });
export const RestoreBodySchema = Type.Object({ reason: ReasonSchema });

export const deprecateApp = lifecycleRoute('POST', '/api/apps/:id/deprecate',
  'Announces a retirement: the app stays open with a notice until retireOn (Asia/Shanghai date)',
  { params: AppIdParamsSchema, body: DeprecateBodySchema },
  { 200: AppSchema },
);

export const retireApp = lifecycleRoute('POST', '/api/apps/:id/retire',
  'Retires an app now: it leaves the catalogue and its bundles are no longer served; its data is kept',
  { params: AppIdParamsSchema, body: RetireBodySchema },
  { 200: AppSchema },
);

export const restoreApp = lifecycleRoute('POST', '/api/apps/:id/restore', 'Brings a deprecated or retired app back to active', { params: AppIdParamsSchema, body: RestoreBodySchema }, { 200: AppSchema });

