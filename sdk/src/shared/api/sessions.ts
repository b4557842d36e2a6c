/* Your sessions (我的账号), and the lifetimes every session gets (admins). */
import { type Static, Type } from '@sinclair/typebox';
import { NoContentSchema } from './common.ts';
import { ErrorResponses } from './errors.ts';
import { defineRoute } from './route.ts';

export const SESSION_SETTING_LIMITS = { idleHours: { min: 1, max: 24 * 30 }, absoluteDays: { min: 1, max: 90 } } as const;

export const SessionSchema = Type.Object(
  {
    id: Type.String(),
    createdAt: Type.String(),
    lastSeenAt: Type.String(),
    expiresAt: Type.String(),
    userAgent: Type.Union([Type.String(), Type.Null()], { description: 'e.g. "Chrome 126 · Windows"; null when the browser sent none' }),
    address: Type.Union([Type.String(), Type.Null()]),
    current: Type.Boolean({ description: 'The session of this request' }),
  },
  { title: 'Session' },
);

const idleHours = Type.Integer({ minimum: SESSION_SETTING_LIMITS.idleHours.min, maximum: SESSION_SETTING_LIMITS.idleHours.max });
const absoluteDays = Type.Integer({ minimum: SESSION_SETTING_LIMITS.absoluteDays.min, maximum: SESSION_SETTING_LIMITS.absoluteDays.max });

export const SessionSettingsSchema = Type.Object({ idleHours, absoluteDays }, { title: 'SessionSettings' });

export const listMySessions = defineRoute('GET', '/api/me/sessions', {
  tags: ['auth'],
  summary: 'Your live sessions, most recently seen first; `current` marks the one of this request',
  response: { 200: Type.Object({ items: Type.Array(SessionSchema) }), ...ErrorResponses },
});

export const endMySession = defineRoute('DELETE', '/api/me/sessions/:id', {
  tags: ['auth'],
  summary: 'Ends one of your sessions (the current one too: that signs you out here)',
  params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) }),
  response: { 204: NoContentSchema, ...ErrorResponses },
});

export const endMyOtherSessions = defineRoute('DELETE', '/api/me/sessions', {
  tags: ['auth'],
  summary: 'Ends every session of yours but the current one (signed in with a token: every session)',
  response: { 200: Type.Object({ ended: Type.Integer() }), ...ErrorResponses },
});

export const getSessionSettings = defineRoute('GET', '/api/settings/sessions', {
  tags: ['auth'],
  summary: 'Session lifetimes: idle hours and absolute days',
  response: { 200: SessionSettingsSchema, ...ErrorResponses },
});

export const putSessionSettings = defineRoute('PUT', '/api/settings/sessions', {
  tags: ['auth'],
  summary: 'Changes session lifetimes (either or both); sessions take them at their next request; audited settings.sessions',
  body: Type.Object(
    { idleHours: Type.Optional(idleHours), absoluteDays: Type.Optional(absoluteDays), reason: Type.Optional(Type.String({ maxLength: 500 })) },
    { additionalProperties: false },
  ),
  response: { 200: SessionSettingsSchema, ...ErrorResponses },
});

export type SessionDto = Static<typeof SessionSchema>;
export type SessionSettings = Static<typeof SessionSettingsSchema>;
