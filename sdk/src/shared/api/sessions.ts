/* Your sessions (我的账号), and the lifetimes every session gets (admins). */
import { type Static, Type } from '@sinclair/typebox';
import { IdParamsSchema, NoContentSchema } from './common.ts';
import { routesOf } from './routesOf.ts';

const authRoute = routesOf('auth');

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

export const listMySessions = authRoute('GET', '/api/me/sessions', 'Your live sessions, most recently seen first; `current` marks the one of this request', {}, { 200: Type.Object({ items: Type.Array(SessionSchema) }) });

export const endMySession = authRoute('DELETE', '/api/me/sessions/:id',
  'Ends one of your sessions (the current one too: that signs you out here)',
  { params: IdParamsSchema },
  { 204: NoContentSchema },
);

export const endMyOtherSessions = authRoute('DELETE', '/api/me/sessions', 'Ends every session of yours but the current one (signed in with a token: every session)', {}, { 200: Type.Object({ ended: Type.Integer() }) });

export const getSessionSettings = authRoute('GET', '/api/settings/sessions', 'Session lifetimes: idle hours and absolute days', {}, { 200: SessionSettingsSchema });

export const putSessionSettings = authRoute('PUT', '/api/settings/sessions',
  'Changes session lifetimes (either or both); sessions take them at their next request; audited settings.sessions',
  {
  body: Type.Object(
    { idleHours: Type.Optional(idleHours), absoluteDays: Type.Optional(absoluteDays), reason: Type.Optional(Type.String({ maxLength: 500 })) },
    { additionalProperties: false },
  ),
  },
  { 200: SessionSettingsSchema },
);

export type SessionDto = Static<typeof SessionSchema>;
export type SessionSettings = Static<typeof SessionSettingsSchema>;
