/* The lifecycle of an app (admins): active → deprecated (with notice) → retired, and back by restore. */
import { type Static, Type } from '@sinclair/typebox';
import { AppSchema } from './apps.ts';
import { AppIdParamsSchema, AppIdSchema } from './common.ts';
import { ErrorResponses } from './errors.ts';
import { defineRoute } from './route.ts';

const ReasonSchema = Type.String({ minLength: 1, maxLength: 1000 });

export const DeprecateBodySchema = Type.Object({
  retireOn: Type.String({ format: 'date', description: 'Asia/Shanghai date, at least noticeDays ahead' }),
  reason: ReasonSchema,
  replacement: Type.Optional(AppIdSchema),
});
export const RetireBodySchema = Type.Object({ reason: ReasonSchema, replacement: Type.Optional(AppIdSchema) });
export const RestoreBodySchema = Type.Object({ reason: ReasonSchema });
export const LifecycleSettingsSchema = Type.Object({ noticeDays: Type.Integer({ minimum: 0, maximum: 365 }) }, { title: 'LifecycleSettings' });

export const deprecateApp = defineRoute('POST', '/api/apps/:id/deprecate', {
  tags: ['lifecycle'],
  summary: 'Announces a retirement: the app stays open with a notice until retireOn (Asia/Shanghai date)',
  params: AppIdParamsSchema,
  body: DeprecateBodySchema,
  response: { 200: AppSchema, ...ErrorResponses },
});

export const retireApp = defineRoute('POST', '/api/apps/:id/retire', {
  tags: ['lifecycle'],
  summary: 'Retires an app now: it leaves the catalogue and its bundles are no longer served; its data is kept',
  params: AppIdParamsSchema,
  body: RetireBodySchema,
  response: { 200: AppSchema, ...ErrorResponses },
});

export const restoreApp = defineRoute('POST', '/api/apps/:id/restore', {
  tags: ['lifecycle'],
  summary: 'Brings a deprecated or retired app back to active',
  params: AppIdParamsSchema,
  body: RestoreBodySchema,
  response: { 200: AppSchema, ...ErrorResponses },
});

export const getLifecycleSettings = defineRoute('GET', '/api/settings/lifecycle', {
  tags: ['lifecycle'],
  summary: 'Days of notice a retirement needs',
  response: { 200: LifecycleSettingsSchema, ...ErrorResponses },
});

export const putLifecycleSettings = defineRoute('PUT', '/api/settings/lifecycle', {
  tags: ['lifecycle'],
  summary: 'Changes the days of notice a retirement needs',
  body: LifecycleSettingsSchema,
  response: { 200: LifecycleSettingsSchema, ...ErrorResponses },
});

export type LifecycleSettings = Static<typeof LifecycleSettingsSchema>;
